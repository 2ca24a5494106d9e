package org.warroom.org;

import java.util.ArrayList;
import java.util.List;

/** One unit of the organisation: state, region, district, Lok Sabha seat, assembly seat, mandal, sector or booth. */
public record Unit(long id, Long parentId, UnitKind kind, String code, Integer number, String nameEn, String nameHi,
                   NameSource nameHiSource, String nameHiConfidence, Long lokSabhaId, String path, int depth) {

    /** The name in the UI language; falls back to English where no Hindi name is known. */
    public String name(boolean hindi) {
        return hindi && nameHi != null && !nameHi.isBlank() ? nameHi : nameEn;
    }

    /** Ids from the root down to this unit, itself included ("/1/4/20/" gives 1, 4, 20). */
    public List<Long> pathIds() {
        return parsePath(path);
    }

    public static List<Long> parsePath(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    public boolean isAncestorOrSelfOf(Unit other) {
        return other.path.startsWith(path);
    }
}
