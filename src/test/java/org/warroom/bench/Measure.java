package org.warroom.bench;

import java.util.List;

/**
 * One line of the benchmark's result: what was measured, the same-run baseline it is judged against, and the
 * target. {@code ratio} is value / baseline; {@code pass} applies the target, which may be absolute or a ratio.
 */
record Measure(int no, String name, double value, String unit, double baseline, String baselineName, String target,
               boolean pass, List<String> details) {

    double ratio() {
        return baseline == 0 ? Double.NaN : value / baseline;
    }
}
