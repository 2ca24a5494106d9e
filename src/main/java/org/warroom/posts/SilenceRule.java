package org.warroom.posts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warroom.org.Unit;
import org.warroom.platform.i18n.IndianFormat;

/**
 * The silence rule for one post at one moment. A target all of whose seats are silent is refused (the writer aimed
 * at it, and nothing of it may be shown); a wider target (district, region, state, Lok Sabha seat) with only some
 * silent seats may go to the rest, once a person confirms that those seats are left out.
 */
final class SilenceRule {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(IndianFormat.IST);

    /** Silent seats not yet excluded; {@code refusal} is set when some target would be left with nothing. */
    record Result(SilenceVerdict silent, String refusal) {
        boolean clear() {
            return silent.clear();
        }
    }

    private SilenceRule() {
    }

    /**
     * @param seatsByTarget each target unit with its seats, in the post's order
     * @param excluded seats already left out by an earlier confirmation
     */
    static Result check(Map<Unit, Set<Integer>> seatsByTarget, Set<Integer> excluded, SilencePeriods periods, Instant at) {
        Set<Integer> all = new TreeSet<>();
        seatsByTarget.values().forEach(all::addAll);
        all.removeAll(excluded);
        SilenceVerdict verdict = periods.check(all, at);
        if (verdict.clear()) {
            return new Result(verdict, null);
        }
        Map<Unit, Set<Integer>> blocked = new LinkedHashMap<>();
        seatsByTarget.forEach((unit, seats) -> {
            Set<Integer> left = new TreeSet<>(seats);
            left.removeAll(excluded);
            if (!left.isEmpty() && verdict.silent().containsAll(left)) {
                blocked.put(unit, left);
            }
        });
        if (blocked.isEmpty()) {
            return new Result(verdict, null);
        }
        List<String> names = new ArrayList<>();
        blocked.keySet().forEach(u -> names.add(u.code() + " (" + u.nameEn() + ")"));
        String refusal = "Nothing can go to " + String.join(", ", names) + " at " + WHEN.format(at) + " IST: "
                + (blocked.size() == 1 ? "it is" : "they are") + " in the silence period before polling. "
                + periods.check(blocked.values().stream().collect(TreeSet<Integer>::new, Set::addAll, Set::addAll), at).message();
        return new Result(verdict, refusal);
    }
}
