package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build tells of each article file the last build read that is gone, and where its place is kept (or, when it
 * cannot be, that the newer stories move up); the builds after it do not, and a withdrawn story is no such warning.
 */
class DeletedArticlesTest {

    @TempDir
    Path dir;

    private List<Problem> deleted(TestSite site) {
        List<Problem> found = site.problems().stream().filter(p -> p.code().equals("build.article-deleted")).toList();
        site.problems().clear();
        return found;
    }

    @Test
    void aDeletedFileIsToldByTheBuildAfterItAndAWithdrawnStoryNever() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        assertEquals(List.of(), deleted(site));

        Files.delete(dir.resolve("articles/2023/story-2.en.md"));
        assertFalse(site.build().hasErrors(), "a warning, not an error");
        List<Problem> told = deleted(site);
        assertEquals(1, told.size(), told.toString());
        assertEquals("articles/2023/story-2.en.md", told.get(0).file());
        assertTrue(told.get(0).message().contains("its story's place in its lists and in the search index is kept in"
                + " deleted.tsv"), told.get(0).message());
        assertFalse(told.get(0).isError());

        // A build that finds the site up to date tells that build's problems again; the next build that runs
        // does not know the file.
        assertTrue(site.build().upToDate());
        assertEquals(1, deleted(site).size());
        Path zh = dir.resolve("articles/2023/story-4.zh.md");
        Files.writeString(zh, Files.readString(zh).replaceFirst("\n---", "\nunpublished: true\n---"));
        assertFalse(site.build().upToDate());
        assertEquals(List.of(), deleted(site), "a withdrawn story is no file gone");
    }

    @Test
    void aFileGoneIsFoundAfterABuildThatStoppedHalfway() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        Files.delete(dir.resolve("articles/2023/story-2.en.md"));
        // What a build killed right after its up-to-date check leaves: no snapshot that speaks for the output, and
        // the marker of a build under way.
        Path cache = dir.resolve("target/duet");
        dev.duet.output.BuildSnapshot.setAside(cache);
        Files.writeString(cache.resolve("build-under-way.txt"), "a build stopped\n");
        assertFalse(site.build().hasErrors());
        List<Problem> told = deleted(site);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).message().contains("kept in deleted.tsv"), told.get(0).message());
        assertTrue(Files.readString(dir.resolve("deleted.tsv")).contains("articles/2023/story-2\t"));
        assertFalse(Files.exists(cache.resolve("build-snapshot-set-aside.txt")), "a build finished: its own only");
    }

    @Test
    void aStoryPublishedByAFirstBuildWithErrorsKeepsItsPlaceWhenItsFileGoes() throws IOException {
        TestSite site = withGoodAndBroken(TestSite.in(dir).stories(6));
        assertTrue(site.build().hasErrors());
        assertTrue(site.exists("en/2025/07/good/index.html"), "published though the build had errors");
        assertGoodStoryNotedOnceGone(site);
    }

    @Test
    void aStoryPublishedByABuildWithErrorsAfterAFinishedOneKeepsItsPlaceWhenItsFileGoes() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        withGoodAndBroken(site);
        assertTrue(site.build().hasErrors());
        assertTrue(site.exists("en/2025/07/good/index.html"), "published though the build had errors");
        site.problems().clear();
        assertFalse(site.build().upToDate(), "a build with errors is never taken as up to date");
        assertGoodStoryNotedOnceGone(site);
    }

    private static TestSite withGoodAndBroken(TestSite site) throws IOException {
        return site.article("2025/t/good.en.md", "title: \"Good story\"\nlang: en\ndate: 2025-07-10", "Text.")
                .article("2025/t/err.en.md", "title: \"Err\nlang: en\ndate: 2025-07-11", "Text.");
    }

    private void assertGoodStoryNotedOnceGone(TestSite site) throws IOException {
        site.problems().clear();
        deleteTree(dir.resolve("articles/2025/t"));
        assertFalse(site.build().hasErrors());
        List<Problem> all = deleted(site);
        List<Problem> told = all.stream().filter(p -> p.file().equals("articles/2025/t/good.en.md")).toList();
        assertEquals(1, told.size(), all.toString());
        assertTrue(told.get(0).message().contains("kept in deleted.tsv"), told.get(0).message());
        // The broken file was left out of the last build: its going moves nothing, and is not told.
        assertEquals(told, all);
        String places = Files.readString(dir.resolve("deleted.tsv"));
        assertTrue(places.contains("articles/2025/t/good\ten/2025/"), places);
        assertFalse(site.exists("en/2025/07/good/index.html"));
    }

    @Test
    void aFileEditedOrAddedSinceTheReadCacheWasWrittenKeepsItsPlaceAsItLastWas() throws IOException {
        // Forty files: a build that reads one or two again does not write the whole read cache again.
        TestSite site = TestSite.in(dir).stories(20);
        assertFalse(site.build().hasErrors());
        Path edited = dir.resolve("articles/2023/story-4.en.md");
        Files.writeString(edited, Files.readString(edited).replaceFirst("tags: \\[[^]]*]", "tags: [\"a new tag\"]"));
        assertFalse(site.build().hasErrors());
        Files.delete(edited);
        assertFalse(site.build().hasErrors());
        List<Problem> told = deleted(site);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).message().contains("kept in deleted.tsv"), told.get(0).message());
        String places = Files.readString(dir.resolve("deleted.tsv"));
        assertTrue(places.contains("articles/2023/story-4\ten/2023/"), places);
        assertTrue(places.contains("\ta new tag\t"), "its place in the lists it was on last: " + places);
    }

    @Test
    void aDeskOrCheckRunOnAFileEditedSinceTheBuildLeavesTheBuildsReadingForTheNoteOfItsPlace() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        Path en = dir.resolve("articles/2023/story-4.en.md");
        Files.writeString(en, Files.readString(en) + "\nA translator's new paragraph.\n");
        site.duet().translations();
        site.duet().check();
        Files.delete(en);
        Files.delete(dir.resolve("articles/2023/story-4.zh.md"));
        assertFalse(site.build().hasErrors());
        List<Problem> told = deleted(site);
        assertEquals(2, told.size(), told.toString());
        told.forEach(p -> assertTrue(p.message().contains("kept in deleted.tsv"), p.message()));
        String places = Files.readString(dir.resolve("deleted.tsv"));
        assertTrue(places.contains("\tzh/2023/") && places.contains("\ten/2023/"), "both languages' places: " + places);
    }

    @Test
    void aForcedBuildNotesThePlaceOfAFileGoneAsAnother() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        Files.delete(dir.resolve("articles/2023/story-2.en.md"));
        assertFalse(site.duet(site.config().force(true).build()).build().hasErrors());
        List<Problem> told = deleted(site);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).message().contains("kept in deleted.tsv"), told.get(0).message());
    }

    @Test
    void aFileRenamedIsNoDeletionAndItsOldAddressIsAPageGone() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        Path old = dir.resolve("articles/2023/story-2.en.md");
        Files.writeString(dir.resolve("articles/2023/story-2-renamed.en.md"),
                Files.readString(old).replace("slug: \"story-2\"", "slug: \"story-2-renamed\""));
        Files.delete(old);
        assertFalse(site.build().hasErrors());
        List<Problem> told = deleted(site);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).message().contains("articles/2023/story-2-renamed.en.md has its title and date"),
                told.get(0).message());
        assertFalse(Files.exists(dir.resolve("deleted.tsv")), "no place kept");
        assertTrue(site.duet(site.config().build()).check().stream()
                .anyMatch(p -> p.code().equals("check.page-gone") && p.message().contains("/story-2/")),
                "its old address is a page gone, to be given as an alias");
    }

    @Test
    void aFileWhoseReadingIsNotKeptCannotKeepItsPlaceAndTheWarningSaysSo() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        Files.delete(dir.resolve("target/duet/articles-read.bin"));
        Files.deleteIfExists(dir.resolve("target/duet/articles-read-recent.bin"));
        Files.delete(dir.resolve("articles/2023/story-2.en.md"));
        assertFalse(site.build().hasErrors());
        List<Problem> told = deleted(site);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).message().contains("unpublished: true"), told.get(0).message());
        assertFalse(Files.exists(dir.resolve("deleted.tsv")));
    }

    @Test
    void manyFilesGoneAreOneWarningOnTheArticlesFolder() throws IOException {
        TestSite site = TestSite.in(dir).stories(14);
        assertFalse(site.build().hasErrors());
        for (int i = 0; i < 12; i++) {
            Files.delete(dir.resolve("articles/20" + (23 + i % 2) + "/story-" + i + ".en.md"));
        }
        site.build();
        List<Problem> told = deleted(site);
        assertEquals(1, told.size(), told.toString());
        assertEquals("articles", told.get(0).file());
        assertTrue(told.get(0).message().startsWith("12 article files read by the last build are gone"),
                told.get(0).message());
        assertTrue(told.get(0).message().contains("kept in deleted.tsv"), told.get(0).message());
    }

    @Test
    void theMemoryOfAnotherSiteNotesNoPlaceAndTheOutputIsACleanBuilds() throws IOException {
        TestSite a = TestSite.in(dir.resolve("a")).stories(5);
        TestSite b = TestSite.in(dir.resolve("b")).stories(20);
        assertFalse(a.build().hasErrors());
        assertFalse(b.build().hasErrors());
        deleteTree(dir.resolve("a/target/duet"));
        TestSite.copy(dir.resolve("b/target/duet"), dir.resolve("a/target/duet"));
        a.problems().clear();

        assertFalse(a.build().hasErrors(), a.problems().toString());

        List<Problem> told = deleted(a);
        assertEquals(1, told.size(), told.toString());
        assertEquals("articles", told.get(0).file());
        assertTrue(told.get(0).message().startsWith("30 of the 40 article files the last build read are gone: more"
                + " than half, which is more like the memory (target/duet) of another site or checkout than"
                + " deletions; their places are not noted in deleted.tsv, and the newer stories move up."),
                told.get(0).message());
        assertFalse(Files.exists(dir.resolve("a/deleted.tsv")), "no place noted");
        TestSite.copy(dir.resolve("a/articles"), dir.resolve("clean/articles"));
        Files.copy(dir.resolve("a/glossary.yaml"), dir.resolve("clean/glossary.yaml"));
        TestSite clean = TestSite.in(dir.resolve("clean"));
        assertFalse(clean.build().hasErrors());
        TestSite.assertSameTree(clean.outputTree(), a.outputTree());
        // Up to date, the next build tells the same again; one that runs finds nothing gone.
        assertTrue(a.build().upToDate());
        assertEquals(1, deleted(a).size());
        Path zh = dir.resolve("a/articles/2023/story-4.zh.md");
        Files.writeString(zh, Files.readString(zh).replace("这是第4篇新闻", "这是第四篇新闻"));
        assertFalse(a.build().upToDate());
        assertEquals(List.of(), deleted(a), "the next build finds nothing gone");
        assertFalse(Files.exists(dir.resolve("a/deleted.tsv")));
    }

    @Test
    void withoutNoteDeletionsACacheOfAnotherBranchGivesACleanBuildsOutput() throws IOException {
        // A branch with one story more, built: its target/ is what a CI cache restores on the main branch.
        TestSite branch = TestSite.in(dir.resolve("branch")).stories(12);
        TestSite.copy(dir.resolve("branch/articles"), dir.resolve("main/articles"));
        Files.copy(dir.resolve("branch/glossary.yaml"), dir.resolve("main/glossary.yaml"));
        Files.delete(dir.resolve("main/articles/2023/story-2.en.md"));
        Files.delete(dir.resolve("main/articles/2023/story-2.zh.md"));
        assertFalse(branch.build().hasErrors());
        TestSite.copy(dir.resolve("branch/target"), dir.resolve("main/target"));
        TestSite main = TestSite.in(dir.resolve("main"));

        assertFalse(main.duet(main.config().noteDeletions(false).build()).build().hasErrors());

        assertEquals(List.of(), deleted(main), "nothing noted, nothing told");
        assertFalse(Files.exists(dir.resolve("main/deleted.tsv")));
        TestSite.copy(dir.resolve("main/articles"), dir.resolve("clean/articles"));
        Files.copy(dir.resolve("main/glossary.yaml"), dir.resolve("clean/glossary.yaml"));
        TestSite clean = TestSite.in(dir.resolve("clean"));
        assertFalse(clean.build().hasErrors());
        TestSite.assertSameTree(clean.outputTree(), main.outputTree());
        // The same cache with the default notes the story main never had as deleted, and keeps a gap for it.
        deleteTree(dir.resolve("main/target"));
        TestSite.copy(dir.resolve("branch/target"), dir.resolve("main/target"));
        assertFalse(main.build().hasErrors());
        assertEquals(2, deleted(main).size());
        assertTrue(Files.readString(dir.resolve("main/deleted.tsv")).contains("articles/2023/story-2\t"));
    }

    @Test
    void halfTheFilesGoneOrFewerThanTenKeepTheirPlaces() throws IOException {
        TestSite site = TestSite.in(dir).stories(10);
        assertFalse(site.build().hasErrors());
        for (int i = 0; i < 5; i++) {
            Files.delete(dir.resolve("articles/20" + (23 + i % 2) + "/story-" + i + ".en.md"));
            Files.delete(dir.resolve("articles/20" + (23 + i % 2) + "/story-" + i + ".zh.md"));
        }
        assertFalse(site.build().hasErrors());
        List<Problem> told = deleted(site);
        assertEquals(10, told.size(), "ten of twenty: " + told);
        assertTrue(told.stream().allMatch(p -> p.message().contains("kept in deleted.tsv")), told.toString());
        assertEquals(10, Files.readAllLines(dir.resolve("deleted.tsv")).stream()
                .filter(line -> !line.startsWith("#")).count());

        TestSite few = TestSite.in(dir.resolve("few")).stories(6);
        assertFalse(few.build().hasErrors());
        for (int i = 0; i < 9; i++) {
            Files.delete(dir.resolve("few/articles/20" + (23 + i / 2 % 2) + "/story-" + i / 2
                    + (i % 2 == 0 ? ".en.md" : ".zh.md")));
        }
        assertFalse(few.build().hasErrors());
        told = deleted(few);
        assertEquals(9, told.size(), "nine of twelve: " + told);
        assertTrue(told.stream().allMatch(p -> p.message().contains("kept in deleted.tsv")), told.toString());
    }

    @Test
    void aPlaceThatCannotBeNotedStopsTheBuildBeforeItsPagesAndIsNotedByTheNextOne() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        Path page = dir.resolve("target/site/en/2023/11/story-2/index.html");
        assertTrue(Files.isRegularFile(page), "the page the story had");
        Files.delete(dir.resolve("articles/2023/story-2.en.md"));
        Files.createDirectories(dir.resolve("deleted.tsv"));

        IOException stopped = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, site::build);
        assertTrue(stopped.getMessage().startsWith("deleted.tsv: cannot be written"), stopped.getMessage());
        assertTrue(Files.isRegularFile(page), "no page written or removed");

        // Still stopped at the next build, which finds the same file gone: the place is not lost meanwhile.
        site.problems().clear();
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, site::build);
        Files.delete(dir.resolve("deleted.tsv"));
        site.problems().clear();
        assertFalse(site.build().hasErrors());
        assertTrue(Files.readString(dir.resolve("deleted.tsv")).contains("articles/2023/story-2\t"));
        assertFalse(Files.exists(page));
        assertTrue(deleted(site).get(0).message().contains("kept in deleted.tsv"));
    }

    @Test
    void aDeletionAfterABuildWhoseSnapshotIsCutShortKeepsItsPlaceOrIsTold() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        Path snapshot = dir.resolve("target/duet/build-snapshot.txt");
        byte[] whole = Files.readAllBytes(snapshot);
        // Its outputs lost, as a cache restored in part leaves it: its inputs still say what the last build read.
        Files.write(snapshot, java.util.Arrays.copyOf(whole, whole.length * 3 / 4));
        Files.delete(dir.resolve("articles/2023/story-2.en.md"));
        Files.delete(dir.resolve("articles/2023/story-2.zh.md"));
        site.problems().clear();

        site.build();

        assertTrue(Files.readString(dir.resolve("deleted.tsv")).contains("articles/2023/story-2\t"));
        assertEquals(2, deleted(site).size(), site.problems().toString());

        // Cut short before the article files it read: the deletion cannot keep its place, and the build says so.
        assertFalse(site.build().hasErrors());
        Files.write(snapshot, java.util.Arrays.copyOf(Files.readAllBytes(snapshot), 40));
        Files.delete(dir.resolve("articles/2023/story-4.en.md"));
        Files.delete(dir.resolve("articles/2023/story-4.zh.md"));
        site.problems().clear();
        site.build();
        List<Problem> told = site.problems().stream().filter(p -> p.code().equals("build.snapshot-unreadable"))
                .toList();
        assertEquals(1, told.size(), site.problems().toString());
        assertEquals("target/duet", told.get(0).file());
        assertTrue(told.get(0).message().contains("cannot tell an article file deleted since"),
                told.get(0).message());
    }

    @Test
    void aBuildWithoutTheLastBuildsCacheFolderNamesThePagesItDidNotMake() throws IOException {
        TestSite site = TestSite.in(dir).stories(6);
        assertFalse(site.build().hasErrors());
        assertTrue(site.problems().stream().noneMatch(p -> p.code().equals("build.unknown-output")),
                "a first build into no output folder: " + site.problems());
        Files.delete(dir.resolve("articles/2023/story-2.en.md"));
        Files.delete(dir.resolve("articles/2023/story-2.zh.md"));
        deleteTree(dir.resolve("target/duet"));
        site.problems().clear();
        assertTrue(Files.isRegularFile(dir.resolve("target/site/en/2023/11/story-2/index.html")));

        assertTrue(site.build().hasErrors(), "a page it did not make would be published");

        List<Problem> told = site.problems().stream().filter(p -> p.code().equals("build.unknown-output")).toList();
        assertEquals(1, told.size(), site.problems().toString());
        assertTrue(told.get(0).message().contains("en/2023/11/story-2/index.html"), told.get(0).message());
        assertTrue(told.get(0).message().contains("delete the output folder"), told.get(0).message());
        assertTrue(Files.isRegularFile(dir.resolve("target/site/en/2023/11/story-2/index.html")), "left in place");
        site.problems().clear();
        assertTrue(site.build().hasErrors(), "told again, until it is gone");
        deleteTree(dir.resolve("target/site"));
        site.problems().clear();
        assertFalse(site.build().hasErrors(), site.problems().toString());
        assertFalse(Files.exists(dir.resolve("target/site/en/2023/11/story-2/index.html")));
        site.problems().clear();
        assertTrue(site.build().upToDate());
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
