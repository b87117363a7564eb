package dev.duet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times a site built in N shards against one build of the whole site, each build in a fresh JVM with the same heap,
 * one after the other on this machine: each shard's wall time, CPU time, peak heap, live heap (the largest heap
 * left after a collection) and full collections, the merge, and the wall time N runners would take (the slowest shard, then the merge).
 * The merged site is compared with the whole build's, file for file ({@code cmp}).
 *
 * <pre>
 * ShardBenchmark &lt;articles&gt; &lt;shards&gt; [--work target/bench] [--xmx 1g] [--seed S] [--no-whole] [--no-compare]
 *     [--only K]
 * </pre>
 *
 * <p>{@code --only K} builds shard K alone, with no whole build and no merge: one shard of a corpus whose whole
 * output would not fit the disk, its time and heap.
 *
 * <p>The corpus is {@link Corpus}'s news corpus, its sources in {@code <work>/<articles>-shards/duet/sources},
 * imported once (untimed, with the builds' heap). Every build's output is deleted once it is measured, but for the
 * shards (the merge needs them) and the whole build (the comparison needs it).
 */
public final class ShardBenchmark {

    private static final Pattern RESULT = Pattern.compile("RESULT (.*)");
    private static final String BUILD_TIME = "2025-01-01T08:00:00+08:00";

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String classPath = System.getProperty("java.class.path");
    private final String xmx;

    private ShardBenchmark(String xmx) {
        this.xmx = xmx;
    }

    /** What one step measured. */
    private record Run(String what, long wallMs, long cpuMs, long files, long errors, long peakHeap, long liveHeap,
            long fullGcs) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ShardBenchmark <articles> <shards> [--work DIR] [--xmx 1g] [--seed S]"
                    + " [--no-whole] [--no-compare] [--only K]");
            System.exit(2);
        }
        int size = Integer.parseInt(args[0]);
        int shards = Integer.parseInt(args[1]);
        Path work = Path.of("target/bench");
        String xmx = "1g";
        long seed = Corpus.DEFAULT_SEED;
        boolean whole = true;
        boolean compare = true;
        int only = 0;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--xmx" -> xmx = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-whole" -> whole = false;
                case "--no-compare" -> compare = false;
                case "--only" -> only = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (only < 0 || only > shards) {
            throw new IllegalArgumentException("--only takes a shard from 1 to " + shards);
        }
        ShardBenchmark benchmark = new ShardBenchmark(xmx);
        if (only > 0) {
            benchmark.runOne(work.resolve(size + "-shards"), size, only, shards, seed);
        } else {
            benchmark.run(work.resolve(size + "-shards"), size, shards, seed, whole, compare);
        }
    }

    /** One shard alone: its build, then its output deleted. */
    private void runOne(Path dir, int size, int shard, int shards, long seed) throws Exception {
        Path site = dir.resolve("duet");
        prepare(site, size, seed);
        Path target = site.resolve("target");
        deleteTree(target);
        Run run = step("shard " + shard + "/" + shards, site, List.of("build", site.toString(), BUILD_TIME,
                shard + "/" + shards));
        System.out.printf(Locale.ROOT, "%n### %,d articles, shard %d of %d alone, -Xmx%s, %d cores%n%n"
                + "| build | wall | CPU | files | peak heap | live heap | full collections |%n"
                + "|---|---:|---:|---:|---:|---:|---:|%n"
                + "| %s | %.1f s | %.1f s | %,d | %d MB | %d MB | %d |%n", size, shard, shards, xmx,
                Runtime.getRuntime().availableProcessors(), run.what(), run.wallMs() / 1000.0, run.cpuMs() / 1000.0,
                run.files(), run.peakHeap() >> 20, run.liveHeap() >> 20, run.fullGcs());
        deleteTree(target);
    }

    private void run(Path dir, int size, int shards, long seed, boolean whole, boolean compare) throws Exception {
        Path site = dir.resolve("duet");
        prepare(site, size, seed);
        Path target = site.resolve("target");
        deleteTree(target);
        List<Run> runs = new ArrayList<>();
        if (whole) {
            Run run = step("whole site", site, List.of("build", site.toString(), BUILD_TIME));
            runs.add(run);
            Files.move(target.resolve("site"), target.resolve("whole"));
            deleteTree(target.resolve("duet"));
        }
        for (int k = 1; k <= shards; k++) {
            runs.add(step("shard " + k + "/" + shards, site, List.of("build", site.toString(), BUILD_TIME,
                    k + "/" + shards)));
        }
        Run merge = step("merge", site, List.of("merge", site.toString(), BUILD_TIME));
        runs.add(merge);
        String same = "";
        if (whole && compare) {
            Process diff = new ProcessBuilder("diff", "-rq", target.resolve("whole").toString(),
                    target.resolve("site").toString()).redirectErrorStream(true).start();
            String out = new String(diff.getInputStream().readAllBytes());
            same = diff.waitFor() == 0 ? "the merged site equals the whole build's, file for file"
                    : "THE MERGED SITE DIFFERS: " + out.lines().limit(5).toList();
        }
        print(size, shards, runs, merge, same);
        deleteTree(target);
    }

    private void print(int size, int shards, List<Run> runs, Run merge, String same) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%n### %,d articles in %d shards, -Xmx%s, %d"
                + " cores%n%n| build | wall | CPU | files | peak heap | live heap | full collections |%n"
                + "|---|---:|---:|---:|---:|---:|---:|%n",
                size, shards, xmx, Runtime.getRuntime().availableProcessors()));
        long slowest = 0;
        for (Run run : runs) {
            t.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | %,d | %d MB | %d MB | %d |%n", run.what(),
                    run.wallMs() / 1000.0, run.cpuMs() / 1000.0, run.files(), run.peakHeap() >> 20,
                    run.liveHeap() >> 20, run.fullGcs()));
            if (run.what().startsWith("shard")) {
                slowest = Math.max(slowest, run.wallMs());
            }
        }
        t.append(String.format(Locale.ROOT, "%nWith %d runners: %.1f s (the slowest shard %.1f s, then the merge"
                + " %.1f s)", shards, (slowest + merge.wallMs()) / 1000.0, slowest / 1000.0, merge.wallMs() / 1000.0));
        runs.stream().filter(r -> r.what().equals("whole site")).findFirst().ifPresent(w -> t.append(String.format(
                Locale.ROOT, " against %.1f s for one build of the whole site", w.wallMs() / 1000.0)));
        t.append(".\n");
        if (!same.isEmpty()) {
            t.append(same).append(".\n");
        }
        System.out.print(t);
    }

    /** The corpus's sources, written once, and its articles, imported once. */
    private void prepare(Path site, int size, long seed) throws Exception {
        Path marker = site.resolve("corpus.properties");
        String expected = "size=" + size + "\nseed=" + seed + "\nimported=1\n";
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
            System.out.printf("corpus of %,d articles: reusing %s%n", size, site);
            return;
        }
        deleteTree(site);
        long start = System.nanoTime();
        Corpus.writeSources(size, seed, Corpus.Shape.NEWS, site.resolve("sources"));
        System.out.printf("corpus of %,d articles: sources written in %d s%n", size,
                (System.nanoTime() - start) / 1_000_000_000);
        start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-Xmx" + xmx, "-cp", classPath, DuetProcess.class.getName(),
                "import", site.toString()).redirectErrorStream(true)
                .redirectOutput(site.resolve("import.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IOException("import failed, see " + site.resolve("import.log"));
        }
        System.out.printf("corpus of %,d articles: imported in %d s%n", size,
                (System.nanoTime() - start) / 1_000_000_000);
        Files.writeString(marker, expected);
    }

    private Run step(String what, Path site, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-cp", classPath,
                ShardProcess.class.getName()));
        command.addAll(args);
        Path log = site.getParent().resolve(what.replaceAll("\\W+", "-") + ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        Matcher result = RESULT.matcher(Files.readString(log));
        if (exit != 0 || !result.find()) {
            throw new IOException(what + " failed (exit " + exit + "), see " + log);
        }
        Map<String, Long> values = new TreeMap<>();
        for (String pair : result.group(1).trim().split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        Run run = new Run(what, wallMs, values.get("cpuMs"), values.get("files"), values.get("errors"),
                values.get("peakHeap"), values.get("liveHeap"), values.get("fullGcs"));
        System.out.printf(Locale.ROOT, "%s: %.1f s wall, %.1f s CPU, %,d files, %d errors, peak heap %d MB, live"
                + " heap %d MB, %d full collections%n", what, wallMs / 1000.0, run.cpuMs() / 1000.0, run.files(),
                run.errors(), run.peakHeap() >> 20, run.liveHeap() >> 20, run.fullGcs());
        return run;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
