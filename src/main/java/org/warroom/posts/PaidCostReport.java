package org.warroom.posts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What paid promotion cost, in paise: per post with its pre-certification, per assembly seat (election
 * expenditure is accounted per constituency), and in total.
 */
public record PaidCostReport(List<PostCost> posts, Map<Integer, Long> paiseBySeat, long totalPaise) {
    /** One paid post's cost per seat. */
    public record PostCost(long postId, String title, String precertNo, LocalDate precertDate,
                           Map<Integer, Long> paiseBySeat, long totalPaise) {
        public PostCost {
            paiseBySeat = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(paiseBySeat));
        }
    }

    public PaidCostReport {
        posts = List.copyOf(posts);
        paiseBySeat = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(paiseBySeat));
    }

    /** "₹12,34,567.50": rupees in Indian grouping. */
    public static String rupees(long paise) {
        return "₹" + org.warroom.platform.i18n.IndianFormat.number(paise / 100) + String.format(".%02d", Math.abs(paise % 100));
    }
}
