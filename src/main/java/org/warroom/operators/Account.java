package org.warroom.operators;

import java.time.Instant;

/**
 * An operator as the administrator manages them: role, the unit a desk operator works for, whether they can log in,
 * and until when five wrong passwords lock them out (null: not locked).
 */
public record Account(long id, String name, OperatorRole role, String scopeCode, boolean login, boolean active,
                      Instant lockedUntil) {
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
