package org.warroom.posts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.warroom.operators.Operator;
import org.warroom.posts.db.PaidCostDao;
import org.warroom.posts.db.PostDao;

/** The cost of paid promotion per post and assembly seat: recorded, audited, and added up. */
final class PaidCosts {
    private final PostService posts;

    PaidCosts(PostService posts) {
        this.posts = posts;
    }

    void record(long postId, Operator op, Map<Integer, Long> paiseBySeat, Set<Integer> seats) {
        if (paiseBySeat == null || paiseBySeat.isEmpty()) {
            throw new PostValidationException("cost", "Give the cost for at least one seat.");
        }
        Map<Integer, Long> costs = new TreeMap<>(paiseBySeat);
        List<Integer> foreign = costs.keySet().stream().filter(s -> !seats.contains(s)).toList();
        if (!foreign.isEmpty()) {
            throw new PostValidationException("cost", "Post #" + postId + " does not reach seat"
                    + (foreign.size() == 1 ? " " : "s ") + join(foreign) + "; its seats are " + join(seats) + ".");
        }
        costs.forEach((seat, paise) -> {
            if (paise == null || paise < 0) {
                throw new PostValidationException("cost", "The cost in seat " + seat + " cannot be negative or empty.");
            }
        });
        posts.jdbi().useTransaction(h -> {
            PostDao dao = h.attach(PostDao.class);
            Post p = PostGuards.load(dao, postId);
            if (!p.paid()) {
                throw new PostValidationException("cost", "Post #" + postId + " is not paid promotion; mark it paid, "
                        + "with its pre-certification, before recording a cost.");
            }
            PaidCostDao costDao = h.attach(PaidCostDao.class);
            costDao.deleteFor(postId);
            costs.forEach((seat, paise) -> costDao.insert(postId, seat, paise));
            long total = costs.values().stream().mapToLong(Long::longValue).sum();
            dao.insertHistory(postId, posts.clock().instant(), op.id(), p.status().name(), p.status().name(),
                    "cost recorded: " + PaidCostReport.rupees(total) + " in " + costs.size() + " seats");
            // the cost is election expenditure: the audit row keeps every seat's figure
            posts.audit(h, op, "COST", postId, null, costs.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + "; total paise=" + total);
        });
    }

    PaidCostReport report() {
        List<PaidCostDao.CostRow> rows = posts.jdbi().withExtension(PaidCostDao.class, PaidCostDao::all);
        Map<Long, List<PaidCostDao.CostRow>> byPost = new LinkedHashMap<>();
        rows.forEach(r -> byPost.computeIfAbsent(r.postId(), k -> new ArrayList<>()).add(r));
        Map<Integer, Long> bySeat = new TreeMap<>();
        List<PaidCostReport.PostCost> out = new ArrayList<>();
        long total = 0;
        for (List<PaidCostDao.CostRow> list : byPost.values()) {
            Map<Integer, Long> seats = new TreeMap<>();
            long sum = 0;
            for (PaidCostDao.CostRow r : list) {
                seats.put(r.acNo(), r.amountPaise());
                bySeat.merge(r.acNo(), r.amountPaise(), Long::sum);
                sum += r.amountPaise();
            }
            PaidCostDao.CostRow first = list.getFirst();
            out.add(new PaidCostReport.PostCost(first.postId(), first.title(), first.precertNo(), first.precertDate(), seats, sum));
            total += sum;
        }
        return new PaidCostReport(out, bySeat, total);
    }

    private static String join(java.util.Collection<Integer> seats) {
        return seats.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
