package org.warroom.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a whole number over weighted keys so the parts add up exactly (largest-remainder method). */
public final class Apportion {
    private Apportion() {
    }

    public static <K> Map<K, Integer> largestRemainder(Map<K, Integer> weights, int total, int minimum) {
        long sum = weights.values().stream().mapToLong(Integer::longValue).sum();
        Map<K, Integer> out = new LinkedHashMap<>();
        if (weights.isEmpty()) {
            return out;
        }
        int floorMin = Math.min(minimum, total / weights.size());
        int rest = total - floorMin * weights.size();
        List<Map.Entry<K, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<K, Integer> e : weights.entrySet()) {
            double share = sum == 0 ? (double) rest / weights.size() : (double) rest * e.getValue() / sum;
            int whole = (int) Math.floor(share);
            out.put(e.getKey(), floorMin + whole);
            given += whole;
            remainders.add(Map.entry(e.getKey(), share - whole));
        }
        remainders.sort(Map.Entry.<K, Double>comparingByValue(Comparator.reverseOrder()));
        for (int i = 0; i < rest - given; i++) {
            out.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
        }
        return out;
    }
}
