package org.warroom.reports.importers;

/** Whether an export writes the day or the month first; phones set to India write the day first. */
enum DateOrder {
    DAY_FIRST("day/month/year"),
    MONTH_FIRST("month/day/year");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
