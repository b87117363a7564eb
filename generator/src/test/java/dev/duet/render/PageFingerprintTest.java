package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import dev.duet.model.Translation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file whose bytes change gets a new fingerprint, so the render cache never keeps a stale page: each field of an
 * article is changed in turn, in a small two-language site, and every file of the site is rendered before and
 * after. And a file whose view is unchanged keeps its fingerprint, so a rebuild skips it.
 */
class PageFingerprintTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyFileAnArticleChangeReachesGetsANewFingerprint(boolean feedFullContent) throws IOException {
        SiteConfig config = config(feedFullContent);
        List<ArticlePage> articles = articles();
        Map<String, Rendered> before = render(config, articles);
        List<Object> variants = Variants.of(articles.get(0), ArticlePage.class);
        int changedSomething = 0;
        for (Object variant : variants) {
            List<ArticlePage> changed = new ArrayList<>(articles);
            changed.set(0, (ArticlePage) variant);
            Map<String, Rendered> after = render(config, changed);
            boolean anyChanged = false;
            for (Map.Entry<String, Rendered> file : after.entrySet()) {
                Rendered old = before.get(file.getKey());
                if (old != null && !Arrays.equals(old.bytes(), file.getValue().bytes())) {
                    anyChanged = true;
                    assertNotEquals(old.fingerprint(), file.getValue().fingerprint(),
                            () -> file.getKey() + " changed but kept its fingerprint, after " + variant);
                }
            }
            changedSomething += anyChanged ? 1 : 0;
        }
        assertTrue(changedSomething > variants.size() * 3 / 4, changedSomething + " of " + variants.size());
    }

    @Test
    void aFileWhoseViewIsUnchangedKeepsItsFingerprint() throws IOException {
        SiteConfig config = config(false);
        Map<String, Rendered> first = render(config, articles());
        Map<String, Rendered> second = render(config, articles());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, rendered) -> assertEquals(rendered.fingerprint(), second.get(path).fingerprint(), path));
        assertTrue(first.values().stream().filter(r -> !r.fingerprint().isEmpty()).count() > 30,
                "every page has a fingerprint");
    }

    /**
     * A file's inputs stand for its view: whatever changes in the site (each field of an article in turn, an article
     * added, one removed, one moved to another day), a file whose inputs are unchanged has an unchanged fingerprint,
     * so a rebuild that skips it by its inputs skips only files it would have skipped by their views.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFileWhoseInputsAreUnchangedHasAnUnchangedView(boolean feedFullContent) throws IOException {
        SiteConfig config = config(feedFullContent);
        List<ArticlePage> articles = articles();
        Map<String, Described> before = described(config, articles);
        List<List<ArticlePage>> sites = new ArrayList<>();
        for (int changed = 0; changed < articles.size(); changed++) {
            for (Object variant : Variants.of(articles.get(changed), ArticlePage.class)) {
                List<ArticlePage> site = new ArrayList<>(articles);
                site.set(changed, (ArticlePage) variant);
                sites.add(site);
            }
            List<ArticlePage> without = new ArrayList<>(articles);
            without.remove(changed);
            sites.add(without);
        }
        List<ArticlePage> added = new ArrayList<>(articles);
        added.add(article("zh", "newest", "2024-07-01", "最新的新闻", "最新的正文。", List.of(), articles.get(0)
                .attribution(), Optional.empty()));
        sites.add(added);
        int kept = 0;
        int changed = 0;
        for (List<ArticlePage> site : sites) {
            Map<String, Described> after = described(config, site);
            for (Map.Entry<String, Described> file : after.entrySet()) {
                Described old = before.get(file.getKey());
                if (old == null || old.inputs().isEmpty()) {
                    continue;
                }
                if (old.inputs().equals(file.getValue().inputs())) {
                    kept++;
                    assertEquals(old.fingerprint(), file.getValue().fingerprint(),
                            () -> file.getKey() + " kept its inputs, but its view changed, in " + site);
                } else {
                    changed++;
                }
            }
        }
        assertTrue(kept > 100 && changed > 100, kept + " files kept their inputs, " + changed + " did not");
    }

    @Test
    void articleParallelListAndFeedFilesHaveInputs() throws IOException {
        Map<String, Described> files = described(config(false), articles());
        for (String path : List.of("zh/2024/05/wang-yi/index.html", "en/2024/05/wang-yi/index.html",
                "zh/tags/diplomacy/index.html", "zh/tags/diplomacy/feed.xml")) {
            assertTrue(files.containsKey(path), path + " in " + files.keySet());
        }
        files.forEach((path, file) -> {
            boolean described = path.endsWith("feed.xml") || path.matches("(zh|en)/\\d{4}/.*")
                    || path.matches("(zh|en)/(tags/[^/]+/|page/\\d+/)index\\.html");
            if (described) {
                assertTrue(!file.inputs().isEmpty(), path + " has inputs");
            }
        });
        assertEquals(files, described(config(false), articles()), "the same site gives the same inputs");
    }

    private record Described(String inputs, String fingerprint) {
    }

    private Map<String, Described> described(SiteConfig config, List<ArticlePage> articles) throws IOException {
        return eachFile(config, articles, task -> new Described(task.inputs().get(), task.fingerprint().get()));
    }

    private record Rendered(String fingerprint, byte[] bytes) {
    }

    private SiteConfig config(boolean feedFullContent) {
        return SiteConfig.builder(dir).baseUrl("https://news.example.org/").pageSize(2).feedSize(2)
                .feedFullContent(feedFullContent).build();
    }

    private Map<String, Rendered> render(SiteConfig config, List<ArticlePage> articles) throws IOException {
        return eachFile(config, articles, task -> {
            String fingerprint = task.fingerprint().get();
            return new Rendered(fingerprint, task.run().bytes().orElseThrow());
        });
    }

    /** What {@code what} makes of each file's task, by path, for the site of these articles. */
    private <T> Map<String, T> eachFile(SiteConfig config, List<ArticlePage> articles, Function<RenderTask, T> what)
            throws IOException {
        Map<String, T> files = new TreeMap<>();
        try (Theme theme = Theme.load(new SiteFiles(dir, false), dir.resolve("theme"), "default",
                getClass().getClassLoader())) {
            SiteRenderer renderer = new SiteRenderer(site(config, articles), theme, new Templates(theme),
                    new MarkdownRenderer());
            for (RenderTask task : renderer.tasks()) {
                files.put(task.path(), what.apply(task));
            }
        }
        return files;
    }

    /** A story in both languages, tagged, and three more articles around it. */
    private static List<ArticlePage> articles() {
        Attribution attribution = new Attribution(Optional.of("北京"), Optional.of("新华社"), List.of("李明"),
                Optional.of("https://www.example.com/news/1.html"), Optional.of("示例网"));
        Tag diplomacy = new Tag("diplomacy", "diplomacy", "外交");
        return List.of(
                article("zh", "wang-yi", "2024-05-20", "王毅出席会议", "王毅在会上发表讲话。\n\n他说，合作很重要。",
                        List.of(diplomacy), attribution, Optional.of(new Translation("en", "en",
                                Permalinks.article("en", Optional.of(LocalDate.parse("2024-05-20")), "wang-yi"),
                                "Wang Yi Attends Meeting"))),
                article("en", "wang-yi", "2024-05-20", "Wang Yi Attends Meeting", "Wang Yi spoke.\n\nMore text.",
                        List.of(new Tag("diplomacy", "diplomacy", "Diplomacy")), attribution,
                        Optional.of(new Translation("zh", "zh-Hans",
                                Permalinks.article("zh", Optional.of(LocalDate.parse("2024-05-20")), "wang-yi"),
                                "王毅出席会议"))),
                article("zh", "older", "2024-04-02", "较早的新闻", "较早的正文。", List.of(diplomacy),
                        attribution, Optional.empty()),
                article("zh", "newer", "2024-06-11", "较新的新闻", "较新的正文。", List.of(), attribution,
                        Optional.empty()),
                article("zh", "undated", "", "没有日期的新闻", "正文。", List.of(diplomacy), attribution,
                        Optional.empty()));
    }

    private static ArticlePage article(String lang, String slug, String date, String title, String body,
            List<Tag> tags, Attribution attribution, Optional<Translation> translation) {
        Optional<LocalDate> day = date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
        return new ArticlePage(slug, lang, lang.equals("zh") ? "zh-Hans" : "en", title, Optional.of(title + "！"),
                day, Permalinks.article(lang, day, slug), Body.of(body), "articles/" + slug + "." + lang + ".md",
                5, tags, attribution, Optional.of(10), translation);
    }

    private static Site site(SiteConfig config, List<ArticlePage> articles) {
        return Site.of(config, articles);
    }
}
