package org.warroom.reports.ui;

/** A unit as a chart's category or series key: it shows its name and remembers its id, so a click can open it. */
record UnitKey(long id, String label) implements Comparable<UnitKey> {
    @Override
    public int compareTo(UnitKey o) {
        int c = label.compareTo(o.label);
        return c != 0 ? c : Long.compare(id, o.id);
    }

    @Override
    public String toString() {
        return label;
    }
}
