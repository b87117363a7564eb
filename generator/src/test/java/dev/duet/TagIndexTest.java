package dev.duet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Severity;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag index of hundreds of tags, and a reporters index of hundreds of reporters, is split by initial: its first
 * page lists the initials with how many names each has, and each initial has a page of its names with their counts,
 * so that a new story changes the pages of its tags' and reporters' initials rather than one page of every name.
 */
class TagIndexTest {

    /** Chinese tag names, one for each of the pinyin initials they are filed under. */
    private static final String[] ZH_FIRSTS = {"安", "北", "长", "大", "儿", "发", "国", "海", "经", "开", "绿", "民",
        "农", "欧", "平", "气", "人", "上", "天", "文", "新", "医", "中"};
    private static final String ZH_INITIALS = "abcdefghjklmnopqrstwxyz";

    @TempDir
    Path dir;

    @Test
    void aLongTagIndexIsSplitByInitialAndANewStoryChangesOnlyItsTagsInitials() throws IOException {
        TestSite site = TestSite.in(dir);
        // 40 stories of 9 tags each: 360 tags a language, over the 300 one page lists.
        for (int i = 0; i < 40; i++) {
            List<String> en = new ArrayList<>();
            List<String> zh = new ArrayList<>();
            for (int k = 0; k < 9; k++) {
                int n = i * 9 + k;
                en.add(n % 10 == 0 ? n + " km" : (char) ('a' + n % 26) + "topic " + n);
                zh.add(ZH_FIRSTS[n % ZH_FIRSTS.length] + "题" + n);
            }
            if (i == 0) {
                zh.set(2, "經濟");
                zh.set(3, "臺灣");
            }
            story(site, "story-" + i, LocalDate.of(2024, 1, 1).plusDays(i), zh, en);
        }
        assertFalse(site.duet().build().hasErrors());

        Document front = site.page("en/tags/index.html");
        assertTrue(front.select("ul.tag-index li").isEmpty(), "the first page lists initials, not tags");
        List<String> initials = front.select("nav.tag-initials a").eachText();
        assertEquals("0–9", initials.get(0));
        assertEquals("A", initials.get(1));
        assertEquals(27, initials.size(), initials.toString());
        Document a = site.page("en/tag-index/a/index.html");
        List<String> aTags = a.select("ul.tag-index li a").eachText();
        assertFalse(aTags.isEmpty());
        assertTrue(aTags.stream().allMatch(t -> t.startsWith("a")), aTags.toString());
        assertEquals("A", a.selectFirst("nav.tag-initials [aria-current]").text());
        assertEquals("/en/tags/atopic-26/", a.select("ul.tag-index a").stream()
                .filter(l -> l.text().equals("atopic 26")).findFirst().orElseThrow().attr("href"));
        assertTrue(site.page("en/tag-index/0-9/index.html").select("ul.tag-index li a").eachText().contains("10 km"));

        // Chinese names are filed under their pinyin initial.
        for (int i = 0; i < ZH_FIRSTS.length; i++) {
            String initial = String.valueOf(ZH_INITIALS.charAt(i));
            List<String> names = site.page("zh/tag-index/" + initial + "/index.html").select("ul.tag-index li a")
                    .eachText();
            String first = ZH_FIRSTS[i];
            assertTrue(names.stream().anyMatch(n -> n.startsWith(first)), initial + ": " + names);
        }
        // A Traditional name is filed as its Simplified form: 經濟 under J, 臺灣 under T.
        assertTrue(site.page("zh/tag-index/j/index.html").select("ul.tag-index li a").eachText().contains("經濟"));
        assertTrue(site.page("zh/tag-index/t/index.html").select("ul.tag-index li a").eachText().contains("臺灣"));
        // Every tag is on exactly one initial's page.
        int listed = 0;
        for (String href : front.select("nav.tag-initials a").eachAttr("href")) {
            listed += site.page(href.substring(1) + "index.html").select("ul.tag-index li").size();
        }
        assertEquals(360, listed);

        Map<String, byte[]> before = site.outputTree();
        story(site, "a-new-story", LocalDate.of(2024, 3, 1), List.of("北题1"), List.of("btopic 1"));
        assertFalse(site.duet().build().hasErrors());
        Map<String, byte[]> after = site.outputTree();
        for (String page : List.of("en/tag-index/b/index.html", "zh/tag-index/b/index.html")) {
            assertFalse(java.util.Arrays.equals(before.get(page), after.get(page)), page + " shows the new count");
        }
        for (String page : List.of("en/tags/index.html", "zh/tags/index.html", "en/tag-index/a/index.html",
                "zh/tag-index/a/index.html", "en/tag-index/0-9/index.html")) {
            assertArrayEquals(before.get(page), after.get(page), page + " keeps its bytes");
        }

        List<Problem> problems = site.duet().check();
        assertTrue(problems.stream().noneMatch(p -> p.severity() == Severity.ERROR), problems.toString());
    }

    @Test
    void aLongReportersIndexIsSplitByInitialAndANewStoryChangesOnlyItsReportersInitial() throws IOException {
        TestSite site = TestSite.in(dir);
        // 40 stories of 9 reporters each: 360 reporters, over the 300 one page lists.
        for (int i = 0; i < 40; i++) {
            List<String> reporters = new ArrayList<>();
            for (int k = 0; k < 9; k++) {
                int n = i * 9 + k;
                reporters.add(n % 30 == 0 ? "Reporter " + n : ZH_FIRSTS[n % ZH_FIRSTS.length] + "记者" + n);
            }
            story(site, "story-" + i, LocalDate.of(2024, 1, 1).plusDays(i), List.of("经济"), List.of("economy"),
                    reporters);
        }
        assertFalse(site.duet().build().hasErrors());

        for (String lang : List.of("zh", "en")) {
            Document front = site.page(lang + "/reporters/index.html");
            assertTrue(front.select("ul.reporter-index li").isEmpty(), "the first page lists initials, not names");
            List<String> initials = front.select("nav.tag-initials a").eachText();
            assertEquals(ZH_FIRSTS.length, initials.size(), initials.toString());
            // Every reporter is on exactly one initial's page, and the initial's page links to the reporter's.
            int listed = 0;
            for (String href : front.select("nav.tag-initials a").eachAttr("href")) {
                assertTrue(href.startsWith("/" + lang + "/reporter-index/"), href);
                listed += site.page(href.substring(1) + "index.html").select("ul.reporter-index li").size();
            }
            assertEquals(360, listed, lang);
        }
        Document b = site.page("zh/reporter-index/b/index.html");
        assertEquals("B", b.selectFirst("nav.tag-initials [aria-current]").text());
        List<String> names = b.select("ul.reporter-index li a").eachText();
        assertTrue(names.contains("北记者1") && names.stream().allMatch(n -> n.startsWith("北")), names.toString());
        assertEquals("/zh/reporters/%E5%8C%97%E8%AE%B0%E8%80%851/", b.select("ul.reporter-index a").stream()
                .filter(l -> l.text().equals("北记者1")).findFirst().orElseThrow().attr("href"));
        assertTrue(site.page("en/reporter-index/r/index.html").select("ul.reporter-index li a").eachText()
                .contains("Reporter 30"));
        assertTrue(site.exists("zh/reporters/%E5%8C%97%E8%AE%B0%E8%80%851/index.html")
                || site.exists("zh/reporters/北记者1/index.html"), "the reporter's own page");

        Map<String, byte[]> before = site.outputTree();
        story(site, "a-new-story", LocalDate.of(2024, 3, 1), List.of("经济"), List.of("economy"), List.of("北记者1"));
        assertFalse(site.duet().build().hasErrors());
        Map<String, byte[]> after = site.outputTree();
        for (String page : List.of("en/reporter-index/b/index.html", "zh/reporter-index/b/index.html")) {
            assertFalse(java.util.Arrays.equals(before.get(page), after.get(page)), page + " shows the new count");
        }
        for (String page : List.of("en/reporters/index.html", "zh/reporters/index.html",
                "zh/reporter-index/a/index.html", "en/reporter-index/r/index.html")) {
            assertArrayEquals(before.get(page), after.get(page), page + " keeps its bytes");
        }
        List<Problem> problems = site.duet().check();
        assertTrue(problems.stream().noneMatch(p -> p.severity() == Severity.ERROR), problems.toString());
    }

    @Test
    void aShortReportersIndexStaysOnePage() throws IOException {
        TestSite site = TestSite.in(dir);
        story(site, "one", LocalDate.of(2024, 1, 1), List.of("经济"), List.of("economy"), List.of("单璐"));
        assertFalse(site.duet().build().hasErrors());
        assertEquals(List.of("单璐 1"), site.page("en/reporters/index.html").select("ul.reporter-index li").eachText());
        assertTrue(site.page("en/reporters/index.html").select("nav.tag-initials").isEmpty());
        assertFalse(site.exists("en/reporter-index/s/index.html"));
    }

    /**
     * A Chinese index lists its names by pinyin, and files a name under its own initial, not its address's: 经济,
     * whose address is the glossary's "economy", was filed under E, and the names were in the order of their code
     * points (中国 before 北京 before 安全).
     */
    @Test
    void aChineseIndexIsInPinyinOrderAndFilesANameByItsOwnInitial() throws IOException {
        TestSite site = TestSite.in(dir).glossary("economy: 经济\n");
        story(site, "one", LocalDate.of(2024, 1, 1), List.of("中国", "安全", "北京"), List.of("China", "security"));
        assertFalse(site.duet().build().hasErrors());
        assertEquals(List.of("安全", "北京", "中国"), site.page("zh/tags/index.html").select("ul.tag-index li a")
                .eachText());

        for (int i = 0; i < 40; i++) {
            List<String> zh = new ArrayList<>();
            for (int k = 0; k < 9; k++) {
                zh.add(ZH_FIRSTS[(i * 9 + k) % ZH_FIRSTS.length] + "题" + (i * 9 + k));
            }
            if (i == 0) {
                zh.set(0, "经济");
            }
            story(site, "story-" + i, LocalDate.of(2024, 1, 2).plusDays(i), zh, List.of("topic " + i));
        }
        assertFalse(site.duet().build().hasErrors());
        assertTrue(site.page("zh/tag-index/j/index.html").select("ul.tag-index li a").eachText().contains("经济"));
        if (site.exists("zh/tag-index/e/index.html")) {
            assertFalse(site.page("zh/tag-index/e/index.html").select("ul.tag-index li a").eachText().contains("经济"));
        }
    }

    @Test
    void aShortTagIndexStaysOnePage() throws IOException {
        TestSite site = TestSite.in(dir);
        story(site, "one", LocalDate.of(2024, 1, 1), List.of("经济"), List.of("economy"));
        assertFalse(site.duet().build().hasErrors());
        assertEquals(List.of("economy 1"), site.page("en/tags/index.html").select("ul.tag-index li").eachText());
        assertTrue(site.page("en/tags/index.html").select("nav.tag-initials").isEmpty());
        assertFalse(site.exists("en/tag-index/e/index.html"));
    }

    private static void story(TestSite site, String slug, LocalDate date, List<String> zh, List<String> en)
            throws IOException {
        story(site, slug, date, zh, en, List.of());
    }

    private static void story(TestSite site, String slug, LocalDate date, List<String> zh, List<String> en,
            List<String> reporters) throws IOException {
        site.article("2024/" + slug + ".zh.md", frontMatter("zh", "新闻 " + slug, date, zh, reporters),
                "这是" + slug + "的第一段。\n");
        site.article("2024/" + slug + ".en.md", frontMatter("en", "Story " + slug, date, en, reporters),
                "The first paragraph of " + slug + ".\n");
    }

    private static String frontMatter(String lang, String title, LocalDate date, List<String> tags,
            List<String> reporters) {
        return "title: \"" + title + "\"\nlang: \"" + lang + "\"\ndate: \"" + date + "\"\ntags: [\""
                + String.join("\", \"", tags) + "\"]\nagency: \"Xinhua\""
                + (reporters.isEmpty() ? "" : "\nreporters: [\"" + String.join("\", \"", reporters) + "\"]");
    }
}
