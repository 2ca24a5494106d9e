package org.warroom.reports;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;

/** Slots and issue tags as the bit masks the database keeps (slot s is bit s-1; a tag its ordinal). */
final class Masks {
    private Masks() {
    }

    static int slots(Set<Integer> slots) {
        int m = 0;
        for (int s : slots) {
            m |= 1 << (s - 1);
        }
        return m;
    }

    static Set<Integer> slots(int mask) {
        Set<Integer> s = new TreeSet<>();
        for (int i = 0; i < 6; i++) {
            if ((mask & (1 << i)) != 0) {
                s.add(i + 1);
            }
        }
        return s;
    }

    static int issues(Set<IssueTag> issues) {
        int m = 0;
        for (IssueTag t : issues) {
            m |= 1 << t.ordinal();
        }
        return m;
    }

    static Set<IssueTag> issues(int mask) {
        Set<IssueTag> s = EnumSet.noneOf(IssueTag.class);
        for (IssueTag t : IssueTag.values()) {
            if ((mask & (1 << t.ordinal())) != 0) {
                s.add(t);
            }
        }
        return s;
    }

    static Mood mood(String s) {
        return s == null ? null : Mood.valueOf(s);
    }
}
