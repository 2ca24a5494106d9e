package org.warroom.posts;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.warroom.org.OrgService;
import org.warroom.org.TreeMode;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;

/**
 * The assembly seats a target unit reaches: a seat itself; for a mandal, sector or booth the seat it lies in; for a
 * district, region or the state every seat below it; for a Lok Sabha seat its assembly seats. Asked through
 * OrgService, and remembered: seats only change with a new delimitation, which comes with a new geography import.
 */
final class TargetSeats {
    private final OrgService org;
    private final Map<Long, Set<Integer>> cache = new ConcurrentHashMap<>();

    TargetSeats(OrgService org) {
        this.org = org;
    }

    /** The seat numbers (ac_no) under or above {@code unit}, ascending. */
    Set<Integer> of(Unit unit) {
        Set<Integer> known = cache.get(unit.id());
        if (known == null) {
            known = Collections.unmodifiableSet(resolve(unit));
            cache.put(unit.id(), known);
        }
        return known;
    }

    private TreeSet<Integer> resolve(Unit unit) {
        TreeSet<Integer> seats = new TreeSet<>();
        switch (unit.kind()) {
            case ASSEMBLY -> seats.add(unit.number());
            case MANDAL, SECTOR, BOOTH -> org.ancestry(unit).stream().map(UnitRow::unit)
                    .filter(u -> u.kind() == UnitKind.ASSEMBLY).forEach(u -> seats.add(u.number()));
            case LOK_SABHA -> org.children(unit, TreeMode.LOK_SABHA).stream().map(UnitRow::unit)
                    .filter(u -> u.kind() == UnitKind.ASSEMBLY).forEach(u -> seats.add(u.number()));
            case STATE, REGION, DISTRICT -> seats.addAll(org.seatNumbersUnder(unit));
        }
        return seats;
    }
}
