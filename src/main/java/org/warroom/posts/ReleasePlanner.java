package org.warroom.posts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.org.OrgService;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.posts.db.ReleaseLogDao;

/**
 * Turns a release into its deliveries: one row per district its seats lie in and per channel, each with the seats it
 * goes to there, the seats left out as silent, the target units that reach it and the units whose acknowledgements
 * count for it. A district whose every targeted seat is silent gets EXCLUDED_SILENT rows, so the log says why
 * nothing went there. Run inside the release's transaction: the post is released with its deliveries or not at all.
 */
final class ReleasePlanner {
    private static final Logger LOG = LoggerFactory.getLogger(ReleasePlanner.class);

    /** An assembly seat and the district it lies in. */
    record SeatPlace(Unit seat, Unit district) {
    }

    private final OrgService org;
    // seats move only with a new delimitation, which comes with a new geography import (as TargetSeats assumes)
    private volatile Map<Integer, SeatPlace> seats;

    ReleasePlanner(OrgService org) {
        this.org = org;
    }

    /**
     * @param targets each target unit with its seats
     * @param excluded every seat left out as silent (confirmed when scheduling or releasing)
     */
    List<ReleaseLogDao.Planned> plan(Post p, Map<Unit, Set<Integer>> targets, Set<Integer> excluded, List<String> channels,
                                     Instant now, Instant deliverBy) {
        Map<Integer, SeatPlace> where = seats();
        Map<String, Unit> districts = new TreeMap<>();
        Map<String, Set<Integer>> seatsHere = new HashMap<>();
        Map<String, Set<Unit>> targetsHere = new HashMap<>();
        targets.forEach((unit, reached) -> {
            for (int s : reached) {
                SeatPlace sp = where.get(s);
                if (sp == null) {
                    LOG.warn("post {}: seat {} is not under any district; nothing planned for it", p.id(), s);
                    continue;
                }
                String code = sp.district().code();
                districts.putIfAbsent(code, sp.district());
                seatsHere.computeIfAbsent(code, k -> new TreeSet<>()).add(s);
                targetsHere.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(unit);
            }
        });
        List<ReleaseLogDao.Planned> rows = new ArrayList<>();
        for (Unit d : districts.values()) {
            Set<Integer> all = seatsHere.get(d.code());
            Set<Integer> out = new TreeSet<>(all);
            out.retainAll(excluded);
            Set<Integer> to = new TreeSet<>(all);
            to.removeAll(out);
            Set<Unit> here = targetsHere.get(d.code());
            String targetIds = ReleaseLogEntry.csv(here.stream().map(Unit::id).toList());
            String reach = ReleaseLogEntry.csv(reach(d, here, targets, to, out, where).stream().map(Unit::id).toList());
            boolean silent = to.isEmpty();
            String reason = silent ? "every targeted seat here (" + ReleaseLogEntry.csv(out) + ") is in its silence period: "
                    + "nothing goes to " + d.code() : null;
            for (String channel : channels) {
                rows.add(new ReleaseLogDao.Planned(p.id(), d.id(), d.code(), channel,
                        (silent ? ReleaseStatus.EXCLUDED_SILENT : ReleaseStatus.PENDING).name(), reason,
                        key(p, d.code(), channel), p.slotDate(), p.slotNo(), ReleaseLogEntry.csv(to), ReleaseLogEntry.csv(out),
                        targetIds, reach, now, deliverBy, silent ? now : null));
            }
        }
        return rows;
    }

    /**
     * The units whose volunteers' acknowledgements count for the district: the district itself when a target covers
     * it whole (or its seats that are not left out), else the targets inside it (a Lok Sabha seat by its assembly
     * seats here), none of them inside another.
     */
    private static List<Unit> reach(Unit district, Set<Unit> here, Map<Unit, Set<Integer>> targets, Set<Integer> to,
                                    Set<Integer> out, Map<Integer, SeatPlace> where) {
        List<Unit> units = new ArrayList<>();
        boolean whole = here.stream().anyMatch(u -> u.kind() == UnitKind.STATE || u.kind() == UnitKind.REGION
                || u.kind() == UnitKind.DISTRICT);
        if (whole && out.isEmpty()) {
            return List.of(district);
        }
        if (whole) {
            to.forEach(s -> units.add(where.get(s).seat()));
        } else {
            for (Unit u : here) {
                if (u.kind() == UnitKind.LOK_SABHA) {
                    targets.get(u).stream().filter(to::contains).forEach(s -> units.add(where.get(s).seat()));
                } else if (to.containsAll(targets.get(u))) {
                    units.add(u);
                }
            }
        }
        List<Unit> outer = new ArrayList<>();
        for (Unit u : units) {
            boolean inside = units.stream().anyMatch(o -> o != u && !o.path().equals(u.path()) && u.path().startsWith(o.path()));
            boolean twice = outer.stream().anyMatch(o -> o.id() == u.id());
            if (!inside && !twice) {
                outer.add(u);
            }
        }
        return outer;
    }

    /**
     * Stable for a post, district and channel, and different across databases (the post's creation instant is in
     * it), so a receiver that keeps keys never takes a retry for a new post.
     */
    static String key(Post p, String districtCode, String channel) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((p.id() + "|" + p.createdAt() + "|" + districtCode + "|"
                    + channel).getBytes(StandardCharsets.UTF_8));
            return "wr-" + p.id() + "-" + java.util.HexFormat.of().formatHex(h).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Each seat with its district, read once. */
    Map<Integer, SeatPlace> seats() {
        Map<Integer, SeatPlace> known = seats;
        if (known == null) {
            Map<Long, Unit> byId = new HashMap<>();
            org.districts().forEach(r -> byId.put(r.unit().id(), r.unit()));
            Map<Integer, SeatPlace> m = new HashMap<>();
            for (UnitRow r : org.seats()) {
                Unit seat = r.unit();
                seat.pathIds().stream().map(byId::get).filter(java.util.Objects::nonNull).findFirst()
                        .ifPresent(d -> m.put(seat.number(), new SeatPlace(seat, d)));
            }
            known = Map.copyOf(m);
            seats = known;
        }
        return known;
    }
}
