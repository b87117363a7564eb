package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped at any point — the process killed, an I/O error, an exception — leaves nothing the next build
 * trusts: the next build's output equals a clean build of the same inputs, byte for byte and file for file, whether
 * the inputs were changed back in between or kept. The kill test runs the build in a child JVM ({@link BuildInChild})
 * and kills it at a random moment of its run; the seed it prints, given back as {@code -Dduet.killSeed=}, replays the
 * same edits and delays.
 */
class InterruptedBuildTest {

    private static final String[] ZH_TAGS = {"经济", "外交", "科技", "文化", "体育", "环境", "教育", "卫生", "交通",
        "农业", "能源", "金融"};
    private static final String[] EN_TAGS = {"economy", "diplomacy", "technology", "culture", "sports", "environment",
        "education", "health", "transport", "agriculture", "energy", "finance"};
    private static final int ARTICLES = 200;
    private static final int ROUNDS = 7;
    /** No round starts after this many seconds of rounds, so that a slow machine bounds the test's time. */
    private static final long ROUNDS_SECONDS = 30;

    @TempDir
    Path dir;

    /** The configuration the test and the child build with. */
    static SiteConfig.Builder config(Path site) {
        return SiteConfig.builder(site).baseUrl("https://news.example.org/").threads(2).pageSize(10).feedSize(20);
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesNothingTheNextBuildTrusts() throws Exception {
        long seed = Long.getLong("duet.killSeed", System.nanoTime());
        System.out.println("InterruptedBuildTest seed: " + seed + " (replay with -Dduet.killSeed=" + seed + ")");
        Random random = new Random(seed);
        Path site = dir.resolve("site");
        Map<String, String> inputs = new TreeMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            addStory(inputs, i);
        }
        inputs.put("glossary.yaml", glossary());
        apply(site, inputs);
        Reference references = new Reference(site);
        // The first build is a clean one.
        assertFalse(build(site).hasErrors());
        references.add(inputs, listing(site.resolve("target/site")));

        // One build like those the rounds kill, uninterrupted, measures how long they take.
        int next = ARTICLES;
        apply(site, edit(inputs, random, next));
        next += 3;
        long started = System.nanoTime();
        assertEquals(0, child(site, Long.MAX_VALUE), "an uninterrupted build in a child JVM");
        long buildNanos = System.nanoTime() - started;
        apply(site, inputs);
        build(site);
        assertSameOutput(references.of(inputs), site, "an uninterrupted build, its inputs restored");

        long roundsEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(ROUNDS_SECONDS);
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS && (round < 2 || System.nanoTime() < roundsEnd); round++) {
            Map<String, String> changed = edit(inputs, random, next);
            next += 3;
            apply(site, changed);
            long delay = (long) (random.nextDouble() * buildNanos);
            int exit = child(site, delay);
            boolean keep = random.nextInt(3) == 0;
            if (keep) {
                inputs = changed;
            } else {
                apply(site, inputs);
            }
            String what = "round " + round + " (seed " + seed + "): killed after " + delay / 1_000_000 + " of "
                    + buildNanos / 1_000_000 + " ms" + (exit == 0 ? ", which the build outlived" : "") + ", inputs "
                    + (keep ? "kept" : "restored");
            rounds.add(what);
            BuildResult result = build(site);
            assertFalse(result.hasErrors(), what + ": " + result.problems());
            Map<String, String> expected = references.of(inputs);
            assertSameOutput(expected, site, what + "; the build after");
            BuildResult again = build(site);
            assertEquals(0, again.written(), what + ": a build without changes writes nothing");
            assertSameOutput(expected, site, what + "; a build without changes after it");
        }
        System.out.println("InterruptedBuildTest: " + String.join("; ", rounds));
    }

    private static BuildResult build(Path site) throws IOException {
        return new Duet(config(site).build(), BuildListener.silent()).build();
    }

    @Test
    void aBuildThatFailsHalfwayLeavesNothingTheNextBuildTrusts() throws Exception {
        Path site = dir.resolve("site");
        Map<String, String> inputs = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            addStory(inputs, i);
        }
        inputs.put("glossary.yaml", glossary());
        apply(site, inputs);
        assertFalse(new Duet(config(site).build(), BuildListener.silent()).build().hasErrors());

        Map<String, String> changed = edit(inputs, new Random(3), 40);
        apply(site, changed);
        // A folder where the build must write a page (written after the search index and some pages): the build
        // fails with an I/O error, as on a full disk.
        Path blocker = site.resolve("target/site/" + page(40, "en"));
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("in-the-way.txt"), "x");
        assertThrows(IOException.class, () -> new Duet(config(site).build(), BuildListener.silent()).build());

        deleteTree(blocker);
        apply(site, inputs);
        List<String> infos = Collections.synchronizedList(new ArrayList<>());
        BuildResult result = new Duet(config(site).build(), infoTo(infos)).build();
        assertFalse(result.hasErrors(), result.problems().toString());
        assertSameOutput(new Reference(site).of(inputs), site, "the build after a failed one");
        assertTrue(infos.contains("The last build did not finish: rendering every page"), infos.toString());
        assertEquals(result.files(), result.rendered(), "every file rendered: " + result.summary());
        assertEquals(0, new Duet(config(site).build(), BuildListener.silent()).build().written());
    }

    private static BuildListener infoTo(List<String> infos) {
        return new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }
        };
    }

    /**
     * Runs {@link BuildInChild} on the site and kills it after {@code killAfterNanos} unless it ended first.
     * Returns its exit code, or -1 when it was killed.
     */
    private int child(Path site, long killAfterNanos) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("child.log");
        // C1 alone and one GC thread: a short build in a JVM of its own starts sooner and takes less from the others.
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), BuildInChild.class.getName(), site.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long wait = killAfterNanos == Long.MAX_VALUE ? TimeUnit.MINUTES.toNanos(5) : killAfterNanos;
        if (process.waitFor(wait, TimeUnit.NANOSECONDS)) {
            int exit = process.exitValue();
            if (exit != 0) {
                fail("the child build failed: " + Files.readString(log));
            }
            return exit;
        }
        process.destroyForcibly();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the killed child ends");
        return -1;
    }

    /** Clean builds of the inputs into folders of their own, kept by inputs: a restored site needs no new one. */
    private static final class Reference {
        private final Path site;
        private final Map<String, Map<String, String>> byInputs = new TreeMap<>();

        Reference(Path site) {
            this.site = site;
        }

        /** Notes the output of a clean build of these inputs. */
        void add(Map<String, String> inputs, Map<String, String> output) throws IOException {
            byInputs.put(key(inputs), output);
        }

        Map<String, String> of(Map<String, String> inputs) throws IOException {
            String key = key(inputs);
            Map<String, String> known = byInputs.get(key);
            if (known != null) {
                return known;
            }
            Path out = site.resolve("target/clean-site");
            Path cache = site.resolve("target/clean-cache");
            deleteTree(out);
            deleteTree(cache);
            BuildResult clean = new Duet(config(site).outputDir("target/clean-site").cacheDir("target/clean-cache")
                    .build(), BuildListener.silent()).build();
            assertFalse(clean.hasErrors(), clean.problems().toString());
            Map<String, String> listing = listing(out);
            byInputs.put(key, listing);
            return listing;
        }

        /**
         * The inputs, and the places of deleted stories as the builds noted them in the site's folder: a build that
         * finds the stories a killed build added gone (the inputs restored) keeps their places, as a clean build
         * of the folder does.
         */
        private String key(Map<String, String> inputs) throws IOException {
            Path places = site.resolve(dev.duet.model.DeletedPlaces.FILE_NAME);
            String kept = Files.exists(places) ? Files.readString(places) : "";
            return digest((kept + "\u0000" + String.join("\u0000", inputs.entrySet().stream()
                    .map(e -> e.getKey() + "\u0000" + e.getValue()).toList())).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void assertSameOutput(Map<String, String> expected, Path site, String what) throws IOException {
        Map<String, String> actual = listing(site.resolve("target/site"));
        if (expected.equals(actual)) {
            return;
        }
        Set<String> differ = new TreeSet<>();
        Set<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        for (String path : all) {
            if (!java.util.Objects.equals(expected.get(path), actual.get(path))) {
                differ.add(path + (expected.containsKey(path) ? actual.containsKey(path) ? "" : " (missing)"
                        : " (extra)"));
            }
        }
        fail(what + ": " + differ.size() + " of " + all.size() + " paths differ from a clean build, among them "
                + differ.stream().limit(12).toList());
    }

    /** Every file and folder under {@code root}: a file by a digest of its bytes, a folder by a trailing slash. */
    private static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    if (!name.isEmpty()) {
                        files.put(name + "/", "");
                    }
                } else {
                    files.put(name, digest(Files.readAllBytes(path)));
                }
            }
        }
        return files;
    }

    /** The inputs with 20 titles changed and 3 stories added (numbers {@code next} to {@code next + 2}). */
    private static Map<String, String> edit(Map<String, String> inputs, Random random, int next) {
        Map<String, String> changed = new TreeMap<>(inputs);
        List<String> articles = inputs.keySet().stream().filter(p -> p.startsWith("articles/")).toList();
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < 20) {
            picked.add(articles.get(random.nextInt(articles.size())));
        }
        int edit = random.nextInt(1_000_000);
        for (String path : picked) {
            changed.put(path, changed.get(path).replaceFirst("title: \"([^\"]*)\"", "title: \"$1 (edit " + edit
                    + ")\""));
        }
        for (int i = next; i < next + 3; i++) {
            addStory(changed, i);
        }
        return changed;
    }

    private static String date(int i) {
        return String.format("20%d-%02d-%02d", 23 + i % 2, 1 + (i * 5) % 12, 1 + (i * 7) % 27);
    }

    /** The page of story {@code i} in a language. */
    private static String page(int i, String lang) {
        return lang + "/" + date(i).substring(0, 7).replace('-', '/') + "/story-" + i + "/index.html";
    }

    private static void addStory(Map<String, String> inputs, int i) {
        String date = date(i);
        Random random = new Random(i);
        int a = random.nextInt(ZH_TAGS.length);
        int b = (a + 1 + random.nextInt(ZH_TAGS.length - 1)) % ZH_TAGS.length;
        String folder = "articles/20" + (23 + i % 2) + "/";
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            zh.append("这是第").append(i).append("篇新闻的第").append(p + 1).append("段，记者报道了")
                    .append(ZH_TAGS[(a + p) % ZH_TAGS.length]).append("方面的最新进展和各方的反应。\n\n");
            en.append("Paragraph ").append(p + 1).append(" of story ").append(i).append(" reports the latest on ")
                    .append(EN_TAGS[(a + p) % EN_TAGS.length]).append(" and how the parties concerned responded.\n\n");
        }
        inputs.put(folder + "story-" + i + ".zh.md", article("zh", "新闻标题第" + i + "号", date,
                "\"" + ZH_TAGS[a] + "\", \"" + ZH_TAGS[b] + "\"", zh.toString()));
        inputs.put(folder + "story-" + i + ".en.md", article("en", "Story number " + i, date,
                "\"" + EN_TAGS[a] + "\", \"" + EN_TAGS[b] + "\"", en.toString()));
    }

    private static String article(String lang, String title, String date, String tags, String body) {
        return "---\ntitle: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"" + date + "\"\nslug: \"story-"
                + title.replaceAll("\\D", "") + "\"\ntags: [" + tags + "]\nagency: \"Xinhua\"\n---\n\n" + body;
    }

    private static String glossary() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < ZH_TAGS.length; i++) {
            yaml.append(EN_TAGS[i]).append(": ").append(ZH_TAGS[i]).append('\n');
        }
        return yaml.toString();
    }

    /** Makes the site's input files exactly {@code inputs}: writes what differs, deletes articles not listed. */
    private static void apply(Path site, Map<String, String> inputs) throws IOException {
        Path articles = site.resolve("articles");
        if (Files.isDirectory(articles)) {
            try (Stream<Path> walk = Files.walk(articles)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    if (!inputs.containsKey(site.relativize(file).toString().replace('\\', '/'))) {
                        Files.delete(file);
                    }
                }
            }
        }
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            Path file = site.resolve(input.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file).equals(input.getValue())) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, input.getValue());
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
