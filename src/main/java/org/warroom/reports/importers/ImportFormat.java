package org.warroom.reports.importers;

import java.util.Locale;

/** The kinds of file a report import reads; AUTO recognises them by content. */
public enum ImportFormat {
    AUTO("auto"),
    CSV("csv"),
    GOOGLE_FORMS("google-forms"),
    KOBO("kobo"),
    ODK("odk"),
    WHATSAPP("whatsapp");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    /** As written on the command line: csv, google-forms, kobo, odk, whatsapp, auto. */
    public String label() {
        return label;
    }

    /** True for the formats read as tables of columns. */
    public boolean tabular() {
        return this == CSV || this == GOOGLE_FORMS || this == KOBO || this == ODK;
    }

    public static ImportFormat parse(String s) {
        String key = s == null ? "auto" : s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ImportFormat f : values()) {
            if (f.label.equals(key) || (f == GOOGLE_FORMS && (key.equals("google") || key.equals("gforms")))
                    || (f == KOBO && key.equals("kobotoolbox")) || (f == ODK && key.equals("odk-central"))) {
                return f;
            }
        }
        throw new IllegalArgumentException("--format is auto, csv, google-forms, kobo, odk or whatsapp, not " + s + ".");
    }
}
