package org.warroom.org;

import java.util.Set;

/** Units changed since a sequence number, and the sequence to ask from next time. */
public record ChangeBatch(long lastSeq, Set<Long> unitIds, boolean overflow) {
}
