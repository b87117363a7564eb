package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge refuses shards that are not the N shares of one build, with an error that names the shard, and then
 * leaves the output as it was.
 */
class ShardMergeTest {

    @TempDir
    Path dir;

    private Path site;

    @BeforeEach
    void threeShards() throws IOException {
        site = ShardBuildTest.site(dir.resolve("site")).dir();
        for (int k = 1; k <= 3; k++) {
            shard(k + "/3", "target/duet-shards");
        }
    }

    @Test
    void mergesThreeShards() throws IOException {
        assertTrue(merge().problems().isEmpty());
    }

    @Test
    void aStoryDeletedAfterAMergeKeepsItsPlaceAtTheNextWholeBuild() throws IOException {
        assertTrue(merge().problems().isEmpty());
        Duet whole = new Duet(ShardBuildTest.config(site).build(), BuildListener.silent());
        assertTrue(whole.build().upToDate(), "the merge is the whole build's output");
        Path gone;
        try (Stream<Path> articles = Files.walk(site.resolve("articles"))) {
            gone = articles.filter(p -> p.toString().endsWith(".en.md")).sorted().findFirst().orElseThrow();
        }
        Files.delete(gone);

        BuildResult built = whole.build();

        assertTrue(built.problems().stream().anyMatch(p -> p.code().equals("build.article-deleted")
                && p.message().contains("kept in deleted.tsv")), built.problems().toString());
        assertTrue(Files.isRegularFile(site.resolve("deleted.tsv")));
    }

    @Test
    void mergesAShardBuiltOnAnotherMachineInAFolderAtAnotherPath() throws IOException {
        // As a CI matrix runs it: each runner checks the site out (new file times) into its own workspace.
        Path runner = dir.resolve("workspace@2/site");
        TestSite.copy(site, runner);
        deleteTree(runner.resolve("target"));
        deleteTree(shards().resolve("3-of-3"));
        BuildResult built = new Duet(ShardBuildTest.config(runner).shard("3/3").build(), BuildListener.silent())
                .build();
        assertFalse(built.hasErrors(), built.problems().toString());
        TestSite.copy(runner.resolve("target/duet-shards/3-of-3"), shards().resolve("3-of-3"));

        MergeResult merged = merge();
        assertTrue(merged.problems().isEmpty(), merged.problems().toString());
    }

    @Test
    void refusesAMissingShard() throws IOException {
        deleteTree(shards().resolve("2-of-3"));
        assertRefused("merge.missing-shard", "shard 2/3 is missing");
    }

    @Test
    void refusesAShardThereTwice() throws IOException {
        TestSite.copy(shards().resolve("2-of-3"), shards().resolve("shard-2"));
        assertRefused("merge.duplicate-shard", "shard 2/3 is here twice, in 2-of-3 and shard-2");
    }

    @Test
    void refusesShardsOfAnotherCount() throws IOException {
        shard("2/2", "target/other");
        TestSite.copy(site.resolve("target/other/2-of-2"), shards().resolve("2-of-2"));
        assertRefused("merge.mixed-count", "shard 2/2 was built as one of 2 shards");
    }

    @Test
    void refusesAShardOfOtherInputs() throws IOException {
        deleteTree(shards().resolve("3-of-3"));
        new Duet(ShardBuildTest.config(site).buildTime("2024-06-02").shard("3/3").build(), BuildListener.silent())
                .build();
        assertRefused("merge.other-inputs", "shard 3/3 (3-of-3) was built from other inputs or configuration");

        deleteTree(shards().resolve("3-of-3"));
        Files.writeString(site.resolve("articles/2024/story-1.en.md"), "---\ntitle: \"Edited\"\nlang: \"en\"\n---\n\nX");
        shard("3/3", "target/duet-shards");
        assertRefused("merge.other-inputs", "shard 3/3 (3-of-3) was built from other inputs or configuration");
    }

    @Test
    void refusesAShardThatDidNotFinish() throws IOException {
        Files.delete(shards().resolve("1-of-3/shard.txt"));
        assertRefused("merge.unfinished", "the shard in 1-of-3 has no shard.txt");
    }

    @Test
    void refusesTwoShardsWithTheSameFile() throws IOException {
        Path manifest = shards().resolve("3-of-3/cache/output-manifest.txt");
        String first = Files.readAllLines(shards().resolve("1-of-3/cache/output-manifest.txt")).get(0);
        String listed = Files.readString(manifest);
        Files.writeString(manifest, listed.substring(0, listed.length() - 2) + first + "\n.\n");
        assertRefused("merge.same-file", "shards 1/3 and 3/3 both made " + first);
    }

    @Test
    void refusesAShardWhoseListOfFilesIsDamagedAndNamesIt() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Files.write(shards().resolve("2-of-3/cache/output-manifest.txt"), noise);
        assertRefused("merge.unfinished", "shard 2/3 has a damaged list of its files in cache/");
    }

    @Test
    void aShardWhoseRenderCacheIsDamagedStillMerges() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path cache = shards().resolve("2-of-3/cache/render-cache.txt");
        Files.write(cache, (Files.readAllLines(cache).get(0) + "\n").getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        Files.write(cache, noise, java.nio.file.StandardOpenOption.APPEND);
        assertTrue(merge().problems().isEmpty());
    }

    @Test
    void refusesAFolderWithoutShards() throws IOException {
        MergeResult result = new Duet(ShardBuildTest.config(site).build(), BuildListener.silent())
                .merge(Path.of("target/nothing-here"));
        assertEquals(List.of("merge.no-shards"), result.problems().stream().map(Problem::code).toList());
    }

    @Test
    void refusesAFileOfAShardThatIsALink() throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(shards().resolve("1-of-3/site/passwd.txt"), passwd);
        Path manifest = shards().resolve("1-of-3/cache/output-manifest.txt");
        String listed = Files.readString(manifest);
        Files.writeString(manifest, listed.substring(0, listed.length() - 2) + "passwd.txt\n.\n");
        assertRefused("merge.link", "shard 1/3 has a link at site/passwd.txt to " + passwd);
    }

    @Test
    void refusesAFolderOfAShardThatIsALink() throws IOException {
        Path shardSite = shards().resolve("2-of-3/site");
        String listed = Files.readAllLines(shards().resolve("2-of-3/cache/output-manifest.txt")).stream()
                .filter(path -> path.contains("/")).findFirst().orElseThrow();
        String folder = listed.substring(0, listed.indexOf('/'));
        Path moved = dir.resolve("elsewhere");
        Files.move(shardSite.resolve(folder), moved);
        Files.createSymbolicLink(shardSite.resolve(folder), moved);
        assertRefused("merge.link", "shard 2/3 has a link at site/" + folder + " to " + moved);
    }

    @Test
    void writesNothingThroughAFolderOfTheOutputThatIsALink() throws IOException {
        assertTrue(merge().problems().isEmpty());
        Path tags = site.resolve("target/site/zh/tags");
        Path outside = dir.resolve("outside");
        Files.move(tags, outside);
        Files.writeString(outside.resolve("index.html"), "V2");
        Files.createSymbolicLink(tags, outside);
        var before = TestSite.tree(outside);

        MergeResult merged = merge();

        assertTrue(merged.hasErrors());
        assertTrue(merged.problems().stream().anyMatch(p -> p.code().equals("build.output-link")
                && p.file().equals("zh/tags")), merged.problems().toString());
        TestSite.assertSameTree(before, TestSite.tree(outside));
        Files.delete(tags);
        assertTrue(merge().problems().isEmpty());
        assertTrue(Files.isRegularFile(tags.resolve("index.html")));
    }

    private void assertRefused(String code, String message) throws IOException {
        site.resolve("target/site").toFile().mkdirs();
        Files.writeString(site.resolve("target/site/index.html"), "the site before", StandardCharsets.UTF_8);
        MergeResult result = merge();
        assertTrue(result.hasErrors());
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals(code) && p.message().contains(message)
                && p.file().startsWith("target/")), result.problems().toString());
        assertEquals(List.of("index.html"), List.copyOf(TestSite.tree(site.resolve("target/site")).keySet()),
                "nothing written");
        assertFalse(Files.exists(site.resolve("target/duet/render-cache.txt")), "no cache written");
    }

    private MergeResult merge() throws IOException {
        return ShardBuildTest.merge(site, "target/duet-shards", "target/site", "target/duet");
    }

    private void shard(String shard, String shards) throws IOException {
        BuildResult result = new Duet(ShardBuildTest.config(site).shard(shard).shardsDir(shards).build(),
                BuildListener.silent()).build();
        assertFalse(result.hasErrors(), result.problems().toString());
    }

    private Path shards() {
        return site.resolve("target/duet-shards");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
