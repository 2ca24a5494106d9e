package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The end of a measure's run: the machine's load, the report printed and written to bench/results/STEM-DATE.md. */
final class BenchReport {
    private BenchReport() {
    }

    static void finish(StringBuilder md, String stem, double loadBefore) throws java.io.IOException {
        md.append(String.format("%nsystem load average %.1f at start, %.1f at end (on %d cores).%n", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors()));
        System.out.println();
        System.out.println(md);
        Path out = Path.of(System.getProperty("bench.out", "bench/results"));
        Files.createDirectories(out);
        Path file = out.resolve(stem + "-" + LocalDate.now() + ".md");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        System.out.println("written to " + file);
        System.exit(0);
    }
}
