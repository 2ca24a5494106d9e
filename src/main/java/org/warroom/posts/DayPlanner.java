package org.warroom.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.warroom.operators.OperatorException;
import org.warroom.operators.Principal;
import org.warroom.org.OrgService;
import org.warroom.org.Unit;
import org.warroom.posts.db.PostCalendarDao;
import org.warroom.posts.db.PostDao;

/**
 * Reads one day for the day view: the day's posts with their targets in one query over the post_slot index (the
 * seats a confirmation left out and the targets' names are two more small queries; nothing is read per post or per
 * slot), then in memory the week's counts and silence per slot, each post's silent seats, the posts sharing a slot and
 * a target (the same rule as {@link PostService#clashes}), and where each post may be moved by {@link MoveRules}.
 */
final class DayPlanner {
    private final Jdbi jdbi;
    private final PostService posts;
    private final OrgService org;

    DayPlanner(Jdbi jdbi, PostService posts, OrgService org) {
        this.jdbi = jdbi;
        this.posts = posts;
        this.org = org;
    }

    DayPlan plan(LocalDate date, Set<Integer> scope, Long operatorId, Instant now) {
        DailySlots times = posts.slots();
        SilencePeriods periods = posts.calendar().silencePeriods();
        List<PostCalendarDao.DayRow> rows = jdbi.withExtension(PostCalendarDao.class, dao -> dao.day(date));
        Map<Long, Post> byId = new LinkedHashMap<>();
        Map<Long, List<Long>> targetIds = new HashMap<>();
        for (PostCalendarDao.DayRow r : rows) {
            byId.putIfAbsent(r.post().id(), r.post());
            List<Long> ids = targetIds.computeIfAbsent(r.post().id(), k -> new ArrayList<>());
            if (r.targetId() != null) {
                ids.add(r.targetId());
            }
        }
        Map<Long, Set<Integer>> excluded = new HashMap<>();
        Map<Long, Unit> units = new HashMap<>();
        if (!byId.isEmpty()) {
            for (PostDao.PostRef e : jdbi.withExtension(PostCalendarDao.class, dao -> dao.excludedOn(date))) {
                excluded.computeIfAbsent(e.postId(), k -> new TreeSet<>()).add((int) e.ref());
            }
            Set<Long> all = new LinkedHashSet<>();
            targetIds.values().forEach(all::addAll);
            if (!all.isEmpty()) {
                org.units(all).forEach(u -> units.put(u.unit().id(), u.unit()));
            }
        }
        Principal who = principal(operatorId);
        String moveRefusal = who == null ? "Choose who is at this desk (top bar) to move posts." : MoveRules.role(who);
        Instant[] at = new Instant[DailySlots.COUNT + 1];
        for (int s = 1; s <= DailySlots.COUNT; s++) {
            at[s] = posts.slotTime(date, s);
        }
        // which posts of each slot share which target unit
        Map<Integer, Map<Long, List<Long>>> sharing = new HashMap<>();
        byId.values().forEach(p -> targetIds.get(p.id()).forEach(u -> sharing.computeIfAbsent(p.slotNo(), k -> new HashMap<>())
                .computeIfAbsent(u, k -> new ArrayList<>()).add(p.id())));
        List<List<DayCard>> cards = new ArrayList<>();
        List<List<SlotCount>> counts = new ArrayList<>();
        for (int s = 0; s < DailySlots.COUNT; s++) {
            cards.add(new ArrayList<>());
            counts.add(new ArrayList<>());
        }
        Map<String, Integer> tally = new LinkedHashMap<>();
        for (Post p : byId.values()) {
            List<Long> ids = targetIds.get(p.id()).stream().filter(units::containsKey).toList();
            Map<Unit, Set<Integer>> seats = ids.isEmpty() ? Map.of() : posts.checker().targets(ids, units);
            Set<Integer> left = excluded.getOrDefault(p.id(), Set.of());
            SilenceRule.Result own = SilenceRule.check(seats, left, periods, at[p.slotNo()]);
            Set<Long> others = new LinkedHashSet<>();
            String clashUnit = null;
            for (long u : ids) {
                for (long other : sharing.get(p.slotNo()).get(u)) {
                    if (other != p.id() && others.add(other) && clashUnit == null) {
                        clashUnit = units.get(u).code();
                    }
                }
            }
            Map<Integer, String> refusals = new HashMap<>();
            for (int s = 1; s <= DailySlots.COUNT; s++) {
                String why = who == null ? moveRefusal
                        : MoveRules.refusal(p, who, seats, new SlotRef(date, s), at[s], now, periods);
                if (why != null) {
                    refusals.put(s, why);
                }
            }
            cards.get(p.slotNo() - 1).add(new DayCard(p, ids.stream().map(units::get).toList(),
                    List.copyOf(own.silent().silent()), own.refusal() != null, List.copyOf(left), List.copyOf(others),
                    clashUnit, refusals));
            tally.merge(p.slotNo() + "\t" + p.category() + "\t" + p.status(), 1, Integer::sum);
        }
        tally.forEach((k, n) -> {
            String[] f = k.split("\t");
            int s = Integer.parseInt(f[0]);
            counts.get(s - 1).add(new SlotCount(date, s, f[1], PostStatus.valueOf(f[2]), n));
        });
        Instant soon = now.plus(PostCalendar.EMPTY_WARNING);
        List<DaySlot> slots = new ArrayList<>();
        for (int s = 1; s <= DailySlots.COUNT; s++) {
            SlotSummary sum = PostCalendar.summary(new SlotRef(date, s), times, counts.get(s - 1), periods, scope, now);
            boolean emptySoon = sum.empty() && at[s].isAfter(now) && !at[s].isAfter(soon);
            slots.add(new DaySlot(sum, emptySoon, cards.get(s - 1)));
        }
        return new DayPlan(date, times, slots, moveRefusal, now);
    }

    private Principal principal(Long operatorId) {
        if (operatorId == null) {
            return null;
        }
        try {
            posts.operators().require(operatorId);
            return posts.operators().principal(operatorId);
        } catch (OperatorException e) {
            return null;   // removed meanwhile: nobody at the desk may move anything until one is chosen again
        }
    }
}
