package org.warroom.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.warroom.org.Coverage;
import org.warroom.org.CoverageRollup;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.people.db.VolunteerDao;
import org.warroom.operators.Access;
import org.warroom.operators.Principal;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;

/**
 * Volunteers, booth WhatsApp groups and seat broadcast lists. Every write validates first, then changes the row,
 * rolls the coverage difference up the tree and appends an audit row, all in one transaction.
 */
public final class PeopleService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Access access;
    private final Clock clock;

    /** Acting as {@code actor} with every right: for tools and tests; the console passes its {@link Access}. */
    public PeopleService(Jdbi jdbi, AuditLog audit, Actor actor, Clock clock) {
        this(jdbi, audit, new Access(Principal.open(actor.name()), actor.desk()), clock);
    }

    public PeopleService(Jdbi jdbi, AuditLog audit, Access access, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** The volunteer as saved now (e.g. after another desk's edit), or empty if no longer there. */
    public Optional<Volunteer> volunteer(long id) {
        return jdbi.withExtension(VolunteerDao.class, dao -> dao.byId(id));
    }

    public List<Volunteer> volunteersOf(long unitId) {
        return jdbi.withExtension(VolunteerDao.class, dao -> dao.ofUnit(unitId));
    }

    public Optional<WhatsAppGroup> groupOf(long boothId) {
        return jdbi.withExtension(VolunteerDao.class, dao -> dao.group(boothId));
    }

    public List<BroadcastList> listsOf(long seatId) {
        return jdbi.withExtension(VolunteerDao.class, dao -> dao.lists(seatId));
    }

    public List<Wing> wings() {
        return jdbi.withExtension(VolunteerDao.class, VolunteerDao::wings);
    }

    /** Adds a frontal wing (each wing has its own IT cell); codes are upper case and unique. */
    public Wing addWing(String code, String nameEn, String nameHi) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,23}")) {
            throw new ValidationException("code", "A wing code is 2 to 24 letters, digits or _, starting with a letter (e.g. LEGAL).");
        }
        if (nameEn == null || nameEn.isBlank() || nameHi == null || nameHi.isBlank()) {
            throw new ValidationException("name", "A wing needs its name in English and in Hindi.");
        }
        return jdbi.inTransaction(h -> {
            access.requireRole(access.current().role().administers(), "add wings");
            VolunteerDao dao = h.attach(VolunteerDao.class);
            if (dao.wings().stream().anyMatch(w -> w.code().equals(c))) {
                throw new ValidationException("code", "There is already a wing " + c + ".");
            }
            int id = dao.wings().stream().mapToInt(Wing::id).max().orElse(0) + 1;
            h.createUpdate("INSERT INTO wing (id, code, name_en, name_hi, active) VALUES (:id, :c, :en, :hi, TRUE)")
                    .bind("id", id).bind("c", c).bind("en", nameEn.trim()).bind("hi", nameHi.trim()).execute();
            Wing w = new Wing(id, c, nameEn.trim(), nameHi.trim(), true);
            audit.record(h, access.actor(), "ADD", "wing", (long) id, null, w.toString());
            return w;
        });
    }

    public long countVolunteers() {
        return jdbi.withExtension(VolunteerDao.class, VolunteerDao::count);
    }

    /** Adds a volunteer; the booth's coverage and every ancestor's change in the same transaction. */
    public Volunteer add(VolunteerDraft draft) {
        return jdbi.inTransaction(h -> {
            Unit unit = unitOf(h, draft.unitId());
            access.requireChange(h, unit.id());
            String phone = validate(h, draft, unit, null);
            Coverage before = CoverageRollup.ownContribution(h, unit.id(), unit.kind());
            long id = h.attach(VolunteerDao.class).insert(draft, phone);
            CoverageRollup.apply(h, unit, CoverageRollup.ownContribution(h, unit.id(), unit.kind()).minus(before));
            Volunteer saved = h.attach(VolunteerDao.class).byId(id).orElseThrow();
            audit.record(h, access.actor(), "ADD", "volunteer", id, null, describe(saved));
            return saved;
        });
    }

    /** Saves an edit made on {@code expectedVersion}; refuses if someone else saved in between. */
    public Volunteer update(long id, int expectedVersion, VolunteerDraft draft) {
        return jdbi.inTransaction(h -> {
            VolunteerDao dao = h.attach(VolunteerDao.class);
            Volunteer old = dao.byId(id).orElseThrow(() -> new ValidationException("id", "That volunteer no longer exists."));
            Unit newUnit = unitOf(h, draft.unitId());
            String phone = validate(h, draft, newUnit, id);
            Unit oldUnit = unitOf(h, old.unitId());
            // moving someone needs the right to both places
            access.requireChange(h, List.of(oldUnit.id(), newUnit.id()));
            Map<Long, Unit> touched = new LinkedHashMap<>();
            touched.put(oldUnit.id(), oldUnit);
            touched.put(newUnit.id(), newUnit);
            Map<Long, Coverage> before = new HashMap<>();
            touched.values().forEach(u -> before.put(u.id(), CoverageRollup.ownContribution(h, u.id(), u.kind())));
            if (dao.update(id, expectedVersion, draft, phone) != 1) {
                throw new ConflictException("Someone else changed this volunteer while you were editing. "
                        + "Your changes were not saved; reopen the volunteer to see the newer version.");
            }
            for (Unit u : touched.values()) {
                CoverageRollup.apply(h, u, CoverageRollup.ownContribution(h, u.id(), u.kind()).minus(before.get(u.id())));
            }
            Volunteer saved = dao.byId(id).orElseThrow();
            audit.record(h, access.actor(), "EDIT", "volunteer", id, describe(old), describe(saved));
            return saved;
        });
    }

    /** Marks a volunteer active or inactive (inactive people are kept, and counted as a vacancy). */
    public Volunteer setActive(Volunteer v, boolean active) {
        return update(v.id(), v.version(), new VolunteerDraft(v.unitId(), v.name(), v.phone(), v.role(), v.wingId(),
                v.consentDate(), active));
    }

    /**
     * Adds many volunteers in one transaction: all or none. Coverage is rolled up once per touched unit.
     * The caller has validated each draft with {@link #check}; a failure here rolls everything back.
     */
    public int addAll(List<VolunteerDraft> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> {
            Map<Long, Unit> units = new LinkedHashMap<>();
            Map<Long, Coverage> before = new HashMap<>();
            for (VolunteerDraft d : drafts) {
                if (!units.containsKey(d.unitId())) {
                    Unit u = unitOf(h, d.unitId());
                    units.put(u.id(), u);
                    before.put(u.id(), CoverageRollup.ownContribution(h, u.id(), u.kind()));
                }
            }
            access.requireChange(h, units.keySet());
            VolunteerDao dao = h.attach(VolunteerDao.class);
            for (VolunteerDraft d : drafts) {
                Unit unit = units.get(d.unitId());
                dao.insert(d, validate(h, d, unit, null));
            }
            for (Unit u : units.values()) {
                CoverageRollup.apply(h, u, CoverageRollup.ownContribution(h, u.id(), u.kind()).minus(before.get(u.id())));
            }
            audit.record(h, access.actor(), "IMPORT", "volunteer", null, null, drafts.size() + " volunteers into " + units.size() + " units");
            return drafts.size();
        });
    }

    /** Validates a draft without saving it; returns the normalised phone. Used by importers for a dry run. */
    public String check(VolunteerDraft draft) {
        return jdbi.withHandle(h -> validate(h, draft, unitOf(h, draft.unitId()), null));
    }

    /** Creates or updates a booth's WhatsApp group whatever is there now (tools and imports). */
    public WhatsAppGroup saveGroup(long boothId, String name, int members) {
        return saveGroup(boothId, name, members, null, false);
    }

    /**
     * Creates or updates a booth's WhatsApp group as a desk saw it: {@code seenVersion} is the version the desk
     * showed (null: it showed no group). If another desk saved the group since, nothing is saved and the refusal
     * names both counts, so nobody's number is silently overwritten.
     */
    public WhatsAppGroup saveGroup(long boothId, String name, int members, Integer seenVersion) {
        return saveGroup(boothId, name, members, seenVersion, true);
    }

    private WhatsAppGroup saveGroup(long boothId, String name, int members, Integer seenVersion, boolean checkVersion) {
        if (members < 0 || members > 1024) {
            throw new ValidationException("members", "A WhatsApp group holds 0 to 1,024 members; " + members + " is not possible.");
        }
        return jdbi.inTransaction(h -> {
            Unit booth = unitOf(h, boothId);
            access.requireChange(h, boothId);
            if (booth.kind() != UnitKind.BOOTH) {
                throw new ValidationException("unit", "WhatsApp groups belong to booths.");
            }
            VolunteerDao dao = h.attach(VolunteerDao.class);
            String groupName = name == null || name.isBlank() ? booth.nameEn() : name.trim();
            Coverage before = CoverageRollup.ownContribution(h, boothId, UnitKind.BOOTH);
            Optional<WhatsAppGroup> old = dao.group(boothId);
            if (checkVersion && !java.util.Objects.equals(old.map(WhatsAppGroup::version).orElse(null), seenVersion)) {
                throw new ConflictException("Another desk saved this booth's group first: it now has "
                        + old.map(g -> g.members() + " members").orElse("no group") + "; you entered " + members
                        + ". Nothing was saved; enter the number again if yours is the newer one.");
            }
            if (old.isPresent()) {
                dao.updateGroup(boothId, old.get().version(), groupName, members);
            } else {
                dao.insertGroup(boothId, groupName, members);
            }
            CoverageRollup.apply(h, booth, CoverageRollup.ownContribution(h, boothId, UnitKind.BOOTH).minus(before));
            WhatsAppGroup saved = dao.group(boothId).orElseThrow();
            audit.record(h, access.actor(), old.isPresent() ? "EDIT" : "ADD", "whatsapp_group", boothId,
                    old.map(Object::toString).orElse(null), saved.toString());
            return saved;
        });
    }

    /** Creates a seat's broadcast list; more than 256 members is refused (WhatsApp's limit). */
    public BroadcastList addList(long seatId, String name, int members) {
        checkListSize(members);
        return jdbi.inTransaction(h -> {
            Unit seat = unitOf(h, seatId);
            access.requireChange(h, seatId);
            if (seat.kind() != UnitKind.ASSEMBLY) {
                throw new ValidationException("unit", "Broadcast lists belong to assembly seats.");
            }
            if (name == null || name.isBlank()) {
                throw new ValidationException("name", "A broadcast list needs a name.");
            }
            VolunteerDao dao = h.attach(VolunteerDao.class);
            long id = dao.insertList(seatId, name.trim(), members);
            BroadcastList saved = dao.list(id).orElseThrow();
            audit.record(h, access.actor(), "ADD", "broadcast_list", id, null, saved.toString());
            CoverageRollup.notice(h, seatId);
            return saved;
        });
    }

    public BroadcastList updateList(BroadcastList list, int members) {
        checkListSize(members);
        return jdbi.inTransaction(h -> {
            access.requireChange(h, list.seatId());
            VolunteerDao dao = h.attach(VolunteerDao.class);
            if (dao.updateList(list.id(), list.version(), list.name(), members) != 1) {
                throw new ConflictException("Someone else changed this broadcast list first; nothing was saved.");
            }
            BroadcastList saved = dao.list(list.id()).orElseThrow();
            audit.record(h, access.actor(), "EDIT", "broadcast_list", list.id(), list.toString(), saved.toString());
            CoverageRollup.notice(h, list.seatId());
            return saved;
        });
    }

    private static void checkListSize(int members) {
        if (members < 0) {
            throw new ValidationException("members", "Members cannot be negative.");
        }
        if (members > BroadcastList.MAX_MEMBERS) {
            throw new ValidationException("members", "A WhatsApp broadcast list holds at most 256 members; "
                    + members + " is too many. Split it into two lists.");
        }
    }

    private String validate(Handle h, VolunteerDraft d, Unit unit, Long selfId) {
        if (d.name() == null || d.name().isBlank()) {
            throw new ValidationException("name", "The volunteer's name is required.");
        }
        if (d.name().strip().length() > 120) {
            throw new ValidationException("name", "The name is longer than 120 characters.");
        }
        if (d.role() == null) {
            throw new ValidationException("role", "Choose a role.");
        }
        if (!d.role().fits(unit.kind())) {
            String kind = unit.kind().label(false);
            throw new ValidationException("role", d.role().label(false) + " does not fit " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ")
                    + kind + ".");
        }
        if (d.consentDate() == null && d.active()) {
            throw new ValidationException("consent", "Record the date the volunteer consented to their number being kept.");
        }
        if (d.consentDate() != null && d.consentDate().isAfter(LocalDate.now(clock))) {
            throw new ValidationException("consent", "The consent date is in the future.");
        }
        // a synthetic demo number (+91 50…, unallocated) stays valid on its own volunteer, so demo people can be edited
        Optional<Volunteer> self = selfId == null ? Optional.empty() : h.attach(VolunteerDao.class).byId(selfId);
        String phone = self.filter(v -> v.phone() != null && PhoneNumbers.isDemo(v.phone()) && PhoneNumbers.sameDigits(d.phone(), v.phone()))
                .map(Volunteer::phone).orElseGet(() -> PhoneNumbers.normalizeMobile(d.phone()));
        Optional<Volunteer> same = h.attach(VolunteerDao.class).byPhone(phone);
        if (same.isPresent() && (selfId == null || same.get().id() != selfId)) {
            throw new ValidationException("phone", "This mobile number already belongs to another volunteer ("
                    + same.get().name() + ").");
        }
        return phone;
    }

    private static Unit unitOf(Handle h, long id) {
        return CoverageRollup.unit(h, id)
                .orElseThrow(() -> new ValidationException("unit", "There is no unit with id " + id + "."));
    }

    /** What the audit keeps: the record with the phone masked (audit rows are shown to auditors). */
    private static String describe(Volunteer v) {
        return "name=" + v.name() + "; phone=" + v.maskedPhone() + "; role=" + v.role() + "; unit=" + v.unitId()
                + "; wing=" + v.wingId() + "; consent=" + v.consentDate() + "; active=" + v.active();
    }
}
