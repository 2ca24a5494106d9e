package org.warroom.geography;

import java.util.Map;
import java.util.Set;

/**
 * What organisation to build from the public geography.
 *
 * @param seats        assembly seats to include; null for all 403
 * @param boothTotal   exact number of booths to build, spread over the seats by their 2014 counts; null for the
 *                     real 2014 list as it is
 * @param mandalTotal  exact number of mandals; null for about one mandal per 73 booths (≈1,900 statewide)
 * @param orgDistricts assembly seat → [party district, Hindi name], where the party's districts differ
 */
public record OrgPlan(Set<Integer> seats, Integer boothTotal, Integer mandalTotal, Map<Integer, String[]> orgDistricts) {
    public static final int BOOTHS_PER_MANDAL = 73;
    public static final int BOOTHS_PER_SECTOR = 5;

    public static OrgPlan wholeState() {
        return new OrgPlan(null, null, null, Map.of());
    }
}
