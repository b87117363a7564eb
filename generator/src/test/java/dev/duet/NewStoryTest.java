package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing one new story changes only the pages that show it: its own pages, the previous newest story's (its
 * "newer" link), the front and newest numbered pages of the lists it is on, their feeds, the tag index, archive,
 * landing, 404 pages and sitemap, and the newest segment of the search index. Every older article page and every
 * numbered page but the newest (whose pager names a page the story opens) keeps its bytes, so a publish uploads
 * a few dozen files whatever the size of the site. Withdrawing an old story likewise changes the pages that showed
 * it: it keeps its place in every list and its id in the search index.
 */
class NewStoryTest {

    private static final String[] ZH_TAGS = {"经济", "外交", "科技", "文化", "体育", "环境"};
    private static final String[] EN_TAGS = {"economy", "diplomacy", "technology", "culture", "sports", "environment"};
    private static final int STORIES = 70;
    private static final Pattern NUMBERED = Pattern.compile("(.*)/page/(\\d+)/index\\.html");
    private static final Pattern ARTICLE = Pattern.compile("(zh|en)/\\d{4}/\\d{2}/([^/]+)/(parallel/)?index\\.html");

    @TempDir
    Path dir;

    @Test
    void aNewStoryChangesOnlyThePagesThatShowIt() throws IOException {
        TestSite site = TestSite.in(dir);
        for (int i = 0; i < STORIES; i++) {
            story(site, "story-" + i, LocalDate.of(2024, 1, 1).plusDays(i * 4L), i % 6, (i + 1 + i % 4) % 6);
        }
        StringBuilder glossary = new StringBuilder();
        for (int i = 0; i < ZH_TAGS.length; i++) {
            glossary.append(EN_TAGS[i]).append(": ").append(ZH_TAGS[i]).append('\n');
        }
        site.glossary(glossary.toString());
        SiteConfig config = site.config().pageSize(4).build();
        assertFalse(site.duet(config).build().hasErrors());
        Map<String, byte[]> before = site.outputTree();

        story(site, "a-new-story", LocalDate.of(2024, 12, 31), 0, 1);
        BuildResult result = site.duet(config).build();
        assertFalse(result.hasErrors());
        Map<String, byte[]> after = site.outputTree();

        Set<String> changed = changed(before, after);
        assertEquals(Set.of(), gone(before, after));
        assertEquals(changed.size(), result.written(), "the summary's changed files are the files that changed");

        Map<String, Integer> lastPage = new TreeMap<>();
        for (String path : after.keySet()) {
            Matcher numbered = NUMBERED.matcher(path);
            if (numbered.matches()) {
                lastPage.merge(numbered.group(1), Integer.parseInt(numbered.group(2)), Math::max);
            }
        }
        for (String path : changed) {
            Matcher article = ARTICLE.matcher(path);
            Matcher numbered = NUMBERED.matcher(path);
            if (article.matches()) {
                assertTrue(Set.of("a-new-story", "story-" + (STORIES - 1)).contains(article.group(2)),
                        "an older article page changed: " + path);
            } else if (numbered.matches()) {
                // The new story fills the newest numbered page, or opens the next one; then the pagers of the
                // three pages before it (the pager's window of two, and its gap mark) change too.
                assertTrue(Integer.parseInt(numbered.group(2)) >= lastPage.get(numbered.group(1)) - 3,
                        "a full numbered page changed: " + path + " of " + lastPage.get(numbered.group(1)));
            } else if (path.startsWith("search/")) {
                String lang = path.split("/")[1];
                String meta = new String(after.get("search/" + lang + "/meta.json"), StandardCharsets.UTF_8);
                Matcher dirs = Pattern.compile("\"dir\":\"(seg-\\d+)\"").matcher(meta);
                String newest = "";
                while (dirs.find()) {
                    newest = dirs.group(1);
                }
                int lastChunk = (STORIES + 1 - 1) / 8;
                assertTrue(List.of("search/" + lang + "/meta.json", "search/" + lang + "/docs-" + lastChunk + ".json")
                        .contains(path) || path.startsWith("search/" + lang + "/" + newest + "/"),
                        "a search file of an older segment changed: " + path);
            }
        }
        assertTrue(changed.size() <= 60, changed.size() + " files changed: " + changed);
        assertTrue(changed.containsAll(List.of("zh/index.html", "en/index.html", "sitemap.xml", "zh/feed.xml")),
                changed.toString());
    }

    @Test
    void aStoryThatOpensANewNumberedPageRendersNoOlderNumberedPageAgain() throws IOException {
        TestSite site = TestSite.in(dir);
        // 48 stories fill twelve numbered pages of four: the next one opens the thirteenth.
        for (int i = 0; i < 48; i++) {
            story(site, "story-" + i, LocalDate.of(2024, 1, 1).plusDays(i * 4L), i % 6, (i + 1 + i % 4) % 6);
        }
        SiteConfig config = site.config().pageSize(4).build();
        assertFalse(site.duet(config).build().hasErrors());
        Map<String, byte[]> before = site.outputTree();
        long numberedPages = before.keySet().stream().filter(p -> NUMBERED.matcher(p).matches()).count();

        story(site, "a-new-story", LocalDate.of(2024, 12, 31), 0, 1);
        BuildResult result = site.duet(config).build();

        assertFalse(result.hasErrors());
        assertTrue(site.exists("zh/page/13/index.html"), "the new story opened a page");
        // A page's fingerprint is its view: a pager that held the count of pages would make every numbered page
        // render again (to the same bytes) whenever a list grows by a page.
        assertTrue(result.rendered() < result.written() + 10, result.rendered() + " rendered, " + result.written()
                + " written, of " + numberedPages + " numbered pages");
        // Of a list's numbered pages that were there before, only its newest changes: the pager of the others names
        // neither the new page nor the count of pages.
        Map<String, byte[]> after = site.outputTree();
        Map<String, TreeSet<Integer>> changed = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            Matcher numbered = NUMBERED.matcher(file.getKey());
            if (numbered.matches() && !Arrays.equals(file.getValue(), after.get(file.getKey()))) {
                changed.computeIfAbsent(numbered.group(1), list -> new TreeSet<>())
                        .add(Integer.parseInt(numbered.group(2)));
            }
        }
        assertTrue(changed.containsKey("zh"), changed.toString());
        changed.forEach((list, pages) -> {
            assertEquals(1, pages.size(), list + ": " + pages);
            assertFalse(before.containsKey(list + "/page/" + (pages.first() + 1) + "/index.html"), list + ": " + pages);
        });
    }

    @Test
    void withdrawingAnOldStoryChangesOnlyThePagesThatShowedIt() throws IOException {
        TestSite site = stories(dir.resolve("site"), STORIES);
        SiteConfig config = site.config().pageSize(4).build();
        assertFalse(site.duet(config).build().hasErrors());
        Map<String, byte[]> before = site.outputTree();

        String withdrawn = "story-10";
        site.article("2024/" + withdrawn + ".zh.md", frontMatter("zh", "新闻 " + withdrawn, LocalDate.of(2024, 1, 1)
                .plusDays(40), ZH_TAGS[4], ZH_TAGS[1]) + "\nunpublished: true", "撤回。\n");
        assertFalse(site.duet(config).build().hasErrors());
        Map<String, byte[]> after = site.outputTree();

        Set<String> changed = changed(before, after);
        // Its pages stay, saying it was withdrawn, and the side-by-side page leads to the Chinese one.
        assertEquals(Set.of(), gone(before, after));
        assertTrue(site.read("zh/2024/02/" + withdrawn + "/parallel/index.html").contains("http-equiv=\"refresh\""));
        assertOnlyPagesThatShowed(withdrawn, before, changed);
        long numbered = changed.stream().filter(p -> NUMBERED.matcher(p).matches()).count();
        // Home, year, month and two tags in each language: the one page of each list that showed it.
        assertEquals(10, numbered, changed.toString());
        assertTrue(changed.size() <= 45, changed.size() + " files changed: " + changed);
        assertEquals(3, site.page("zh/page/3/index.html").select("article.item").size(),
                "the page that held it shows the other three");
        assertEquals(List.of(), site.duet(config).check().stream().filter(p -> p.code().startsWith("check."))
                .toList(), "every link still leads");
        String docs = site.read("search/zh/docs-1.json");
        assertFalse(docs.contains(withdrawn), docs);
        // Its words are found no more ("10" is in its title alone), and the next story's postings keep their ids.
        String shardBefore = new String(before.get("search/en/seg-0/shard-0.json"), StandardCharsets.UTF_8);
        String shardAfter = site.read("search/en/seg-0/shard-0.json");
        assertTrue(shardBefore.contains("\"10\":"), shardBefore);
        assertFalse(shardAfter.contains("\"10\":"), shardAfter);
        Pattern eleven = Pattern.compile("\"11\":\"[^\"]*\"");
        Matcher was = eleven.matcher(shardBefore);
        Matcher is = eleven.matcher(shardAfter);
        assertTrue(was.find() && is.find());
        assertEquals(was.group(), is.group());

        // A build from nothing of the same files makes the same bytes: the places come from the files alone.
        assertBuiltFromNothing(site, after);

        // Published again, the story is back where it was, and every page is as before.
        story(site, withdrawn, LocalDate.of(2024, 1, 1).plusDays(40), 4, 1);
        assertFalse(site.duet(config).build().hasErrors());
        TestSite.assertSameTree(before, site.outputTree());
    }

    @Test
    void deletingAnOldStoryKeepsItsPlaceAndChangesOnlyThePagesThatShowedIt() throws IOException {
        TestSite site = stories(dir.resolve("site"), STORIES);
        SiteConfig config = site.config().pageSize(4).build();
        assertFalse(site.duet(config).build().hasErrors());
        Map<String, byte[]> before = site.outputTree();

        String deleted = "story-10";
        java.nio.file.Files.delete(site.dir().resolve("articles/2024/" + deleted + ".zh.md"));
        java.nio.file.Files.delete(site.dir().resolve("articles/2024/" + deleted + ".en.md"));
        site.problems().clear();
        assertFalse(site.duet(config).build().hasErrors());
        Map<String, byte[]> after = site.outputTree();

        // Its pages go, and its place is noted where the next build, and a clean one, find it.
        assertEquals(Set.of("zh/2024/02/" + deleted + "/index.html", "en/2024/02/" + deleted + "/index.html",
                "zh/2024/02/" + deleted + "/parallel/index.html"), gone(before, after));
        List<String> places = java.nio.file.Files.readAllLines(site.dir().resolve("deleted.tsv")).stream()
                .filter(line -> !line.startsWith("#")).toList();
        assertEquals(2, places.size(), places.toString());
        assertTrue(places.get(0).startsWith("en\t2024-02-10\tarticles/2024/" + deleted + "\ten/2024/02/" + deleted
                + "/\t"),
                places.get(0));
        List<dev.duet.diagnostic.Problem> told = site.problems().stream()
                .filter(p -> p.code().equals("build.article-deleted")).toList();
        assertEquals(2, told.size(), told.toString());
        assertTrue(told.get(0).message().contains("deleted.tsv"), told.get(0).message());

        Set<String> changed = changed(before, after);
        assertOnlyPagesThatShowed(deleted, before, changed);
        assertEquals(10, changed.stream().filter(p -> NUMBERED.matcher(p).matches()).count(), changed.toString());
        assertTrue(changed.size() <= 45, changed.size() + " files changed: " + changed);
        assertEquals(3, site.page("zh/page/3/index.html").select("article.item").size(),
                "the page that held it shows the other three");
        assertEquals(List.of(), site.duet(config).check().stream().filter(p -> p.code().startsWith("check."))
                .toList(), "every link still leads");

        // The next build finds nothing to do; a clean build of the same folder makes the same bytes.
        BuildResult next = site.duet(config).build();
        assertTrue(next.upToDate(), "the file the build wrote is no change to the next");
        assertEquals(0, next.written());
        assertBuiltFromNothing(site, after, "deleted.tsv");

        // Its files back, the story takes its place again, and every page is as before.
        story(site, deleted, LocalDate.of(2024, 1, 1).plusDays(40), 4, 1);
        assertFalse(site.duet(config).build().hasErrors());
        TestSite.assertSameTree(before, site.outputTree());
    }

    @Test
    void aPlaceGivenUpLetsTheNewerStoriesMoveUp() throws IOException {
        TestSite site = stories(dir.resolve("site"), 20);
        SiteConfig config = site.config().pageSize(4).build();
        assertFalse(site.duet(config).build().hasErrors());
        java.nio.file.Files.delete(site.dir().resolve("articles/2024/story-3.zh.md"));
        java.nio.file.Files.delete(site.dir().resolve("articles/2024/story-3.en.md"));
        assertFalse(site.duet(config).build().hasErrors());
        assertEquals(3, site.page("zh/page/1/index.html").select("article.item").size());

        // Lines removed, or the file, the lists close up as a build from nothing of the articles alone makes them.
        java.nio.file.Files.delete(site.dir().resolve("deleted.tsv"));
        assertFalse(site.duet(config).build().hasErrors());
        assertFalse(java.nio.file.Files.exists(site.dir().resolve("deleted.tsv")), "a place given up stays given up");
        assertEquals(4, site.page("zh/page/1/index.html").select("article.item").size());
        assertBuiltFromNothing(site, site.outputTree());
    }

    /**
     * Each of the {@code changed} list or article pages showed the story {@code slug} (its neighbours and the
     * articles whose earlier coverage listed it); a search file that changed is of its segment (its id, 10, stays
     * taken by a document with nothing to find: only its doc-table chunk, its segment's shards and the counts change).
     */
    private static void assertOnlyPagesThatShowed(String slug, Map<String, byte[]> before, Set<String> changed) {
        for (String path : changed) {
            String shown = new String(before.get(path), StandardCharsets.UTF_8);
            if (NUMBERED.matcher(path).matches() || ARTICLE.matcher(path).matches()) {
                assertTrue(shown.contains("/" + slug + "/"), "a page that did not show it changed: " + path);
            } else if (path.startsWith("search/")) {
                String lang = path.split("/")[1];
                assertTrue(List.of("search/" + lang + "/meta.json", "search/" + lang + "/docs-1.json").contains(path)
                        || path.startsWith("search/" + lang + "/seg-0/"), "a search file of another segment: " + path);
            }
        }
    }

    /** A site of {@code count} stories, four days apart from New Year's Day 2024, each with two of the tags. */
    private static TestSite stories(Path dir, int count) throws IOException {
        TestSite site = TestSite.in(dir);
        for (int i = 0; i < count; i++) {
            story(site, "story-" + i, LocalDate.of(2024, 1, 1).plusDays(i * 4L), i % 6, (i + 1 + i % 4) % 6);
        }
        return site;
    }

    /** The files of {@code after} whose bytes are not those of {@code before}, new ones included. */
    private static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, before.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    /** The files of {@code before} that {@code after} no longer has. */
    private static Set<String> gone(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> gone = new TreeSet<>(before.keySet());
        gone.removeAll(after.keySet());
        return gone;
    }

    private static void story(TestSite site, String slug, LocalDate date, int tag, int other) throws IOException {
        site.article("2024/" + slug + ".zh.md", frontMatter("zh", "新闻 " + slug, date, ZH_TAGS[tag], ZH_TAGS[other]),
                "这是" + slug + "的第一段。\n\n第二段内容。\n");
        site.article("2024/" + slug + ".en.md", frontMatter("en", "Story " + slug, date, EN_TAGS[tag], EN_TAGS[other]),
                "The first paragraph of " + slug + ".\n\nA second paragraph.\n");
    }

    private static String frontMatter(String lang, String title, LocalDate date, String tag, String other) {
        return "title: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"" + date + "\"\ntags: [\"" + tag + "\", \""
                + other + "\"]\nagency: \"Xinhua\"";
    }

    /**
     * A build from nothing of a copy of the site's articles (and of its {@code files}, such as {@code deleted.tsv}),
     * in a folder of its own, makes {@code expected}.
     */
    private void assertBuiltFromNothing(TestSite site, java.util.Map<String, byte[]> expected, String... files)
            throws IOException {
        TestSite fresh = TestSite.in(dir.resolve("fresh"));
        TestSite.copy(site.dir().resolve("articles"), fresh.dir().resolve("articles"));
        for (String file : files) {
            java.nio.file.Files.copy(site.dir().resolve(file), fresh.dir().resolve(file));
        }
        assertFalse(fresh.duet(fresh.config().pageSize(4).build()).build().hasErrors());
        TestSite.assertSameTree(expected, fresh.outputTree());
    }
}
