package org.warroom.people.importers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warroom.org.OrgService;
import org.warroom.org.Unit;
import org.warroom.org.UnitRow;

/**
 * Finds the unit a row names, by seat and booth number or by unit code, through OrgService only.
 * Answers are cached: a list names the same few seats and mandals on every line.
 */
final class UnitLookup {
    /** The unit, or the reason (column: message) it was not found. */
    record Found(Unit unit, String problem) {
        static Found missing(String problem) {
            return new Found(null, problem);
        }
    }

    private static final Pattern BOOTH = Pattern.compile("B-(\\d{1,6})-(\\d{1,6})");
    private static final Pattern MANDAL = Pattern.compile("M-(\\d{1,6})-(\\d{1,6})");
    private static final Pattern SEAT = Pattern.compile("AC-(\\d{1,6})");
    private static final Pattern SECTOR = Pattern.compile("S-(\\d{1,6})-(\\d{1,6})-(\\d{1,6})");

    private final OrgService org;
    private final Map<String, Optional<Unit>> byCode = new HashMap<>();

    UnitLookup(OrgService org) {
        this.org = org;
    }

    Found booth(String seatCell, String boothCell) {
        if (seatCell.isBlank() && boothCell.isBlank()) {
            return Found.missing("seat, booth: both are empty; fill them in (or the unit column for a mandal or district team).");
        }
        if (seatCell.isBlank()) {
            return Found.missing("seat: empty; give the assembly seat number (or fill the unit column).");
        }
        if (boothCell.isBlank()) {
            return Found.missing("booth: empty; give the booth (part) number (or fill the unit column).");
        }
        Integer seat = Cells.number(seatCell);
        if (seat == null) {
            return Found.missing("seat: \"" + Cells.echo(seatCell) + "\" is not an assembly seat number.");
        }
        Integer part = Cells.number(boothCell);
        if (part == null) {
            return Found.missing("booth: \"" + Cells.echo(boothCell) + "\" is not a booth (part) number.");
        }
        Optional<Unit> booth = code("B-" + seat + "-" + part);
        if (booth.isPresent()) {
            return new Found(booth.get(), null);
        }
        return code("AC-" + seat).isPresent()
                ? Found.missing("booth: seat " + seat + " has no booth " + part + ".")
                : Found.missing("seat: there is no assembly seat " + seat + " in this database.");
    }

    Found unit(String codeCell) {
        String code = Cells.asciiDigits(codeCell.strip()).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (code.isEmpty()) {
            return Found.missing("unit: empty; give a unit code such as B-187-117, M-187-2 or D-SULTANPUR.");
        }
        return code(code).map(u -> new Found(u, null)).orElseGet(() -> Found.missing("unit: no unit has the code \""
                + Cells.echo(code) + "\"; codes look like B-187-117 (booth), M-187-2 (mandal), D-SULTANPUR (district)."));
    }

    private Optional<Unit> code(String code) {
        Optional<Unit> known = byCode.get(code);
        if (known == null) {
            known = find(code);
            byCode.put(code, known);
        }
        return known;
    }

    private Optional<Unit> find(String code) {
        return org.byCode(canonical(code)).map(UnitRow::unit);
    }

    /** "B-187-007" is booth B-187-7: numbers lose their leading zeros. */
    private static String canonical(String code) {
        for (Pattern p : new Pattern[] {BOOTH, MANDAL, SEAT, SECTOR}) {
            Matcher m = p.matcher(code);
            if (m.matches()) {
                StringBuilder b = new StringBuilder(code.substring(0, code.indexOf('-')));
                for (int i = 1; i <= m.groupCount(); i++) {
                    b.append('-').append(Integer.parseInt(m.group(i)));
                }
                return b.toString();
            }
        }
        return code;
    }
}
