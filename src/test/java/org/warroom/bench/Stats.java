package org.warroom.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of timings in milliseconds. */
final class Stats {
    private final List<Double> ms = new ArrayList<>();

    void add(long nanos) {
        ms.add(nanos / 1e6);
    }

    int count() {
        return ms.size();
    }

    double p(double pct) {
        if (ms.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        int rank = (int) Math.ceil(pct / 100.0 * s.size());
        return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
    }

    double max() {
        return ms.isEmpty() ? Double.NaN : Collections.max(ms);
    }

    String summary() {
        return String.format("n=%d p50=%.2f ms p95=%.2f ms max=%.2f ms", count(), p(50), p(95), max());
    }

    /** Nearest-rank percentile of a list of milliseconds. */
    static double percentile(List<Double> values, double pct) {
        Stats st = new Stats();
        st.ms.addAll(values);
        return st.p(pct);
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Takes everything recorded so far out of a list another thread adds to (under the list's lock). */
    static List<Long> drain(List<Long> gaps) {
        synchronized (gaps) {
            List<Long> copy = new ArrayList<>(gaps);
            gaps.clear();
            return copy;
        }
    }
}
