package org.warroom.reports;

/** Where a report came from: typed by an operator, a plain CSV, a form export (Google, Kobo, ODK), or a chat export. */
public enum ReportSource {
    TYPED,
    CSV,
    FORM,
    WHATSAPP
}
