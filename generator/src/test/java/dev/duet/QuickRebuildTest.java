package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.serve.RebuildResult;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview rebuilds an edit to an article's text by patching its model and rendering only the pages that show
 * the article. That must give exactly the site a full build gives: after each edit, the full build that follows
 * writes no page the quick one missed, and the output equals a fresh build of the same articles, byte for byte.
 */
class QuickRebuildTest {

    private static final String[] TAGS = {"经济", "外交", "科技", "文化", "体育", "环境"};
    private static final String[] EN_TAGS = {"economy", "diplomacy", "technology", "culture", "sports", "environment"};

    @TempDir
    Path dir;

    @Test
    void textEditsRebuildOnlyTheirPagesAndMatchAFullBuild() throws IOException {
        editAndCompare(60, TAGS.length, 12);
    }

    /** Tags longer than the related-articles window: pages far from an edited article in its tag do not change. */
    @Test
    void editsInLongTagListsReachEveryPageThatNamesThem() throws IOException {
        editAndCompare(160, 2, 6);
    }

    private void editAndCompare(int articles, int tags, int edits) throws IOException {
        Path site = dir.resolve("site");
        writeArticles(site, articles, tags);
        SiteConfig config = SiteConfig.builder(site).baseUrl("https://news.example.org/").pageSize(4).feedSize(5)
                .build();
        PreviewSession duet = Duet.previewing(config, BuildListener.silent());
        assertFalse(duet.build().hasErrors());

        Random random = new Random(7);
        for (int edit = 0; edit < edits; edit++) {
            int n = random.nextInt(articles);
            String lang = random.nextBoolean() ? "zh" : "en";
            Path file = site.resolve("articles/2024/story-" + n + "." + lang + ".md");
            String text = Files.readString(file);
            text = switch (edit % 3) {
                case 0 -> text + "\nAn added paragraph, edit " + edit + ".\n";
                case 1 -> text.replaceFirst("title: \"([^\"]*)\"", "title: \"$1 (edit " + edit + ")\"");
                default -> text.replaceFirst("\n\n", "\n\nA new first paragraph, edit " + edit + ".\n\n");
            };
            Files.writeString(file, text);
            RebuildResult quick = duet.rebuild(Set.of(file));
            assertTrue(quick.ok(), quick.problems().toString());
            assertTrue(duet.owesFullBuild(), "edit " + edit + " took the quick path");
            assertTrue(quick.pagesWritten() > 0);

            RebuildResult settled = duet.settle(() -> false).orElseThrow();
            assertEquals(0, settled.pagesWritten(), "edit " + edit + ": the full build found pages the quick one"
                    + " missed");
            assertFalse(duet.owesFullBuild());
        }

        SiteConfig fresh = SiteConfig.builder(site).baseUrl("https://news.example.org/").pageSize(4).feedSize(5)
                .outputDir("target/fresh-site").cacheDir("target/fresh-cache").build();
        assertFalse(new Duet(fresh, BuildListener.silent()).build().hasErrors());
        assertEquals(files(fresh.outputDir()), files(config.outputDir()));
    }

    /** A source re-imported rewrites both languages of a story: one rebuild sees both files change. */
    @Test
    void bothLanguagesOfAStoryEditedTogether() throws IOException {
        Path site = dir.resolve("site");
        writeArticles(site, 12, TAGS.length);
        PreviewSession duet = Duet.previewing(SiteConfig.builder(site).baseUrl("https://news.example.org/").build(),
                BuildListener.silent());
        assertFalse(duet.build().hasErrors());
        Path zh = site.resolve("articles/2024/story-5.zh.md");
        Path en = site.resolve("articles/2024/story-5.en.md");
        Files.writeString(zh, Files.readString(zh) + "\n新增的中文段落。\n");
        Files.writeString(en, Files.readString(en) + "\nAn added English paragraph.\n");
        assertTrue(duet.rebuild(Set.of(zh, en)).ok());
        assertTrue(duet.owesFullBuild(), "a text edit: the quick path");
        String zhPage = Files.readString(site.resolve("target/site/zh/2024/03/story-5/index.html"));
        String enPage = Files.readString(site.resolve("target/site/en/2024/03/story-5/index.html"));
        assertTrue(zhPage.contains("新增的中文段落。"), "the Chinese edit is on its page");
        assertTrue(enPage.contains("An added English paragraph."), "the English edit is on its page");
        assertEquals(0, duet.settle(() -> false).orElseThrow().pagesWritten(), "nothing left for the full build");
    }

    @Test
    void structuralEditsTakeTheFullPath() throws IOException {
        Path site = dir.resolve("site");
        writeArticles(site, 12, TAGS.length);
        PreviewSession duet = Duet.previewing(SiteConfig.builder(site).baseUrl("https://news.example.org/").build(),
                BuildListener.silent());
        duet.build();
        Path file = site.resolve("articles/2024/story-3.en.md");
        Files.writeString(file, Files.readString(file).replace("date: \"2024-", "date: \"2023-"));
        assertTrue(duet.rebuild(Set.of(file)).ok());
        assertFalse(duet.owesFullBuild(), "a new date moves the article in every list: a full build");

        Path tags = site.resolve("articles/2024/story-4.en.md");
        Files.writeString(tags, Files.readString(tags).replace("tags: [", "tags: [\"brand new\", "));
        assertTrue(duet.rebuild(Set.of(tags)).ok());
        assertFalse(duet.owesFullBuild(), "a new tag makes a new tag page: a full build");
    }

    /**
     * A full build cancelled by new edits has written part of the site; the edit is then undone. The preview's next
     * full build must not take the files the cancelled one wrote for those of the build before.
     */
    @Test
    void aCancelledFullBuildLeavesNothingTheNextBuildTrusts() throws IOException {
        Cancelled cancelled = cancelAfterTheSearchIndex();
        Files.writeString(cancelled.file(), cancelled.original());
        assertTrue(cancelled.duet().rebuild(Set.of(cancelled.file())).ok());
        assertTrue(cancelled.duet().settle(() -> false).isPresent());
        assertMatchesAFreshBuild(cancelled.config());
    }

    /** A preview stopped (Ctrl-C) in the middle of a full build: the next preview trusts nothing it wrote. */
    @Test
    void aPreviewStoppedMidBuildLeavesNothingTheNextPreviewTrusts() throws IOException {
        Cancelled cancelled = cancelAfterTheSearchIndex();
        Files.writeString(cancelled.file(), cancelled.original());
        List<String> infos = new ArrayList<>();
        BuildResult next = Duet.previewing(cancelled.config(), new BuildListener() {
            @Override
            public void problem(dev.duet.diagnostic.Problem problem) {
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }
        }).build();
        assertFalse(next.hasErrors());
        assertMatchesAFreshBuild(cancelled.config());
        assertTrue(infos.contains("The last build did not finish: rendering every page"), infos.toString());
    }

    /** A quick rebuild that fails half way (here on a folder where a page goes): the next rebuild trusts nothing. */
    @Test
    void aQuickRebuildThatFailsLeavesNothingTheNextTrusts() throws IOException {
        failThenUndo(text -> text.replace("title: \"Story number 5\"", "title: \"Story number 5, retitled\""));
    }

    /** A full rebuild that fails half way: the next rebuild trusts nothing. */
    @Test
    void aFullRebuildThatFailsLeavesNothingTheNextTrusts() throws IOException {
        failThenUndo(text -> text.replace("title: \"Story number 5\"", "title: \"Story number 5, retitled\"")
                .replace("date: \"2024-03-09\"", "date: \"2024-03-10\""));
    }

    private void failThenUndo(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path site = dir.resolve("site");
        writeArticles(site, 24, TAGS.length);
        SiteConfig config = SiteConfig.builder(site).baseUrl("https://news.example.org/").pageSize(4).build();
        PreviewSession duet = Duet.previewing(config, BuildListener.silent());
        assertFalse(duet.build().hasErrors());
        Path file = site.resolve("articles/2024/story-5.en.md");
        String original = Files.readString(file);
        Files.writeString(file, edit.apply(original));
        // The edited article's page is written among the last: the other pages that show it are written first.
        Path blocker = config.outputDir().resolve("en/2024/03/story-5/index.html");
        Files.delete(blocker);
        Files.createDirectories(blocker.resolve("in-the-way"));
        RebuildResult failed = duet.rebuild(Set.of(file));
        assertEquals(List.of("serve.io"), failed.problems().stream().map(p -> p.code()).toList());

        Files.delete(blocker.resolve("in-the-way"));
        Files.delete(blocker);
        Files.writeString(file, original);
        assertTrue(duet.rebuild(Set.of(file)).ok());
        duet.settle(() -> false);
        assertMatchesAFreshBuild(config);
    }

    private record Cancelled(SiteConfig config, PreviewSession duet, Path file, String original) {
    }

    /**
     * A preview whose full build, after a quick rebuild of an edit, is cancelled as soon as it has written the edit
     * into the search index (which only full builds write).
     */
    private Cancelled cancelAfterTheSearchIndex() throws IOException {
        Path site = dir.resolve("site");
        writeArticles(site, 24, TAGS.length);
        SiteConfig config = SiteConfig.builder(site).baseUrl("https://news.example.org/").pageSize(4).build();
        PreviewSession duet = Duet.previewing(config, BuildListener.silent());
        assertFalse(duet.build().hasErrors());
        Path file = site.resolve("articles/2024/story-5.en.md");
        String original = Files.readString(file);
        Files.writeString(file, original.replace("A second paragraph.", "A second paragraph about zeppelins."));
        assertTrue(duet.rebuild(Set.of(file)).ok());
        assertTrue(duet.owesFullBuild(), "a text edit: the quick path");
        Path index = config.outputDir().resolve("search/en");
        assertFalse(searchIndexHas(index, "zeppelins"), "the quick path leaves the search index to the full build");
        assertEquals(Optional.empty(), duet.settle(() -> searchIndexHas(index, "zeppelins")), "cancelled");
        assertTrue(searchIndexHas(index, "zeppelins"));
        return new Cancelled(config, duet, file, original);
    }

    private static boolean searchIndexHas(Path dir, String word) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // The build writes each file to a temporary name first and moves it into place: only whole files.
                if (file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Files.readString(file).contains(word)) {
                    return true;
                }
            }
            return false;
        } catch (java.nio.file.NoSuchFileException e) {
            // A temporary file moved into place while this looked: the build is writing, not done.
            return false;
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertMatchesAFreshBuild(SiteConfig config) throws IOException {
        SiteConfig fresh = SiteConfig.builder(config.siteDir()).baseUrl("https://news.example.org/").pageSize(4)
                .outputDir("target/fresh-site").cacheDir("target/fresh-cache").build();
        assertFalse(new Duet(fresh, BuildListener.silent()).build().hasErrors());
        assertEquals(files(fresh.outputDir()), files(config.outputDir()));
    }

    private static void writeArticles(Path dir, int count, int tags) throws IOException {
        TestSite site = TestSite.in(dir);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            String date = String.format("2024-%02d-%02d", 1 + i % 3, 1 + (i * 7) % 27);
            int a = random.nextInt(tags);
            int b = (a + 1 + random.nextInt(tags - 1)) % tags;
            site.article("2024/story-" + i + ".zh.md", frontMatter("zh", "新闻标题" + i, date,
                    "\"" + TAGS[a] + "\", \"" + TAGS[b] + "\""), "这是第" + i + "篇新闻的第一段。\n\n第二段内容。\n");
            site.article("2024/story-" + i + ".en.md", frontMatter("en", "Story number " + i, date,
                    "\"" + EN_TAGS[a] + "\", \"" + EN_TAGS[b] + "\""),
                    "The first paragraph of story " + i + ".\n\nA second paragraph.\n");
        }
        site.glossary(glossary());
    }

    private static String glossary() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < TAGS.length; i++) {
            yaml.append(EN_TAGS[i]).append(": ").append(TAGS[i]).append('\n');
        }
        return yaml.toString();
    }

    private static String frontMatter(String lang, String title, String date, String tags) {
        return "title: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"" + date + "\"\ntags: [" + tags
                + "]\nagency: \"Xinhua\"";
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            for (Path file : all) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
