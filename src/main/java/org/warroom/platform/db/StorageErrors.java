package org.warroom.platform.db;

import java.util.Locale;

/** Reads what a failed database write says about the disk under it, without quoting it (it may quote a row). */
public final class StorageErrors {
    private StorageErrors() {
    }

    /** Whether the failure, or anything that caused it, is the disk running out of space. */
    public static boolean diskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String s = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (s.contains("no space left") || s.contains("not enough space") || s.contains("disk full")
                    || s.contains("disk is full")) {
                return true;
            }
        }
        return false;
    }
}
