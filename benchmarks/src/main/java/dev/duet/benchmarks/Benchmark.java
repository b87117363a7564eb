package dev.duet.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times Duet on generated corpora, each step in fresh JVM processes, and Hugo on the same corpus when {@code hugo} is
 * on the PATH. Prints a Markdown table per size and appends it to {@code <work>/results.md}.
 *
 * <pre>
 * Benchmark [--sizes 1000,10000] [--runs 3] [--work target/bench] [--seed S] [--threads T] [--xmx 512m]
 *           [--import-xmx 512m] [--no-hugo] [--steps import,reimport,build] [--delete-before-import]
 *           [--shape news|wide] [--mvn] [--jvm-opts "-XX:TieredStopAtLevel=1"]
 * </pre>
 *
 * <p>{@code --steps} picks what is timed: {@code import} (into an empty {@code articles/}), {@code reimport} (the
 * same sources again over the imported articles, which must change nothing) and {@code build} (full build,
 * rebuilds and Hugo). The default is {@code import,build}. The builds need articles: without {@code import} they
 * are imported once, untimed. Before each import the previous articles are moved aside, not deleted (see
 * {@code clear}); {@code --delete-before-import} deletes them instead, as the runner first did. {@code --shape}
 * picks the corpus ({@link Corpus.Shape}): {@code news}, the default, in {@code <work>/<size>}, or {@code wide}
 * (longer texts, tags uniform from 2,000) in {@code <work>/<size>-wide}. {@code --mvn} also times {@code mvn -o
 * duet:build} on the corpus (with a pom that uses the installed plugin): a cold build, new stories, and their removal.
 * {@code --jvm-opts} adds JVM options to every Duet process, {@code MAVEN_OPTS} included (not to Hugo).
 */
public final class Benchmark {

    private static final Pattern RESULT = Pattern.compile("RESULT (.*)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

    /** What one process run measured; -1 where the tool cannot tell. */
    record Run(long wallMs, long inJvmMs, long written, long errors, long warnings, long peakHeap, long poolPeakSum,
            long peakRssKb, long cpuMs, String failure) {

        static Run failed(long wallMs, long peakRssKb, String failure) {
            return new Run(wallMs, -1, -1, -1, -1, -1, -1, peakRssKb, -1, failure);
        }

        boolean ok() {
            return failure.isEmpty();
        }
    }

    /** The runs of one step at one size, and how many pages (or source files, for import) it handled. */
    record Row(String step, int size, long pages, List<Run> runs) {

        /** The median over the runs that succeeded; -1 when none did. */
        long median(ToLongFunction<Run> field) {
            long[] values = runs.stream().filter(Run::ok).mapToLong(field).sorted().toArray();
            if (values.length == 0) {
                return -1;
            }
            int mid = values.length / 2;
            return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        }

        long max(ToLongFunction<Run> field) {
            return runs.stream().filter(Run::ok).mapToLong(field).max().orElse(-1);
        }

        long min(ToLongFunction<Run> field) {
            return runs.stream().filter(Run::ok).mapToLong(field).min().orElse(-1);
        }

        boolean ok() {
            return runs.stream().allMatch(Run::ok);
        }
    }

    private final Options options;
    private final String classPath = System.getProperty("java.class.path");
    private final String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** Lines on the output: its size after a full build, and what each new article changed. */
    private final List<String> outputs = new ArrayList<>();

    private Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new Benchmark(options).run();
    }

    private void run() throws IOException, InterruptedException {
        Optional<String> hugo = options.hugo() ? findOnPath("hugo") : Optional.empty();
        StringBuilder report = new StringBuilder();
        report.append("\n## ").append(Instant.now()).append("\n\n");
        report.append("shape=").append(options.shape().name().toLowerCase(java.util.Locale.ROOT)).append(", runs=")
                .append(options.runs()).append(", seed=").append(options.seed()).append(", threads=")
                .append(options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors())
                .append(", java=").append(Runtime.version()).append(", hugo=").append(hugo.isPresent())
                .append(", steps=").append(new java.util.TreeSet<>(options.steps()))
                .append(options.jvmOptions().isEmpty() ? "" : ", jvm options=" + String.join(" ", options.jvmOptions()))
                .append(options.deleteBeforeImport() ? ", old articles deleted before each import" : "")
                .append("\n");
        System.out.print(report);
        List<Row> all = new ArrayList<>();
        for (int size : options.sizes()) {
            Path dir = options.work().resolve(size + options.shape().suffix()).toAbsolutePath();
            prepareCorpus(size, dir);
            String load = "load before: " + loadAverage();
            List<Row> rows = measure(size, dir, hugo);
            load += ", after: " + loadAverage();
            all.addAll(rows);
            String table = table(size, rows, load);
            System.out.print(table);
            report.append(table).append('\n');
            outputs.forEach(line -> report.append("- ").append(line));
            outputs.clear();
        }
        deleteTree(trash());
        String summary = crossSizeSummary(all);
        System.out.print(summary);
        report.append(summary);
        Files.createDirectories(options.work());
        Files.writeString(options.work().resolve("results.md"), report, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    // ---- corpus -------------------------------------------------------------------------------------------

    private void prepareCorpus(int size, Path dir) throws IOException {
        Path marker = dir.resolve("corpus.properties");
        String expected = "size=" + size + "\nseed=" + options.seed() + "\nformat=1\n"
                + (options.shape() == Corpus.Shape.NEWS ? "" : "shape=" + options.shape().suffix().substring(1) + "\n");
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
            System.out.printf("corpus N=%d: reusing %s%n", size, dir);
            return;
        }
        long start = System.nanoTime();
        deleteTree(dir);
        Corpus corpus = Corpus.generate(size, options.seed(), options.shape());
        corpus.writeSources(dir.resolve("duet/sources"));
        HugoSite.write(corpus, dir.resolve("hugo"));
        Files.writeString(marker, expected);
        System.out.printf("corpus N=%d: generated in %d ms into %s%n", size, (System.nanoTime() - start) / 1_000_000,
                dir);
    }

    // ---- steps --------------------------------------------------------------------------------------------

    private List<Row> measure(int size, Path dir, Optional<String> hugo) throws IOException, InterruptedException {
        Path site = dir.resolve("duet");
        Path output = site.resolve("target/site");
        List<Row> rows = new ArrayList<>();

        List<Run> runs = new ArrayList<>();
        int importRuns = options.steps().contains("import") ? options.runs() : 1;
        for (int r = 0; r < importRuns; r++) {
            // Moved aside, not deleted: see moveAside.
            clear(site.resolve("articles"));
            clear(site.resolve("target"));
            // The places of stories an earlier run deleted.
            Files.deleteIfExists(site.resolve("deleted.tsv"));
            runs.add(duet(size, "import", site, options.importXmxFor(size)));
        }
        Row imported = new Row("import", size, size, runs);
        if (options.steps().contains("import")) {
            rows.add(imported);
        }
        if (!imported.ok()) {
            // The builds would measure whatever part of the corpus was imported before the failure.
            System.out.printf("  import failed at N=%,d: skipping the other steps%n", size);
            return rows;
        }
        if (options.steps().contains("reimport")) {
            runs = new ArrayList<>();
            for (int r = 0; r < options.runs(); r++) {
                Run run = duet(size, "import", site, options.importXmxFor(size));
                if (run.ok() && run.written() != 2L * size) {
                    System.out.printf("  warning: re-import reported %,d files, expected %,d%n", run.written(),
                            2L * size);
                }
                runs.add(run);
            }
            rows.add(new Row("re-import", size, size, runs));
        }
        if (!options.steps().contains("build")) {
            return rows;
        }

        // Duet's and Hugo's full builds alternate, so that both meet the same load from whatever else runs.
        Path hugoSite = dir.resolve("hugo");
        Path hugoOut = dir.resolve("hugo-out");
        runs = new ArrayList<>();
        List<Run> hugoRuns = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            // Moved aside like the articles before an import (see clear): both builds write into a fresh folder
            // without paying for the deletion of the last one.
            clear(site.resolve("target"));
            runs.add(duet(size, "build", site, options.xmxFor(size)));
            if (hugo.isPresent()) {
                clear(hugoOut);
                clear(hugoSite.resolve("resources"));
                hugoRuns.add(process(List.of(hugo.get(), "--quiet", "-s", hugoSite.toString(), "-d",
                        hugoOut.toString()), dir.resolve("hugo.log"), false));
            }
        }
        long pages = countHtml(output);
        rows.add(new Row("full build", size, pages, runs));
        Map<String, long[]> built = listing(output);
        long bytes = built.values().stream().mapToLong(f -> f[0]).sum();
        outputs.add(String.format("N=%,d: output %,d bytes (%,.0f MB) in %,d files, %,.1f KB per article%n", size,
                bytes, bytes / 1e6, built.size(), bytes / 1e3 / size));
        System.out.print("  " + outputs.get(outputs.size() - 1));

        runs = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            runs.add(duet(size, "build", site, options.xmxFor(size)));
        }
        rows.add(new Row("no-change rebuild", size, pages, runs));

        Path edited = pickArticle(site.resolve("articles"));
        runs = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            Files.writeString(edited, "\nAn edited paragraph, run " + r + ".\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            runs.add(duet(size, "build", site, options.xmxFor(size)));
        }
        rows.add(new Row("one-article rebuild", size, pages, runs));

        // A new story, newer than every other, as a newsroom publishes one: what the build changes is what a
        // publish uploads.
        String text = Files.readString(pickArticle(site.resolve("articles")));
        runs = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            runs.add(newStory(site, output, text, "a-new-story-" + r, r + 1, size, "Duet",
                    () -> duet(size, "build", site, options.xmxFor(size))));
        }
        rows.add(new Row("new-article rebuild", size, pages, runs));
        removeNewStories(site);
        runs = new ArrayList<>(List.of(duet(size, "build", site, options.xmxFor(size))));
        rows.add(new Row("new articles removed", size, pages, runs));
        runs = new ArrayList<>(List.of(withdrawOldStory(site, output, size, "Duet",
                () -> duet(size, "build", site, options.xmxFor(size)))));
        rows.add(new Row("old story withdrawn", size, pages, runs));
        runs = new ArrayList<>(List.of(deleteOldStory(site, output, size, "Duet",
                () -> duet(size, "build", site, options.xmxFor(size)))));
        rows.add(new Row("old story deleted", size, pages, runs));

        if (options.mvn()) {
            // As users run it: mvn duet:build in a fresh Maven JVM, the plugin and Duet from the local repository.
            writePom(site);
            runs = new ArrayList<>();
            for (int r = 0; r < options.runs(); r++) {
                clear(site.resolve("target"));
                runs.add(mvn(site, size));
            }
            rows.add(new Row("mvn duet:build, cold", size, pages, runs));
            runs = new ArrayList<>();
            for (int r = 0; r < options.runs(); r++) {
                runs.add(newStory(site, output, text, "a-new-story-" + r, r + 1, size, "mvn duet:build",
                        () -> mvn(site, size)));
            }
            rows.add(new Row("mvn duet:build, new article", size, pages, runs));
            removeNewStories(site);
            runs = new ArrayList<>(List.of(mvn(site, size)));
            rows.add(new Row("mvn duet:build, new articles removed", size, pages, runs));
            // A newsroom publishes a story in both languages: two articles, under a name that falls among the
            // names of the newest day's stories as any new one may.
            Path english = pickArticle(site.resolve("articles"));
            Path chinese = english.resolveSibling(english.getFileName().toString().replace(".en.md", ".zh.md"));
            if (Files.isRegularFile(chinese)) {
                Map<String, String> pair = new LinkedHashMap<>();
                pair.put("en", Files.readString(english));
                pair.put("zh", Files.readString(chinese));
                String name = english.getFileName().toString().replace(".en.md", "");
                runs = new ArrayList<>();
                for (int r = 0; r < options.runs(); r++) {
                    runs.add(newStory(site, output, pair, name + "-" + r, r + 1, size, "mvn duet:build",
                            () -> mvn(site, size)));
                }
                rows.add(new Row("mvn duet:build, new story in both languages", size, pages, runs));
                removeNewStories(site);
                mvn(site, size);
            }
        }

        // Nothing is skipped for speed: the site the runs built passes the same check as any build.
        Run check = duet(size, "check", site, options.xmxFor(size));
        System.out.printf("  duet:check of the built site: %d errors, %d warnings%n", check.errors(),
                check.warnings());
        rows.add(new Row("duet:check", size, pages, List.of(check)));
        // A publish checks the site after each build: the check keeps what it found in each file, so after a new
        // story it parses the files the build wrote, and reads the article files through the build's read cache.
        runs = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            newStory(site, output, text, "a-checked-story-" + r, r + 1, size, "Duet",
                    () -> duet(size, "build", site, options.xmxFor(size)));
            runs.add(duet(size, "check", site, options.xmxFor(size)));
        }
        rows.add(new Row("duet:check after a new article", size, pages, runs));
        removeNewStories(site);
        duet(size, "build", site, options.xmxFor(size));

        if (hugo.isPresent()) {
            // Hugo also writes a redirect page at page/1/ of every paginated list; those are not pages.
            long hugoPages;
            try (Stream<Path> walk = Files.walk(hugoOut)) {
                hugoPages = walk.filter(p -> p.getFileName().toString().endsWith(".html"))
                        .filter(p -> !p.endsWith(Path.of("page", "1", "index.html"))).count();
            }
            rows.add(new Row("hugo full build", size, hugoPages, hugoRuns));
        }
        return rows;
    }

    /** A build of the site, timed. */
    private interface Build {
        Run run() throws IOException, InterruptedException;
    }

    /**
     * Adds an English story dated on the day of the newest one (a copy of {@code text} with a new title, slug and
     * date), builds, and prints how many output files the build changed or added (by size and time) and removed. A
     * story dated later than the build's clock would be scheduled, not published, and change nothing.
     */
    private Run newStory(Path site, Path output, String text, String slug, int day, int size, String how,
            Build build) throws IOException, InterruptedException {
        return newStory(site, output, Map.of("en", text), slug, day, size, how, build);
    }

    /** The same with the story in each language of {@code texts} (language code to a file's text), one file each. */
    private Run newStory(Path site, Path output, Map<String, String> texts, String slug, int day, int size, String how,
            Build build) throws IOException, InterruptedException {
        Map<String, long[]> before = listing(output);
        String date = newestDate(site.resolve("articles"));
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Path added = site.resolve(NEW_STORIES).resolve(slug + "." + text.getKey() + ".md");
            Files.createDirectories(added.getParent());
            Files.writeString(added, text.getValue()
                    .replaceFirst("(?m)^title: .*$", "title: \"A new story " + day + "\"")
                    .replaceFirst("(?m)^date: .*$", "date: \"" + date + "\"")
                    .replaceFirst("(?m)^slug: .*$", "slug: \"" + slug + "\"")
                    .replaceAll("(?m)^(sourceFile|importDigest): .*\\n", ""), StandardCharsets.UTF_8);
        }
        Run run = build.run();
        report(before, listing(output), String.format("N=%,d: new %s %s, built by %s", size, texts.size() == 1
                ? "article" : "story in " + String.join(" and ", texts.keySet()), slug, how), run);
        return run;
    }

    /** Prints and keeps what a build changed in the output, from its listings before and after. */
    private void report(Map<String, long[]> before, Map<String, long[]> after, String what, Run run) {
        long changed = 0;
        long changedBytes = 0;
        for (Map.Entry<String, long[]> file : after.entrySet()) {
            long[] was = before.get(file.getKey());
            if (was == null || was[0] != file.getValue()[0] || was[1] != file.getValue()[1]) {
                changed++;
                changedBytes += file.getValue()[0];
            }
        }
        long removed = before.keySet().stream().filter(p -> !after.containsKey(p)).count();
        outputs.add(String.format("%s: %,d files changed or added (%,d bytes), %,d removed, %,d ms wall, %,d ms CPU%n",
                what, changed, changedBytes, removed, run.wallMs(), run.cpuMs()));
        System.out.print("  " + outputs.get(outputs.size() - 1));
    }

    /**
     * Withdraws an old story ({@code unpublished: true} on its English file withdraws it in both languages), as a
     * newsroom takes one down, and reports what the build changed: what that publish uploads. Then publishes it
     * again, and reports that too: the pages go back to what they were.
     */
    private Run withdrawOldStory(Path site, Path output, int size, String how, Build build)
            throws IOException, InterruptedException {
        Path english = pickArticle(site.resolve("articles"));
        String text = Files.readString(english, StandardCharsets.UTF_8);
        String name = site.resolve("articles").relativize(english).toString();
        Map<String, long[]> before = listing(output);
        Files.writeString(english, text.replaceFirst("(?m)^lang: .*$", "$0\nunpublished: true"),
                StandardCharsets.UTF_8);
        Run run = build.run();
        Map<String, long[]> withdrawn = listing(output);
        report(before, withdrawn, String.format("N=%,d: old story %s withdrawn, built by %s", size, name, how), run);
        Files.writeString(english, text, StandardCharsets.UTF_8);
        Run again = build.run();
        report(withdrawn, listing(output), String.format("N=%,d: the same published again, built by %s", size, how),
                again);
        return run;
    }

    /**
     * Deletes an old story's two files, as a newsroom takes one down for good, and reports what the build changed
     * (the build notes the story's place in {@code deleted.tsv}, so the newer stories keep their pages). Then puts
     * the files back, and reports that too: the story takes its place again, and the pages go back to what they
     * were.
     */
    private Run deleteOldStory(Path site, Path output, int size, String how, Build build)
            throws IOException, InterruptedException {
        Path english = pickArticle(site.resolve("articles"));
        Path chinese = english.resolveSibling(english.getFileName().toString().replace(".en.md", ".zh.md"));
        List<Path> files = Files.exists(chinese) ? List.of(english, chinese) : List.of(english);
        Map<Path, byte[]> texts = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            texts.put(file, Files.readAllBytes(file));
            Files.delete(file);
        }
        String name = site.resolve("articles").relativize(english).toString().replace(".en.md", "");
        Map<String, long[]> before = listing(output);
        Run run = build.run();
        Map<String, long[]> deleted = listing(output);
        report(before, deleted, String.format("N=%,d: old story %s deleted (%d files), built by %s", size, name,
                files.size(), how), run);
        for (Map.Entry<Path, byte[]> file : texts.entrySet()) {
            Files.write(file.getKey(), file.getValue());
        }
        Run again = build.run();
        report(deleted, listing(output), String.format("N=%,d: the same put back, built by %s", size, how), again);
        return run;
    }

    /** The folder the new stories of a run are written to, and removed from. */
    private static final String NEW_STORIES = "articles/new-stories";
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^date: \"(\\d{4}-\\d{2}-\\d{2})");

    /** The date of the newest article under {@code articles}, from the files' {@code date:} lines. */
    private static String newestDate(Path articles) throws IOException {
        String newest = "1970-01-01";
        try (Stream<Path> files = Files.walk(articles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Matcher date = DATE_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (date.find() && date.group(1).compareTo(newest) > 0) {
                    newest = date.group(1);
                }
            }
        }
        return newest;
    }

    private static void removeNewStories(Path site) throws IOException {
        Path dir = site.resolve(NEW_STORIES);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** A pom for the corpus site that uses this version of the plugin, as the README's snippet does. */
    private void writePom(Path site) throws IOException {
        Files.writeString(site.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>bench-site</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.duet</groupId>
                        <artifactId>duet-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(duetVersion()));
    }

    /** The version of Duet this runner was built with, from the project's pom. */
    private static String duetVersion() throws IOException {
        Path pom = Path.of("..", "pom.xml");
        Matcher version = Pattern.compile("<artifactId>duet-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(pom));
        if (!version.find()) {
            throw new IOException("no duet-parent version in " + pom.toAbsolutePath());
        }
        return version.group(1);
    }

    /** {@code mvn -o duet:build} of the site with the project's Maven wrapper, the heap as for the other builds. */
    private Run mvn(Path site, int size) throws IOException, InterruptedException {
        Path wrapper = Path.of("..", "mvnw").toAbsolutePath().normalize();
        List<String> command = List.of(wrapper.toString(), "-o", "-q", "-B", "-f", site.resolve("pom.xml").toString(),
                "duet:build", "-Dduet.baseUrl=https://news.example.org/", "-Dduet.failOnError=false");
        return process(command, site.getParent().resolve("mvn.log"), false,
                Map.of("MAVEN_OPTS", String.join(" ", Stream.concat(Stream.of("-Xmx" + options.xmxFor(size)),
                        options.jvmOptions().stream()).toList())));
    }

    private Run duet(int size, String step, Path site, String xmx) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx" + xmx));
        command.addAll(options.jvmOptions());
        command.addAll(List.of("-cp", classPath, DuetProcess.class.getName(), step, site.toString()));
        if (options.threads() > 0) {
            command.add(String.valueOf(options.threads()));
        }
        return process(command, site.getParent().resolve(step + ".log"), true);
    }

    /** Runs a command under GNU time (when installed) and measures its wall time from here. */
    private Run process(List<String> command, Path log, boolean duet) throws IOException, InterruptedException {
        return process(command, log, duet, Map.of());
    }

    private Run process(List<String> command, Path log, boolean duet, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        Path timeFile = Files.createTempFile("bench-time", ".txt");
        boolean timed = Files.isExecutable(GNU_TIME);
        if (timed) {
            full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeFile.toString()));
        }
        full.addAll(command);
        Path out = Files.createTempFile("bench-out", ".txt");
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        int exit = process.waitFor();
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        String stdout = Files.readString(out);
        Files.delete(out);
        long rssKb = -1;
        long cpuMs = -1;
        if (timed) {
            String times = Files.readString(timeFile);
            Matcher rss = RSS.matcher(times);
            rssKb = rss.find() ? Long.parseLong(rss.group(1)) : -1;
            Matcher user = USER.matcher(times);
            Matcher system = SYSTEM.matcher(times);
            if (user.find() && system.find()) {
                cpuMs = Math.round((Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1))) * 1000);
            }
        }
        Files.deleteIfExists(timeFile);
        if (exit != 0) {
            // A step that runs out of memory is a result, not a reason to stop measuring the others.
            String reason = Files.readAllLines(log).stream().filter(l -> l.contains("Error") || l.contains("Exception"))
                    .findFirst().orElse("see " + log).strip();
            System.out.printf("  FAILED after %,d ms, exit %d: %s%n", wallMs, exit, reason);
            return Run.failed(wallMs, rssKb, "exit " + exit + ": " + reason);
        }
        if (!duet) {
            return new Run(wallMs, -1, -1, 0, 0, -1, -1, rssKb, cpuMs, "");
        }
        Matcher result = RESULT.matcher(stdout);
        if (!result.find()) {
            throw new IOException("no RESULT line from " + String.join(" ", command) + "\n" + stdout);
        }
        Map<String, Long> values = new TreeMap<>();
        for (String pair : result.group(1).trim().split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        if (values.get("errors") > 0) {
            System.out.printf("  warning: %d errors reported, see %s%n", values.get("errors"), log);
        }
        return new Run(wallMs, values.get("inJvmMs"), values.get("written"), values.get("errors"),
                values.get("warnings"), values.get("peakHeap"), values.get("poolPeakSum"), rssKb, cpuMs, "");
    }

    // ---- report -------------------------------------------------------------------------------------------

    private String table(int size, List<Row> rows, String load) {
        StringBuilder t = new StringBuilder();
        String heap = options.importXmxFor(size).equals(options.xmxFor(size)) ? "-Xmx" + options.xmxFor(size)
                : "-Xmx" + options.xmxFor(size) + ", import -Xmx" + options.importXmxFor(size);
        t.append(String.format("%n### N = %,d articles (%s, %s)%n%n", size, heap, load));
        t.append("| step | N | median wall ms | min wall ms | median in-JVM ms | median CPU ms | pages | pages/s | written "
                + "| peak heap MB (sampled / pool sum) | peak RSS MB | runs (wall ms) |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            long wall = row.median(Run::wallMs);
            long inJvm = row.median(Run::inJvmMs);
            String runs = Arrays.toString(row.runs().stream().mapToLong(Run::wallMs).toArray());
            if (!row.ok()) {
                runs += " FAILED: " + row.runs().stream().filter(r -> !r.ok()).map(Run::failure).findFirst().get();
            }
            boolean measured = wall >= 0;
            boolean counted = row.runs().stream().filter(Run::ok).allMatch(r -> r.written() >= 0);
            t.append(String.format("| %s | %,d | %s | %s | %s | %s | %,d | %s | %s | %s | %s | %s |%n", row.step(),
                    size, number(wall), number(row.min(Run::wallMs)), number(inJvm), number(row.median(Run::cpuMs)),
                    row.pages(),
                    measured ? String.format("%,.0f", row.pages() * 1000.0 / Math.max(1, wall)) : "–",
                    !measured ? "–" : counted ? number(row.median(Run::written)) : "all",
                    row.max(Run::peakHeap) < 0 ? "–" : String.format("%,d / %,d", row.max(Run::peakHeap) >> 20,
                            row.max(Run::poolPeakSum) >> 20),
                    row.max(Run::peakRssKb) < 0 ? "–" : String.format("%,d", row.max(Run::peakRssKb) >> 10), runs));
        }
        t.append("\npages: HTML files in the output, without Hugo's page/1/ redirects (for import: source files read); "
                + "pages/s uses the median wall time of the whole process, JVM start included; peak heap and RSS are "
                + "the largest of the runs; the pool sum adds each heap pool's own peak, an upper bound.\n");
        Optional<Row> duet = rows.stream().filter(r -> r.step().equals("full build") && r.ok()).findFirst();
        Optional<Row> hugo = rows.stream().filter(r -> r.step().equals("hugo full build") && r.ok()).findFirst();
        Optional<Row> noChange = rows.stream().filter(r -> r.step().equals("no-change rebuild") && r.ok())
                .findFirst();
        if (duet.isPresent() && hugo.isPresent()) {
            Row d = duet.get();
            Row h = hugo.get();
            double perPageDuet = (double) d.median(Run::wallMs) / d.pages();
            double perPageHugo = (double) h.median(Run::wallMs) / h.pages();
            t.append(String.format("%nDuet/Hugo full build at N=%,d: %.2f× wall time; %.2f× time per HTML page "
                    + "(Duet %.3f ms/page over %,d pages, Hugo %.3f ms/page over %,d pages)%n", size,
                    (double) d.median(Run::wallMs) / h.median(Run::wallMs), perPageDuet / perPageHugo, perPageDuet,
                    d.pages(), perPageHugo, h.pages()));
        }
        if (duet.isPresent() && noChange.isPresent()) {
            t.append(String.format("No-change rebuild / full build at N=%,d: %.0f%% (wall), %.0f%% (in-JVM)%n", size,
                    100.0 * noChange.get().median(Run::wallMs) / duet.get().median(Run::wallMs),
                    100.0 * noChange.get().median(Run::inJvmMs) / duet.get().median(Run::inJvmMs)));
        }
        rows.stream().filter(r -> (r.step().equals("import") || r.step().equals("re-import")) && r.ok())
                .forEach(r -> t.append(String.format("%s at N=%,d: %,.0f files/s (wall), %,.0f files/s (in-JVM)%n",
                        r.step().equals("import") ? "Import" : "Re-import", size,
                        r.pages() * 1000.0 / r.median(Run::wallMs),
                        r.pages() * 1000.0 / Math.max(1, r.median(Run::inJvmMs)))));
        return t.toString();
    }

    /** A count for the table, or a dash where there is none. */
    private static String number(long value) {
        return value < 0 ? "–" : String.format("%,d", value);
    }

    /**
     * What only a run over several sizes shows: how the full build's time per page grows, and the import's rate
     * once the JVM has started and warmed up, from the extra files and the extra time of the larger corpus.
     */
    static String crossSizeSummary(List<Row> rows) {
        List<Row> builds = ofStep(rows, "full build");
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < builds.size(); i++) {
            Row small = builds.get(i - 1);
            Row large = builds.get(i);
            double ratio = ((double) large.median(Run::wallMs) / large.pages())
                    / ((double) small.median(Run::wallMs) / small.pages());
            s.append(String.format("%nFull build time per page, N=%,d vs N=%,d: %.2f×%n", large.size(), small.size(),
                    ratio));
        }
        List<Row> imports = ofStep(rows, "import");
        for (int i = 1; i < imports.size(); i++) {
            Row small = imports.get(i - 1);
            Row large = imports.get(i);
            long files = large.pages() - small.pages();
            long ms = large.median(Run::wallMs) - small.median(Run::wallMs);
            if (files > 0 && ms > 0) {
                s.append(String.format("%nImport of the %,d files past the first %,d (N=%,d less N=%,d, median wall "
                        + "times): %,.0f files/s, %.3f ms a file; JVM start and warm-up excluded%n", files,
                        small.pages(), large.size(), small.size(), files * 1000.0 / ms, (double) ms / files));
            }
        }
        return s.toString();
    }

    /** The rows of one step that succeeded, smallest corpus first. */
    private static List<Row> ofStep(List<Row> rows, String step) {
        return rows.stream().filter(r -> r.step().equals(step) && r.ok() && r.median(Run::wallMs) > 0)
                .sorted(Comparator.comparingInt(Row::size)).toList();
    }

    // ---- files --------------------------------------------------------------------------------------------

    private static long countHtml(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html")).count();
        }
    }

    /** The article in the middle of the sorted list: an ordinary one, neither the newest nor the oldest. */
    /** Each file under the folder, by its path: its size and its modification time in milliseconds. */
    private static Map<String, long[]> listing(Path dir) throws IOException {
        Map<String, long[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(),
                        new long[] {Files.size(file), Files.getLastModifiedTime(file).toMillis()});
            }
        }
        return files;
    }

    private static Path pickArticle(Path articles) throws IOException {
        try (Stream<Path> walk = Files.walk(articles)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(".en.md")).sorted().toList();
            if (files.isEmpty()) {
                throw new IOException("no articles under " + articles);
            }
            return files.get(files.size() / 2);
        }
    }

    /**
     * Moves a folder into the work folder's trash instead of deleting it (unless {@code --delete-before-import}), so
     * that the import timed next does not pay for the deletion. On ext4 without a journal (this VM's disk) the kernel
     * skips over the inodes freed in the last minutes whenever it allocates one: creating the 20,000 article files
     * right after deleting the previous 20,000 cost several seconds of kernel time, more than the import itself. A
     * user's import follows no such deletion. The trash is emptied once every step has been measured.
     */
    private void clear(Path dir) throws IOException {
        if (options.deleteBeforeImport()) {
            deleteTree(dir);
        } else if (Files.exists(dir)) {
            Path trash = trash();
            Files.createDirectories(trash);
            Files.move(dir, trash.resolve(dir.getFileName() + "-" + System.nanoTime()));
        }
    }

    private Path trash() {
        return options.work().resolve("trash").toAbsolutePath();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Optional<String> findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The command line. */
    record Options(List<Integer> sizes, int runs, Path work, long seed, int threads, String xmx, String importXmx,
            boolean hugo, Set<String> steps, boolean deleteBeforeImport, Corpus.Shape shape, boolean mvn,
            List<String> jvmOptions) {

        private static final Set<String> STEPS = Set.of("import", "reimport", "build");


        static Options parse(String[] args) {
            List<Integer> sizes = List.of(1000, 10_000);
            int runs = 3;
            Path work = Path.of("target/bench");
            long seed = Corpus.DEFAULT_SEED;
            int threads = 0;
            String xmx = "";
            String importXmx = "";
            boolean hugo = true;
            Set<String> steps = Set.of("import", "build");
            boolean deleteBeforeImport = false;
            Corpus.Shape shape = Corpus.Shape.NEWS;
            boolean mvn = false;
            List<String> jvmOptions = List.of();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(String::trim)
                            .map(s -> Integer.parseInt(s.replace("_", ""))).toList();
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--work" -> work = Path.of(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--xmx" -> xmx = args[++i];
                    case "--import-xmx" -> importXmx = args[++i];
                    case "--no-hugo" -> hugo = false;
                    case "--delete-before-import" -> deleteBeforeImport = true;
                    case "--shape" -> shape = Corpus.Shape.named(args[++i]);
                    case "--mvn" -> mvn = true;
                    case "--jvm-opts" -> jvmOptions = Stream.of(args[++i].trim().split("\\s+"))
                            .filter(o -> !o.isEmpty()).toList();
                    case "--steps" -> {
                        steps = Set.copyOf(Arrays.asList(args[++i].split(",")));
                        if (!STEPS.containsAll(steps)) {
                            throw new IllegalArgumentException("unknown step in " + steps + "; steps: " + STEPS);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --sizes "
                            + "1000,10000 --runs 3 --work target/bench --seed S --threads T --xmx 512m --import-xmx 512m "
                            + "--no-hugo --steps import,reimport,build --delete-before-import --shape news|wide --mvn "
                            + "--jvm-opts \"-XX:TieredStopAtLevel=1\"");
                }
            }
            return new Options(sizes, runs, work, seed, threads, xmx, importXmx, hugo, steps, deleteBeforeImport,
                    shape, mvn, jvmOptions);
        }

        /** The heap a user would give Duet for a site of this size: 512 MB up to 10,000 articles, 1 GB above. */
        String xmxFor(int size) {
            if (!xmx.isEmpty()) {
                return xmx;
            }
            return size <= 10_000 ? "512m" : "1g";
        }

        /** The import's heap: the build's unless given, since import may need more than the build it feeds. */
        String importXmxFor(int size) {
            return importXmx.isEmpty() ? xmxFor(size) : importXmx;
        }
    }
}
