package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.content.Body;
import dev.duet.io.SiteFiles;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.model.ArticlePage;
import dev.duet.model.Attribution;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.model.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site too large for one small sitemap gets an index over files by language and month, so that a new story
 * changes its month's file and the homes', and every other file keeps its bytes.
 */
class SitemapSplitTest {

    @TempDir
    Path dir;

    @Test
    void aNewStoryChangesItsMonthsFileAndTheHomesOnly() throws IOException {
        List<ArticlePage> articles = articles(1_200);
        Map<String, String> before = sitemaps(articles);
        List<ArticlePage> more = new ArrayList<>(articles);
        more.add(article("new-story", LocalDate.of(2024, 3, 28), "tag-1"));
        Map<String, String> after = sitemaps(more);

        assertEquals(before.keySet(), after.keySet());
        assertTrue(before.get("sitemap.xml").contains("<sitemapindex"));
        List<String> listed = locations(before.get("sitemap.xml"));
        assertEquals(before.keySet().stream().filter(p -> !p.equals("sitemap.xml"))
                .map(p -> "https://news.example.org/" + p).toList(), listed, "the index lists every part");
        assertTrue(before.containsKey("sitemaps/en-2024-03.xml") && before.containsKey("sitemaps/en-tags.xml"));
        List<String> changed = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        assertEquals(List.of("sitemaps/en-2024-03.xml", "sitemaps/home.xml"), changed);
        assertTrue(after.get("sitemaps/en-2024-03.xml").contains("/en/2024/03/new-story/"));
        assertFalse(after.get("sitemaps/en-tags.xml").contains("<lastmod>"),
                "a tag's entry has no date, so the file changes only when tags do");
        int urls = 0;
        for (Map.Entry<String, String> file : after.entrySet()) {
            if (!file.getKey().equals("sitemap.xml")) {
                urls += locations(file.getValue()).size();
            }
        }
        assertEquals(1_201 + 2 + 3, urls, "every article, both homes and the three tag pages, once each");
    }

    @Test
    void aBusyMonthIsListedInThirdsAndANewStoryChangesItsThird() throws IOException {
        // 40 stories a day: 1,240 in March, over the 500 a month's file lists.
        List<ArticlePage> articles = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            articles.add(article("story-" + i, LocalDate.of(2024, 3, 1).plusDays(i / 40), "tag-" + i % 3));
        }
        Map<String, String> before = sitemaps(articles);
        assertFalse(before.containsKey("sitemaps/en-2024-03.xml"));
        for (String third : List.of("01", "11", "21")) {
            assertTrue(before.containsKey("sitemaps/en-2024-03-" + third + ".xml"), before.keySet().toString());
        }
        assertTrue(before.get("sitemaps/en-2024-03-21.xml").contains("/en/2024/03/story-1239/"), "March 31");
        assertTrue(before.get("sitemaps/en-2024-03-01.xml").contains("/en/2024/03/story-399/"), "March 10");
        assertTrue(before.get("sitemaps/en-2024-03-11.xml").contains("/en/2024/03/story-400/"), "March 11");
        List<ArticlePage> more = new ArrayList<>(articles);
        more.add(article("new-story", LocalDate.of(2024, 3, 28), "tag-1"));
        Map<String, String> after = sitemaps(more);
        List<String> changed = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        // An older story than the newest: the homes' file keeps its date.
        assertEquals(List.of("sitemaps/en-2024-03-21.xml"), changed);
    }

    private Map<String, String> sitemaps(List<ArticlePage> articles) throws IOException {
        SiteConfig config = SiteConfig.builder(dir).baseUrl("https://news.example.org/").build();
        Map<String, String> files = new TreeMap<>();
        try (Theme theme = Theme.load(new SiteFiles(dir, false), dir.resolve("theme"), "default",
                getClass().getClassLoader())) {
            SiteRenderer renderer = new SiteRenderer(Site.of(config, articles), theme, new Templates(theme),
                    new MarkdownRenderer());
            for (RenderTask task : renderer.tasks(path -> path.startsWith("sitemap"))) {
                files.put(task.path(), new String(task.run().bytes().orElseThrow(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<String> locations(String xml) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** English stories, one a day from New Year 2024, on three tags. */
    private static List<ArticlePage> articles(int count) {
        List<ArticlePage> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article("story-" + i, LocalDate.of(2024, 1, 1).plusDays(i / 15), "tag-" + i % 3));
        }
        return articles;
    }

    private static ArticlePage article(String slug, LocalDate date, String tag) {
        return new ArticlePage(slug, "en", "en", slug, Optional.empty(), Optional.of(date),
                Permalinks.article("en", Optional.of(date), slug), Body.of("Text."), "articles/" + slug + ".en.md", 5,
                List.of(new Tag(tag, tag, tag)), new Attribution(Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty());
    }
}
