package org.warroom.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Measure 6: from starting a JVM to an interactive tree on the built database, against an empty JavaFX window
 * started the same way. Both run headless under Monocle with the JVM flags ./warroom uses — from jars (the console's
 * own jar with its lib/, the empty window's class in a jar of its own) and each with its own class-data archive made
 * by a first, unmeasured run, as ./warroom keeps one — and print {@code TREE_READY <ms since JVM start>} (the
 * console only with {@code -Dwarroom.bench.marker=true}); the parent also times from process start to that line.
 * Median of the runs, alternating the two.
 */
final class StartupMeasure {
    private static final long TIMEOUT_S = 90;
    private final Path data;
    private final int runs;

    StartupMeasure(Path data, int runs) {
        this.data = data;
        this.runs = runs;
    }

    Measure run() throws Exception {
        List<Double> app = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        List<Double> appOwn = new ArrayList<>();
        List<Double> emptyOwn = new ArrayList<>();
        List<String> details = new ArrayList<>();
        // unmeasured first runs: warm the disk cache and write each side's class-data archive at exit
        for (String main : List.of(EmptyWindow.class.getName(), "org.warroom.app.Main")) {
            Files.deleteIfExists(archive(main));
            Files.deleteIfExists(aotCache(main));
            Files.deleteIfExists(aotConfig(main));
        }
        launch(EmptyWindow.class.getName(), List.of(), new ArrayList<>(), new ArrayList<>(), details);
        launch("org.warroom.app.Main", List.of("--data", data.toString()), new ArrayList<>(), new ArrayList<>(), details);
        createAot(EmptyWindow.class.getName(), details);
        createAot("org.warroom.app.Main", details);
        details.add((AOT ? "AOT caches: empty window " + size(aotCache(EmptyWindow.class.getName())) + ", console "
                + size(aotCache("org.warroom.app.Main")) : "class-data archives: empty window "
                + size(archive(EmptyWindow.class.getName())) + ", console " + size(archive("org.warroom.app.Main"))));
        for (int i = 0; i < runs; i++) {
            launch(EmptyWindow.class.getName(), List.of(), empty, emptyOwn, details);
            launch("org.warroom.app.Main", List.of("--data", data.toString()), app, appOwn, details);
        }
        double a = Stats.median(app);
        double e = Stats.median(empty);
        details.add(String.format("console: %s ms from process start (median %.0f); %s ms since JVM start by its own clock",
                app, a, appOwn));
        details.add(String.format("empty window: %s ms from process start (median %.0f); %s ms by its own clock",
                empty, e, emptyOwn));
        boolean ok = !app.isEmpty() && app.size() == runs && a <= 2 * e && a < 3000;
        return new Measure(6, "Start to an interactive tree (median of " + runs + ")", a, "ms", e,
                "empty JavaFX window, same launch", "≤ 2× baseline and < 3000 ms", ok, details);
    }

    private static void launch(String main, List<String> args, List<Double> wall, List<Double> own, List<String> details)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA,
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-Djavafx.cachedir=" + Path.of("target", "fxcache").toAbsolutePath(),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:aot=off", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1200-32", "-Djava.awt.headless=true", "-Dwarroom.bench.marker=true"));
        String extra = System.getenv("WARROOM_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(cacheFlags(main));
        cmd.addAll(List.of("-cp", classPath(main), main));
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<String> marker = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("TREE_READY ")) {
                        long wallNanos = System.nanoTime() - t0;
                        // keep draining so the child never blocks on a full pipe
                        CompletableFuture.runAsync(() -> r.lines().forEach(l -> { }));
                        return (wallNanos / 1_000_000) + " " + line.substring(11).trim();
                    }
                }
            } catch (java.io.IOException e) {
                return null;
            }
            return null;
        });
        String got;
        try {
            got = marker.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            got = null;
        }
        // the console closes itself (stdin closed → no; SIGTERM runs its shutdown hooks, which close the database);
        // a JVM ended by SIGTERM still writes its class-data archive at exit
        p.destroy();
        if (!p.waitFor(AOT ? 60 : 15, TimeUnit.SECONDS)) { // writing an AOT configuration at exit takes a while
            p.destroyForcibly().waitFor();
        }
        String name = main.substring(main.lastIndexOf('.') + 1);
        if (got == null) {
            details.add(name + ": no TREE_READY marker within " + TIMEOUT_S + " s (is the MainWindow hook in place?)");
            return;
        }
        String[] f = got.split(" ");
        wall.add(Double.parseDouble(f[0]));
        own.add(Double.parseDouble(f[1]));
    }

    /**
     * As ./warroom starts a window, each side uses a JDK 25 AOT cache (classes loaded and linked; recorded by the
     * first, unmeasured run, then made) — or, with {@code -Dbench.aot=false}, a dynamic class-data archive as
     * ./warroom's commands do.
     */
    static final boolean AOT = Boolean.parseBoolean(System.getProperty("bench.aot", "true"));

    private static List<String> cacheFlags(String main) {
        if (!AOT) {
            return List.of("-XX:SharedArchiveFile=" + archive(main), "-XX:+AutoCreateSharedArchive");
        }
        Path cache = aotCache(main);
        // the training run records (a JVM ended by SIGTERM writes the configuration but does not go on to make the
        // cache, so that is a step of its own: createAot)
        return Files.exists(cache) ? List.of("-XX:AOTCache=" + cache)
                : List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + aotConfig(main));
    }

    private static Path aotConfig(String main) {
        return Path.of(aotCache(main) + ".config");
    }

    /** Makes the AOT cache from the training run's configuration, with the same class path. */
    private static void createAot(String main, List<String> details) throws Exception {
        if (!AOT) {
            return;
        }
        Process p = new ProcessBuilder(JAVA, "--enable-native-access=ALL-UNNAMED", "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + aotConfig(main),
                "-XX:AOTCache=" + aotCache(main), "-cp", classPath(main), main).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !Files.exists(aotCache(main))) {
            details.add("AOT cache for " + main + " not made: " + out.strip());
        }
    }

    private static Path aotCache(String main) {
        return benchFile(main, ".aot");
    }

    /** Where each side keeps its class-data archive (as ./warroom keeps target/warroom.jsa). */
    private static Path archive(String main) {
        return benchFile(main, ".jsa");
    }

    /** target/bench-CLASS.EXT for one side (CLASS: the main class's simple name). */
    private static Path benchFile(String main, String ext) {
        return Path.of("target", "bench-" + main.substring(main.lastIndexOf('.') + 1) + ext).toAbsolutePath();
    }

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static String size(Path p) {
        try {
            return Files.exists(p) ? String.format("%,d KB", Files.size(p) / 1024) : "not written";
        } catch (java.io.IOException e) {
            return "unreadable";
        }
    }

    /**
     * Jars only (a class-data archive takes classes from jars, not folders): the console's jar, whose manifest
     * names its lib/, plus Monocle for headless windows; the empty window's class goes into a jar of its own.
     */
    private static String classPath(String main) throws java.io.IOException {
        String known = CLASS_PATHS.get(main);
        if (known == null) { // once a run: rewriting the jar would change its time stamp, which archives check
            known = makeClassPath(main);
            CLASS_PATHS.put(main, known);
        }
        return known;
    }

    private static final java.util.Map<String, String> CLASS_PATHS = new java.util.HashMap<>();

    private static String makeClassPath(String main) throws java.io.IOException {
        Path appJar;
        try (var s = Files.list(Path.of("target"))) {
            appJar = s.filter(f -> f.getFileName().toString().matches("warroom-console-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/warroom-console-*.jar is missing: run mvn -DskipTests package first"));
        }
        String monocle = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("openjfx-monocle")).findFirst().orElseThrow();
        String cp = appJar.toAbsolutePath() + java.io.File.pathSeparator + monocle;
        if (main.equals(EmptyWindow.class.getName())) {
            Path jar = Path.of("target", "bench-empty-window.jar").toAbsolutePath();
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
                for (Class<?> c : List.of(EmptyWindow.class, EmptyWindow.App.class)) {
                    String name = c.getName().replace('.', '/') + ".class";
                    out.putNextEntry(new java.util.jar.JarEntry(name));
                    try (var in = c.getClassLoader().getResourceAsStream(name)) {
                        in.transferTo(out);
                    }
                }
            }
            cp = jar + java.io.File.pathSeparator + cp;
        }
        return cp;
    }
}
