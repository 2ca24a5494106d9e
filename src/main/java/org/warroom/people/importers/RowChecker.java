package org.warroom.people.importers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.warroom.org.Unit;
import org.warroom.people.PhoneNumbers;
import org.warroom.people.Role;
import org.warroom.people.ValidationException;
import org.warroom.people.VolunteerDraft;
import org.warroom.people.Wing;

/**
 * Turns one CSV row into a volunteer draft, or into every problem found in it, each as "column: reason".
 * Only the file's own rules are checked here; rules about the database (a number already taken) are the service's.
 */
final class RowChecker {
    /** The draft when the row is good; the normalised phone whenever it is valid, to find duplicates in the file. */
    record Outcome(VolunteerDraft draft, String phone, List<String> problems) {
    }

    private static final String ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

    private final CsvHeader header;
    private final UnitLookup units;
    private final Map<String, Wing> wings = new HashMap<>();
    private final String wingCodes;

    RowChecker(CsvHeader header, UnitLookup units, List<Wing> wingList) {
        this.header = header;
        this.units = units;
        for (Wing w : wingList) {
            wings.put(Cells.key(w.code()), w);
            wings.put(Cells.key(w.nameEn()), w);
            wings.put(Cells.key(w.nameHi()), w);
            wings.put(String.valueOf(w.id()), w);
        }
        wingCodes = wingList.stream().filter(Wing::active).map(Wing::code).collect(Collectors.joining(", "));
    }

    Outcome check(List<String> row) {
        List<String> problems = new ArrayList<>();
        Unit unit = unit(row, problems);
        String name = header.get(row, "name").replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.add("name: the volunteer's name is required.");
        }
        String phone = null;
        try {
            phone = PhoneNumbers.normalizeMobile(header.get(row, "phone"));
        } catch (ValidationException e) {
            problems.add("phone: " + e.getMessage());
        }
        Role role = unit == null ? null : role(header.get(row, "role"), unit, problems);
        Wing wing = wing(header.get(row, "wing"), problems);
        LocalDate consent = consent(header.get(row, "consent_date"), problems);
        Boolean active = active(header.get(row, "active"), problems);
        if (!problems.isEmpty()) {
            return new Outcome(null, phone, problems);
        }
        return new Outcome(new VolunteerDraft(unit.id(), name, phone, role, wing.id(), consent, active), phone, List.of());
    }

    private Unit unit(List<String> row, List<String> problems) {
        String code = header.get(row, "unit");
        // a file may hold both kinds of rows: booth volunteers by number, mandal and district teams by code
        UnitLookup.Found found = !code.isEmpty() || !header.has("seat") || !header.has("booth")
                ? units.unit(code)
                : units.booth(header.get(row, "seat"), header.get(row, "booth"));
        if (found.problem() != null) {
            problems.add(found.problem());
        }
        return found.unit();
    }

    private static Role role(String cell, Unit unit, List<String> problems) {
        Role role = cell.isEmpty() ? Role.defaultFor(unit.kind()) : parseRole(cell);
        if (role == null) {
            problems.add("role: \"" + Cells.echo(cell) + "\" is not a role; use one of " + ROLES
                    + " (or its Hindi name), or leave it empty.");
            return null;
        }
        if (!role.fits(unit.kind())) {
            Role usual = Role.defaultFor(unit.kind());
            String kind = unit.kind().label(false);
            problems.add("role: " + role.label(false) + " does not fit " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ")
                    + kind + " (" + unit.code()
                    + ")" + (usual.fits(unit.kind()) ? "; leave role empty for " + usual.label(false) + "." : "."));
            return null;
        }
        return role;
    }

    private static Role parseRole(String cell) {
        String key = Cells.key(cell);
        String constant = key.replaceAll("[\\s-]+", "_");
        for (Role r : Role.values()) {
            if (Cells.key(r.name()).equals(constant) || Cells.key(r.label(false)).equals(key) || Cells.key(r.label(true)).equals(key)) {
                return r;
            }
        }
        return null;
    }

    private Wing wing(String cell, List<String> problems) {
        if (cell.isEmpty()) {
            return wings.get("1");
        }
        Wing w = wings.get(Cells.key(Cells.asciiDigits(cell)));
        if (w == null) {
            problems.add("wing: \"" + Cells.echo(cell) + "\" is not a wing; use one of " + wingCodes
                    + " (or its Hindi or English name), or leave it empty for the main organisation.");
        } else if (!w.active()) {
            problems.add("wing: " + w.nameEn() + " is closed; choose another wing.");
            return null;
        }
        return w;
    }

    private static LocalDate consent(String cell, List<String> problems) {
        if (cell.isEmpty()) {
            problems.add("consent_date: required; the date the volunteer agreed to their number being kept (dd/mm/yyyy).");
            return null;
        }
        try {
            return Cells.date(cell);
        } catch (IllegalArgumentException e) {
            problems.add("consent_date: " + e.getMessage());
            return null;
        }
    }

    private static Boolean active(String cell, List<String> problems) {
        if (cell.isEmpty()) {
            return Boolean.TRUE;
        }
        Boolean b = Cells.yesNo(cell);
        if (b == null) {
            problems.add("active: \"" + Cells.echo(cell) + "\" should be yes or no (हाँ or नहीं).");
        }
        return b;
    }
}
