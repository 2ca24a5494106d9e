package org.warroom.reports.db;

/** A report's id by the source key it was created from. */
public record KeyId(String sourceKey, long id) {
}
