package dev.duet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built in N shards, each in its own JVM, and merged is the site one build makes, byte for byte and file for
 * file, for N = 1, 2, 3 and 7; and the next ordinary build of the merged output is up to date, and after an edit
 * renders only what the edit changed.
 */
class ShardBuildTest {

    private static final String BUILD_TIME = "2024-06-01T08:00:00+08:00";

    @TempDir
    Path dir;

    /** The configuration the test and the child builds build with. */
    static SiteConfig.Builder config(Path site) {
        return SiteConfig.builder(site).baseUrl(TestSite.BASE_URL).threads(2).pageSize(5).feedSize(8)
                .buildTime(BUILD_TIME);
    }

    static TestSite site(Path dir) throws IOException {
        return TestSite.in(dir).news().stories(40)
                .staticFile("img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".getBytes())
                .staticFile("download/notes.txt", "notes\n".getBytes())
                // A withdrawn story, whose place in the lists and the search index every shard keeps.
                .article("2023/story-12.zh.md", "title: \"新闻第12号\"\nlang: \"zh\"\ndate: \"2023-01-04\"\n"
                        + "slug: \"story-12\"\ntags: [\"经济\"]\nunpublished: true", "撤回。\n");
    }

    @Test
    void shardsMergedAreTheSiteOneBuildMakes() throws Exception {
        TestSite site = site(dir.resolve("site"));
        assertFalse(new Duet(config(site.dir()).build(), BuildListener.silent()).build().hasErrors());
        Map<String, byte[]> whole = TestSite.tree(site.out());
        for (int n : new int[] {1, 2, 3, 7}) {
            String shards = "target/shards-" + n;
            for (int k = 1; k <= n; k++) {
                buildInChild(site.dir(), k + "/" + n, shards);
            }
            int made = 0;
            for (int k = 1; k <= n; k++) {
                int share = TestSite.tree(site.dir().resolve(shards + "/" + k + "-of-" + n + "/site")).size();
                assertTrue(n == 1 || share < whole.size() * 3 / (n + 1), "shard " + k + "/" + n + ": " + share);
                made += share;
            }
            assertEquals(whole.size(), made, "each file made by one of " + n + " shards");
            Path merged = site.dir().resolve("target/merged-" + n);
            MergeResult result = merge(site.dir(), shards, "target/merged-" + n, "target/merged-" + n + "-cache");
            assertFalse(result.hasErrors(), result.problems().toString());
            assertEquals(n, result.shards());
            assertSame(whole, TestSite.tree(merged), n + " shards");
        }
    }

    @Test
    void theBuildAfterAMergeIsIncremental() throws Exception {
        TestSite site = site(dir.resolve("site"));
        for (int k = 1; k <= 3; k++) {
            assertFalse(new Duet(config(site.dir()).shard(k + "/3").build(), BuildListener.silent()).build()
                    .hasErrors());
        }
        // An earlier site in the output: the merge removes what no shard made.
        Files.createDirectories(site.out());
        assertFalse(merge(site.dir(), "target/duet-shards", "target/site", "target/duet").hasErrors());
        BuildResult after = build(config(site.dir()));
        assertTrue(after.upToDate(), after.summary());

        site.article("2024/story-3.en.md", "title: \"Story 3, corrected\"\nlang: \"en\"\ndate: \"2024-04-22\"\n"
                + "slug: \"story-3\"\nviews: 111\ntags: [\"health\", \"culture\"]", "A corrected body.\n");
        BuildResult edited = build(config(site.dir()));
        assertFalse(edited.hasErrors(), edited.problems().toString());
        assertTrue(edited.rendered() < edited.files() / 4, "only the pages the edit changed: " + edited.summary());
        build(config(site.dir()).outputDir("target/fresh").cacheDir("target/fresh-cache"));
        assertSame(TestSite.tree(site.dir().resolve("target/fresh")), TestSite.tree(site.out()), "after an edit");
    }

    @Test
    void aShardBuiltAgainAfterAnEditRendersOnlyWhatTheEditChangedInItsShare() throws Exception {
        TestSite site = site(dir.resolve("site"));
        for (int k = 1; k <= 2; k++) {
            build(config(site.dir()).shard(k + "/2"));
        }
        site.article("2023/story-4.zh.md", "title: \"新闻第4号（更新）\"\nlang: \"zh\"\ndate: \"2023-09-01\"\n"
                + "slug: \"story-4\"\nviews: 148\ntags: [\"体育\", \"环境\"]", "更新后的正文。\n");
        for (int k = 1; k <= 2; k++) {
            BuildResult again = build(config(site.dir()).shard(k + "/2"));
            assertFalse(again.upToDate());
            assertTrue(again.rendered() < again.files() / 4, "shard " + k + "/2: " + again.summary());
        }
        assertFalse(merge(site.dir(), "target/duet-shards", "target/site", "target/duet").hasErrors());
        build(config(site.dir()).outputDir("target/whole").cacheDir("target/whole-cache"));
        assertSame(TestSite.tree(site.dir().resolve("target/whole")), TestSite.tree(site.out()), "after an edit");
    }

    @Test
    void mergingAgainAfterAMergeWasKilledGivesTheSite() throws Exception {
        TestSite site = site(dir.resolve("site"));
        for (int k = 1; k <= 2; k++) {
            build(config(site.dir()).shard(k + "/2"));
        }
        build(config(site.dir()).outputDir("target/whole").cacheDir("target/whole-cache"));
        Map<String, byte[]> whole = TestSite.tree(site.dir().resolve("target/whole"));
        // The state a merge killed while copying leaves: the marker set, some files written, a stale one.
        Files.createDirectories(site.dir().resolve("target/duet"));
        Files.writeString(site.dir().resolve("target/duet/build-under-way.txt"), "stopped\n");
        site.write("target/site/en/index.html", "half a pa");
        site.write("target/site/stale/index.html", "old");
        Files.writeString(site.dir().resolve("target/duet/output-manifest.txt"),
                "en/index.html\nstale/index.html\n.\n");
        assertFalse(merge(site.dir(), "target/duet-shards", "target/site", "target/duet").hasErrors());
        assertSame(whole, TestSite.tree(site.out()), "merged after a stopped merge");
        assertFalse(Files.exists(site.dir().resolve("target/duet/build-under-way.txt")));
    }

    @Test
    void aMergeKilledAtAnyMomentAndMergedAgainGivesTheSite() throws Exception {
        TestSite site = site(dir.resolve("site"));
        for (int k = 1; k <= 3; k++) {
            build(config(site.dir()).shard(k + "/3"));
        }
        build(config(site.dir()).outputDir("target/whole").cacheDir("target/whole-cache"));
        Map<String, byte[]> whole = TestSite.tree(site.dir().resolve("target/whole"));
        long started = System.nanoTime();
        assertEquals(0, child(MergeInChild.class, Long.MAX_VALUE, site.dir().toString(), "target/duet-shards"));
        long mergeNanos = System.nanoTime() - started;
        long seed = Long.getLong("duet.killSeed", System.nanoTime());
        java.util.Random random = new java.util.Random(seed);
        for (int round = 0; round < 4; round++) {
            // An older site in the output each time, so that the killed merge has files to change and remove.
            deleteTree(site.out());
            deleteTree(site.dir().resolve("target/duet"));
            build(config(site.dir()).pageSize(4));
            long delay = (long) ((0.2 + 0.6 * random.nextDouble()) * mergeNanos);
            int exit = child(MergeInChild.class, delay, site.dir().toString(), "target/duet-shards");
            String what = "round " + round + " (seed " + seed + ", killed after " + delay / 1_000_000 + " of "
                    + mergeNanos / 1_000_000 + " ms" + (exit == 0 ? ", which the merge outlived" : "") + ")";
            System.out.println("ShardBuildTest: " + what + (Files.exists(site.dir().resolve(
                    "target/duet/build-under-way.txt")) ? ", the marker left set" : ""));
            MergeResult again = merge(site.dir(), "target/duet-shards", "target/site", "target/duet");
            assertFalse(again.hasErrors(), what + ": " + again.problems());
            assertSame(whole, TestSite.tree(site.out()), what);
            assertTrue(build(config(site.dir())).upToDate(), what + ": the build after the merge");
        }
    }

    /** Runs a main class in a child JVM, killed ({@code kill -9}) after {@code killAfter} ns; its exit value. */
    private static int child(Class<?> main, long killAfter, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(Math.min(killAfter, TimeUnit.MINUTES.toNanos(2)), TimeUnit.NANOSECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return process.exitValue();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static MergeResult merge(Path site, String shards, String output, String cache) throws IOException {
        return new Duet(config(site).outputDir(output).cacheDir(cache).build(), BuildListener.silent())
                .merge(Path.of(shards));
    }

    private static BuildResult build(SiteConfig.Builder config) throws IOException {
        return new Duet(config.build(), BuildListener.silent()).build();
    }

    private static void buildInChild(Path site, String shard, String shards) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ShardInChild.class.getName(), site.toString(), shard,
                shards));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "shard " + shard + " finished");
        assertEquals(0, process.exitValue(), "shard " + shard + ": " + output);
    }

    static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the same files");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), what + ": " + path));
    }

    @Test
    void aShardWhoseCacheFolderCannotBeWrittenFailsWithAnIOErrorThatNamesIt() throws IOException {
        TestSite site = site(dir);
        Path cache = site.dir().resolve("target/duet-shards/1-of-2/cache");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "not a folder");
        IOException failed = assertThrows(IOException.class,
                () -> new Duet(config(site.dir()).shard("1/2").build(), BuildListener.silent()).build());
        assertTrue(failed.getMessage().contains(cache.toString()), failed.getMessage());
    }
}
