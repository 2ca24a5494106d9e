package org.warroom.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two people edited the same volunteer: what this desk typed ({@code mine}, a draft made from {@code base}, the
 * version it opened) and what the other desk saved meanwhile ({@code theirs}). Lists the fields that differ, with a
 * sensible default per field — mine where I changed it, theirs where only they did — and builds the draft to save
 * from the choices. Nothing is silently overwritten: the desk sees every field where the two differ.
 */
public final class VolunteerMerge {
    /** One field where mine and theirs differ; {@code useMine} is the choice, preset to mine when I changed it. */
    public static final class Field {
        private final String key;
        private final Object mine;
        private final Object theirs;
        private final boolean changedByMe;
        private boolean useMine;

        Field(String key, Object base, Object mine, Object theirs) {
            this.key = key;
            this.mine = mine;
            this.theirs = theirs;
            this.changedByMe = !Objects.equals(base, mine);
            this.useMine = changedByMe;
        }

        public String key() {
            return key;
        }

        public Object mine() {
            return mine;
        }

        public Object theirs() {
            return theirs;
        }

        /** True when both desks changed this field from the version I opened: a real clash, shown first. */
        public boolean clash() {
            return changedByMe;
        }

        public boolean useMine() {
            return useMine;
        }

        public void useMine(boolean v) {
            useMine = v;
        }
    }

    private final VolunteerDraft mine;
    private final Volunteer theirs;
    private final List<Field> fields = new ArrayList<>();

    public VolunteerMerge(Volunteer base, VolunteerDraft mine, Volunteer theirs) {
        this.mine = mine;
        this.theirs = theirs;
        String myPhone = PhoneNumbers.normalizeOrNull(mine.phone());
        add("name", base.name(), mine.name(), theirs.name());
        add("phone", base.phone(), myPhone == null ? mine.phone() : myPhone, theirs.phone());
        add("role", base.role(), mine.role(), theirs.role());
        add("wing", base.wingId(), mine.wingId(), theirs.wingId());
        add("consent", base.consentDate(), mine.consentDate(), theirs.consentDate());
        add("active", base.active(), mine.active(), theirs.active());
        add("unit", base.unitId(), mine.unitId(), theirs.unitId());
    }

    private void add(String key, Object base, Object m, Object t) {
        if (!Objects.equals(m, t)) {
            fields.add(new Field(key, base, m, t));
        }
    }

    /** The fields where the two versions differ. */
    public List<Field> fields() {
        return fields;
    }

    /** The version to save against: the other desk's. */
    public int theirVersion() {
        return theirs.version();
    }

    public Volunteer theirs() {
        return theirs;
    }

    /** The draft of the choices: each differing field from mine or theirs, the rest as both have it. */
    public VolunteerDraft merged() {
        return new VolunteerDraft(
                (Long) pick("unit", mine.unitId(), theirs.unitId()),
                (String) pick("name", mine.name(), theirs.name()),
                (String) pick("phone", mine.phone(), theirs.phone()),
                (Role) pick("role", mine.role(), theirs.role()),
                (Integer) pick("wing", mine.wingId(), theirs.wingId()),
                (java.time.LocalDate) pick("consent", mine.consentDate(), theirs.consentDate()),
                (Boolean) pick("active", mine.active(), theirs.active()));
    }

    private Object pick(String key, Object m, Object t) {
        return fields.stream().filter(f -> f.key.equals(key)).findFirst().map(f -> f.useMine ? m : t).orElse(m);
    }
}
