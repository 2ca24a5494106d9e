package org.warroom.posts;

/**
 * A release-log row as the desk reads it: the delivery, and how many volunteers within its reach have acknowledged
 * forwarding its slot that day (acknowledgements are per slot, so two posts of one slot and district show the same).
 */
public record ReleaseLogLine(ReleaseLogEntry entry, int acknowledgements) {
}
