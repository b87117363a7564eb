package dev.duet.render;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.model.Archive;
import dev.duet.model.ArticleFacts;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.ParallelText;
import dev.duet.model.Permalinks;
import dev.duet.model.RelatedArticles;
import dev.duet.model.Site;
import dev.duet.model.Tag;
import dev.duet.model.TagPage;
import dev.duet.model.Translation;
import dev.duet.model.WritingRule;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Plans every file of the output as a {@link RenderTask}: article pages, home, tag and archive pages per language,
 * the landing page, feeds, sitemap, robots.txt, 404 pages and the theme's static files. HTML, Atom and the sitemap
 * are renderings of the same {@link Site}; nothing here reads the disk except the theme's static files.
 */
public final class SiteRenderer {

    /** The most URLs one sitemap file may list (sitemaps.org); larger sites get a sitemap index. */
    static final int SITEMAP_LIMIT = 50_000;

    private final Site site;
    private final SiteConfig config;
    private final Theme theme;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final Permalinks links;
    private final Alternates alternatesOf;
    private final Map<String, Map<String, String>> strings = new HashMap<>();
    private final Map<String, Views.SiteView> siteViews = new HashMap<>();
    private final Map<String, Map<String, ArticlePage>> byKey = new HashMap<>();
    /** Per language, its related articles. */
    private final Map<String, RelatedArticles> related = new HashMap<>();
    /** Per language, how its text is measured for summaries and reading time. */
    private final Map<String, WritingRule> writing = new HashMap<>();
    /** What every page depends on besides its own content: the theme's templates and strings, the configuration. */
    private final String salt;
    private final dev.duet.model.ArticleMemo<String> articleDigests;
    /** Per-article values that several pages need, each computed once per build. */
    private final PerArticle<String> buildDigests = new PerArticle<>();
    private final PerArticle<ArticleFacts> facts = new PerArticle<>();
    /** Per language, each tag's link: a large site's articles share a few thousand tags. */
    private final Map<String, Map<Tag, Views.Link>> tagLinks = new HashMap<>();

    /**
     * Values computed once per article in a build, found by the article's identity (cheaper than its value);
     * thread-safe. The lock is not held while a value is computed, so two threads may both compute one.
     */
    private static final class PerArticle<V> {
        private final Map<ArticlePage, V> values =
                java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

        V get(ArticlePage article, java.util.function.Function<ArticlePage, V> compute) {
            V known = values.get(article);
            if (known == null) {
                known = compute.apply(article);
                values.put(article, known);
            }
            return known;
        }
    }

    public SiteRenderer(Site site, Theme theme, Templates templates, MarkdownRenderer markdown) throws IOException {
        this(site, theme, templates, markdown, new dev.duet.model.ArticleMemo<>());
    }

    /**
     * A renderer that keeps article digests in {@code digests}, so that the builds of a preview digest only the
     * articles that changed.
     */
    public SiteRenderer(Site site, Theme theme, Templates templates, MarkdownRenderer markdown,
            dev.duet.model.ArticleMemo<String> digests) throws IOException {
        this(site, theme, templates, markdown, digests, salt(site.config(), theme));
    }

    /**
     * A renderer with the salt of an earlier one (see {@link #salt()}): a preview renders an edit with the theme
     * it loaded for its last full build, so its pages must carry that theme's salt, not that of files on disk now.
     */
    public SiteRenderer(Site site, Theme theme, Templates templates, MarkdownRenderer markdown,
            dev.duet.model.ArticleMemo<String> digests, String salt) throws IOException {
        this.articleDigests = digests;
        this.site = site;
        this.config = site.config();
        this.theme = theme;
        this.templates = templates;
        this.markdown = markdown;
        this.links = new Permalinks(config.basePath());
        this.alternatesOf = new Alternates(config);
        for (LanguageConfig language : config.languages()) {
            strings.put(language.code(), Map.copyOf(theme.strings(language.code())));
            siteViews.put(language.code(), siteView(language));
            tagLinks.put(language.code(), new java.util.concurrent.ConcurrentHashMap<>());
            writing.put(language.code(), WritingRule.of(language));
        }
        for (LanguageSite language : site.languages()) {
            Map<String, ArticlePage> pages = new HashMap<>();
            language.articles().forEach(a -> pages.put(a.key(), a));
            byKey.put(language.code(), pages);
            related.put(language.code(), new RelatedArticles(language));
        }
        this.salt = salt;
    }

    /**
     * What every page depends on besides its own content: the configuration, the theme's templates and UI strings
     * and Duet's render version. Reads the theme's files; a build computes it once and passes it on.
     */
    public static String salt(SiteConfig config, Theme theme) throws IOException {
        Fingerprint fingerprint = new Fingerprint().add(RENDER_VERSION).add(config.forOutput());
        for (Path file : theme.renderInputs()) {
            fingerprint.add(file.toString()).add(Files.readAllBytes(file));
        }
        return fingerprint.hex();
    }

    /** What every page's fingerprint starts from: this build's configuration, theme files and Duet version. */
    public String salt() {
        return salt;
    }

    /** Changes whenever what Duet itself puts into pages changes, so old fingerprints stop matching. */
    private static final String RENDER_VERSION = "duet-render-1";

    /** A digest of one article as the model has it: every field, the Markdown included. Computed once per build. */
    private String digest(ArticlePage article) {
        // The identity map answers the many asks of one build cheaply; the memo carries digests across builds.
        return buildDigests.get(article, a -> articleDigests.get(a, dev.duet.model.ArticleDigest::of));
    }

    private Fingerprint fingerprint(String kind) {
        return new Fingerprint().add(salt).add(kind);
    }

    /** Every file of the site, in path order. */
    public List<RenderTask> tasks() throws IOException {
        return tasks(path -> true);
    }

    /**
     * The files of the site whose paths {@code wanted} accepts, in path order: the same tasks, with the same
     * fingerprints and work, as {@link #tasks()} has for those paths.
     */
    public List<RenderTask> tasks(Predicate<String> wanted) throws IOException {
        List<RenderTask> tasks = new ArrayList<>();
        TaskSink add = new TaskSink(wanted, tasks);
        for (LanguageSite language : site.languages()) {
            languageTasks(language, add);
        }
        add.add(html("index.html", "landing.ftlh", this::landingModel));
        add.add(html("404.html", "404.ftlh", () -> notFoundModel(config.languages().get(0))));
        if (wanted.test("sitemap.xml") || wanted.test("sitemap-1.xml")) {
            sitemapTasks().forEach(add::add);
        }
        add.add(text("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + config.absoluteUrl("sitemap.xml") + "\n"));
        // GitHub Pages: serve files as they are, without Jekyll.
        add.add(text(".nojekyll", ""));
        for (Map.Entry<String, Path> file : theme.staticFiles().entrySet()) {
            Path source = file.getValue();
            add.add(new RenderTask(file.getKey(), () -> readStatic(source, file.getKey())));
        }
        tasks.sort(Comparator.comparing(RenderTask::path));
        return tasks;
    }

    /**
     * The paths of the pages that show something of these articles when only their content changed (not their
     * address, date, tags or translation, so every list keeps its order): each article's own and parallel pages,
     * its translation's, its neighbours' (which link to it by title), the pages whose related articles may list
     * it, and the home, tag, year and month list pages and feeds it is on. A preview renders these first; a full
     * build afterwards finds anything else.
     */
    public Set<String> pagesShowing(Collection<ArticlePage> articles) {
        Set<String> paths = new java.util.TreeSet<>();
        paths.add("index.html");
        for (ArticlePage article : articles) {
            String lang = article.lang();
            RelatedArticles relatedOfLanguage = related.get(lang);
            if (relatedOfLanguage == null || relatedOfLanguage.position(article).isEmpty()) {
                continue;
            }
            int position = relatedOfLanguage.position(article).getAsInt();
            List<ArticlePage> all = site.find(lang).map(LanguageSite::articles).orElse(List.of());
            paths.add(article.path() + "index.html");
            paths.add(Permalinks.parallel(article.path()) + "index.html");
            article.translation().ifPresent(t -> {
                paths.add(t.path() + "index.html");
                paths.add(Permalinks.parallel(t.path()) + "index.html");
            });
            for (int i = Math.max(0, position - 1); i <= Math.min(all.size() - 1, position + 1); i++) {
                paths.add(all.get(i).path() + "index.html");
            }
            listPage(paths, Permalinks.home(lang), position);
            if (position < config.feedSize()) {
                paths.add(Permalinks.feed(Permalinks.home(lang)));
            }
            for (TagPage tag : site.find(lang).map(LanguageSite::tags).orElse(List.of())) {
                if (!article.tags().contains(tag.tag())) {
                    continue;
                }
                int index = relatedOfLanguage.indexInTag(tag.tag(), position);
                listPage(paths, tag.path(), index);
                paths.add(Permalinks.feed(tag.path()));
                relatedOfLanguage.mayList(tag.tag(), index).forEach(other -> paths.add(other.path() + "index.html"));
            }
            article.date().ifPresent(date -> Archive.placeOf(all, position).ifPresent(place -> {
                listPage(paths, Permalinks.year(lang, date.getYear()), place.inYear());
                listPage(paths, Permalinks.month(lang, date.getYear(), date.getMonthValue()), place.inMonth());
            }));
        }
        return paths;
    }

    /** Collects the tasks whose paths are wanted. */
    private record TaskSink(Predicate<String> wanted, List<RenderTask> tasks) {
        /** Whether a task for this path would be kept; lets a partial build skip making the others. */
        boolean wants(String path) {
            return wanted.test(path);
        }

        void add(RenderTask task) {
            if (wanted.test(task.path())) {
                tasks.add(task);
            }
        }
    }

    /** The page of a paginated list that shows the item at {@code index}. */
    private void listPage(Set<String> paths, String first, int index) {
        paths.add(Permalinks.page(first, index / config.pageSize() + 1) + "index.html");
    }

    private void languageTasks(LanguageSite language, TaskSink tasks) {
        String lang = language.code();
        List<ArticlePage> articles = language.articles();
        for (int i = 0; i < articles.size(); i++) {
            ArticlePage article = articles.get(i);
            Optional<ArticlePage> newer = i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty();
            Optional<ArticlePage> older = i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty();
            String path = article.path() + "index.html";
            if (!tasks.wants(path)) {
                continue;
            }
            // The fingerprint needs the related articles, and so does the page that follows it when it is rendered.
            Related related = new Related(article);
            tasks.add(new RenderTask(path, () -> {
                Fingerprint f = fingerprint("article").add(path).add(digest(article));
                older.ifPresent(o -> f.add(o.title()).add(o.path()));
                newer.ifPresent(n -> f.add(n.title()).add(n.path()));
                related.links().forEach(link -> f.add(link));
                return f.hex();
            }, () -> render("article.ftlh", path, articleModel(article, older, newer, related.take()))));
        }
        for (ArticlePage article : articles) {
            String path = Permalinks.parallel(article.path()) + "index.html";
            if (article.translation().isEmpty() || !tasks.wants(path)) {
                continue;
            }
            article.translation().flatMap(t -> find(t.lang(), article.key())).ifPresent(other -> {
                tasks.add(new RenderTask(path, () -> fingerprint("parallel").add(path).add(digest(article))
                        .add(digest(other)).hex(), () -> render("parallel.ftlh", path, parallelModel(article, other))));
            });
        }
        Optional<Translation> homeTranslation = otherPage(lang, Permalinks::home);
        paginate(tasks, Permalinks.home(lang), articles, "home", strings(lang).getOrDefault("home.title",
                siteViews.get(lang).title()), lang, homeTranslation, Permalinks.feed(Permalinks.home(lang)));
        if (tasks.wants(Permalinks.feed(Permalinks.home(lang)))) {
            tasks.add(feed(Permalinks.feed(Permalinks.home(lang)), lang, siteViews.get(lang).title(),
                    Permalinks.home(lang), articles));
        }

        tasks.add(html(Permalinks.tags(lang) + "index.html", "tags.ftlh", () -> tagsModel(language)));
        if (theme.findTemplate("search.ftlh").isPresent()) { // a theme of its own may have no search page
            tasks.add(html(Permalinks.search(lang) + "index.html", "search.ftlh", () -> searchModel(lang)));
        }
        for (TagPage tagPage : language.tags()) {
            Optional<Translation> translation = tagPage.translation();
            String title = tagPage.tag().name();
            paginate(tasks, tagPage.path(), tagPage.articles(), "tag", title, lang, translation,
                    Permalinks.feed(tagPage.path()));
            if (tasks.wants(Permalinks.feed(tagPage.path()))) {
                tasks.add(feed(Permalinks.feed(tagPage.path()), lang, title + " · " + siteViews.get(lang).title(),
                        tagPage.path(), tagPage.articles()));
            }
        }

        Archive archive = Archive.of(articles);
        tasks.add(html(Permalinks.archive(lang) + "index.html", "archive.ftlh", () -> archiveModel(lang, archive)));
        for (Archive.Year year : archive.years()) {
            paginate(tasks, Permalinks.year(lang, year.year()), year.articles(), "year", Dates.year(lang, year.year()),
                    lang, Optional.empty(), "");
            for (Archive.Month month : year.months()) {
                paginate(tasks, Permalinks.month(lang, month.year(), month.month()), month.articles(), "month",
                        Dates.month(lang, month.year(), month.month()), lang, Optional.empty(), "");
            }
        }
        tasks.add(html(lang + "/404.html", "404.ftlh", () -> notFoundModel(language.language())));
    }

    // ---- models -------------------------------------------------------------------------------------------

    private Map<String, Object> base(String lang, Views.PageView page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteViews.get(lang));
        model.put("t", strings(lang));
        model.put("page", page);
        return model;
    }

    private Map<String, Object> articleModel(ArticlePage article, Optional<ArticlePage> older,
            Optional<ArticlePage> newer, List<Views.Link> related) {
        Views.Link translation = article.translation().map(this::link).orElse(null);
        List<Views.Link> alternates = alternatesOf.of(new Translation(article.lang(), article.languageTag(),
                article.path(), article.title()), article.translation());
        Views.PageView page = new Views.PageView("article", article.title(), facts(article).summary(),
                links.href(article.path()), config.absoluteUrl(Permalinks.encode(article.path())),
                article.languageTag(), alternates, translation, links.href(Permalinks.feed(Permalinks.home(article.lang()))),
                "", "");
        Map<String, Object> model = base(article.lang(), page);
        model.put("article", articleView(article, body(article), older, newer, related));
        return model;
    }

    private Views.ArticleView articleView(ArticlePage article, String bodyHtml, Optional<ArticlePage> older,
            Optional<ArticlePage> newer, List<Views.Link> related) {
        String lang = article.lang();
        var attribution = article.attribution();
        String host = attribution.sourceUrl().map(u -> Optional.ofNullable(URI.create(u).getHost()).orElse(""))
                .orElse("");
        Views.AttributionView attributionView = new Views.AttributionView(attribution.dateline().orElse(""),
                attribution.agency().orElse(""), attribution.reporters(), attribution.sourceUrl().orElse(""),
                attribution.sourceName().orElse(""), host);
        List<Views.Link> tags = article.tags().stream().map(t -> tagLink(lang, t)).toList();
        String absolute = config.absoluteUrl(Permalinks.encode(article.path()));
        return new Views.ArticleView(article.title(), article.headline().orElse(""), links.href(article.path()),
                absolute, lang, article.languageTag(), article.date().map(LocalDate::toString).orElse(""),
                article.date().map(d -> Dates.display(lang, d)).orElse(strings(lang).getOrDefault("undated", "")),
                facts(article).summary(), bodyHtml, facts(article).readingMinutes(), tags, attributionView,
                article.translation().map(this::link).orElse(null), older.map(this::articleLink).orElse(null),
                newer.map(this::articleLink).orElse(null), related,
                bodyHtml.isEmpty() ? "" : JsonLd.newsArticle(article, absolute, config, siteViews.get(lang).title()),
                article.translation().isPresent() ? links.href(Permalinks.parallel(article.path())) : "");
    }

    /**
     * An article's related articles by shared tags, from when its page's fingerprint is taken until the page is
     * rendered; not kept after, so a large site never holds every article's related links at once.
     */
    private final class Related {
        private final ArticlePage article;
        private List<Views.Link> links;

        Related(ArticlePage article) {
            this.article = article;
        }

        synchronized List<Views.Link> links() {
            if (links == null) {
                links = related.get(article.lang()).of(article).stream().map(SiteRenderer.this::articleLink).toList();
            }
            return links;
        }

        /** The links, let go of here. */
        synchronized List<Views.Link> take() {
            List<Views.Link> taken = links();
            links = null;
            return taken;
        }
    }

    /** The article's summary and reading time, computed on first use. */
    private ArticleFacts facts(ArticlePage article) {
        return facts.get(article, a -> ArticleFacts.of(a, writing.get(a.lang())));
    }

    /**
     * The body as HTML. Not kept between pages: the plain paragraphs of news text render faster than a cache could
     * be looked up and kept in memory, and a large site's bodies would fill the heap.
     */
    private String body(ArticlePage article) {
        return markdown.render(article.markdown());
    }

    private Optional<ArticlePage> find(String lang, String key) {
        return Optional.ofNullable(byKey.getOrDefault(lang, Map.of()).get(key));
    }

    /** Both texts of a story side by side, paragraphs aligned by length; the Chinese original on the left. */
    private Map<String, Object> parallelModel(ArticlePage article, ArticlePage other) {
        ArticlePage zh = article.lang().equals("zh") ? article : other;
        ArticlePage en = article.lang().equals("zh") ? other : article;
        List<Views.ParallelRow> rows = ParallelText.of(zh.markdown(), en.markdown()).rows().stream()
                .map(row -> new Views.ParallelRow(row.left().stream().map(markdown::render).toList(),
                        row.right().stream().map(markdown::render).toList()))
                .toList();
        String lang = article.lang();
        String title = strings(lang).getOrDefault("parallel.title", "Parallel text") + ": " + article.title();
        String path = Permalinks.parallel(article.path());
        String otherPath = Permalinks.parallel(other.path());
        List<Views.Link> alternates = alternatesOf.of(new Translation(lang, article.languageTag(), path, title),
                Optional.of(new Translation(other.lang(), other.languageTag(), otherPath, other.title())));
        Views.Link translation = new Views.Link(other.title(), links.href(otherPath), other.lang(), other.languageTag());
        Views.PageView page = new Views.PageView("parallel", title, facts(article).summary(), links.href(path),
                config.absoluteUrl(Permalinks.encode(path)), article.languageTag(), alternates, translation,
                links.href(Permalinks.feed(Permalinks.home(lang))), "", "");
        Map<String, Object> model = base(lang, page);
        model.put("parallel", new Views.ParallelView(zh.title(), en.title(), zh.languageTag(), en.languageTag(),
                links.href(zh.path()), links.href(en.path()), links.href(otherPath),
                article.date().map(LocalDate::toString).orElse(""),
                article.date().map(d -> Dates.display(lang, d)).orElse(strings(lang).getOrDefault("undated", "")),
                rows));
        return model;
    }


    /**
     * A list view of an article: everything but the body. Made again for each list it is on rather than kept:
     * the costly parts, its summary and tag links, are.
     */
    private Views.ArticleView listItem(ArticlePage article) {
        return articleView(article, "", Optional.empty(), Optional.empty(), List.of());
    }

    private void paginate(TaskSink tasks, String first, List<ArticlePage> articles, String kind, String title,
            String lang, Optional<Translation> translation, String feedPath) {
        int size = config.pageSize();
        int pages = Math.max(1, (articles.size() + size - 1) / size);
        for (int n = 1; n <= pages; n++) {
            if (!tasks.wants(Permalinks.page(first, n) + "index.html")) {
                continue;
            }
            int page = n;
            List<ArticlePage> slice = articles.subList((n - 1) * size, Math.min(articles.size(), n * size));
            tasks.add(new RenderTask(Permalinks.page(first, n) + "index.html", () -> {
                Fingerprint f = fingerprint("list").add(kind).add(title).add(first).add(page).add(pages)
                        .add(translation).add(feedPath).add(lang);
                slice.forEach(a -> f.add(digest(a)));
                return f.hex();
            }, () -> render("list.ftlh", Permalinks.page(first, page) + "index.html", listModel(first, page, pages,
                    slice, kind, title, lang, translation, feedPath))));
        }
    }

    private Map<String, Object> listModel(String first, int page, int pages, List<ArticlePage> slice, String kind,
            String title, String lang, Optional<Translation> translation, String feedPath) {
        String path = Permalinks.page(first, page);
        String prev = Pager.prevUrl(links, first, page);
        String next = Pager.nextUrl(links, first, page, pages);
        Optional<Translation> shownTranslation = page == 1 ? translation : Optional.empty();
        // The home pages and the landing page form one set of alternates, x-default the landing page.
        List<Views.Link> alternates = kind.equals("home") && page == 1 ? alternatesOf.homes()
                : alternatesOf.of(new Translation(lang, config.requireLanguage(lang).languageTag(), path, title),
                        shownTranslation);
        Views.PageView pageView = new Views.PageView(kind, title, siteViews.get(lang).description(),
                links.href(path), config.absoluteUrl(Permalinks.encode(path)),
                config.requireLanguage(lang).languageTag(), alternates, shownTranslation.map(this::link).orElse(null),
                feedPath.isEmpty() ? "" : links.href(feedPath), prev, next);
        Map<String, Object> model = base(lang, pageView);
        model.put("articles", slice.stream().map(this::listItem).toList());
        model.put("pager", Pager.view(links, first, page, pages));
        return model;
    }

    private Map<String, Object> tagsModel(LanguageSite language) {
        String lang = language.code();
        String title = strings(lang).getOrDefault("tags.title", "Tags");
        String path = Permalinks.tags(lang);
        Optional<Translation> translation = otherPage(lang, Permalinks::tags);
        Map<String, Object> model = base(lang, simplePage("tags", title, path, lang, translation));
        List<Views.TagCount> tags = language.tags().stream()
                .map(t -> new Views.TagCount(t.tag().name(), links.href(t.path()), t.articles().size()))
                .toList();
        model.put("tags", tags);
        return model;
    }

    /** The search page: a form, and what its script needs to find the index and the other language's page. */
    private Map<String, Object> searchModel(String lang) {
        String title = strings(lang).getOrDefault("search.title", "Search");
        Optional<Translation> other = otherPage(lang, Permalinks::search);
        Map<String, Object> model = base(lang, simplePage("search", title, Permalinks.search(lang), lang, other));
        model.put("search", new Views.SearchView(links.href(Permalinks.searchIndex(lang)),
                links.href("js/search.js"), links.href("css/search.css"), other.map(this::link).orElse(null)));
        return model;
    }

    private Map<String, Object> archiveModel(String lang, Archive archive) {
        String title = strings(lang).getOrDefault("archive.title", "Archive");
        Optional<Translation> translation = otherPage(lang, Permalinks::archive);
        Map<String, Object> model = base(lang, simplePage("archive", title, Permalinks.archive(lang), lang,
                translation));
        List<Views.Period> years = new ArrayList<>();
        for (Archive.Year year : archive.years()) {
            List<Views.Period> monthViews = year.months().stream().map(month -> new Views.Period(
                    Dates.month(lang, month.year(), month.month()),
                    links.href(Permalinks.month(lang, month.year(), month.month())), month.articles().size(),
                    List.<Views.Period>of())).toList();
            years.add(new Views.Period(Dates.year(lang, year.year()), links.href(Permalinks.year(lang, year.year())),
                    year.articles().size(), monthViews));
        }
        model.put("years", years);
        return model;
    }

    private Map<String, Object> landingModel() {
        LanguageConfig first = config.languages().get(0);
        List<Views.Link> alternates = alternatesOf.landing();
        Views.PageView page = new Views.PageView("landing", first.title(), first.description(), links.href(""),
                config.absoluteUrl(""), first.languageTag(), alternates, null, "", "", "");
        Map<String, Object> model = base(first.code(), page);
        List<Map<String, Object>> columns = new ArrayList<>();
        for (LanguageSite language : site.languages()) {
            Map<String, Object> column = new HashMap<>();
            column.put("site", siteViews.get(language.code()));
            column.put("t", strings(language.code()));
            column.put("articles", language.articles().stream().limit(5).map(this::listItem).toList());
            columns.add(column);
        }
        model.put("columns", columns);
        return model;
    }

    private Map<String, Object> notFoundModel(LanguageConfig language) {
        String lang = language.code();
        String title = strings(lang).getOrDefault("notfound.title", "Page not found");
        Views.PageView page = new Views.PageView("404", title, "", links.href(lang + "/404.html"),
                config.absoluteUrl(lang + "/404.html"), language.languageTag(), List.of(), null, "", "", "");
        Map<String, Object> model = base(lang, page);
        model.put("articles", site.find(lang).map(l -> l.articles().stream().limit(5).map(this::listItem).toList())
                .orElse(List.of()));
        return model;
    }

    private Views.PageView simplePage(String kind, String title, String path, String lang,
            Optional<Translation> translation) {
        List<Views.Link> alternates = alternatesOf.of(new Translation(lang, config.requireLanguage(lang).languageTag(),
                path, title), translation);
        return new Views.PageView(kind, title, siteViews.get(lang).description(), links.href(path),
                config.absoluteUrl(Permalinks.encode(path)), config.requireLanguage(lang).languageTag(), alternates,
                translation.map(this::link).orElse(null), links.href(Permalinks.feed(Permalinks.home(lang))), "", "");
    }

    // ---- feeds and sitemap --------------------------------------------------------------------------------

    private RenderTask feed(String path, String lang, String title, String pagePath, List<ArticlePage> articles) {
        List<ArticlePage> newest = articles.stream().filter(a -> a.date().isPresent())
                .limit(config.feedSize()).toList();
        return new RenderTask(path, () -> {
            Fingerprint f = fingerprint("feed").add(path).add(lang).add(title).add(pagePath);
            newest.forEach(a -> f.add(digest(a)));
            return f.hex();
        }, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("site", siteViews.get(lang));
            model.put("t", strings(lang));
            model.put("title", title);
            model.put("feedUrl", config.absoluteUrl(Permalinks.encode(path)));
            model.put("pageUrl", config.absoluteUrl(Permalinks.encode(pagePath)));
            model.put("id", config.absoluteUrl(Permalinks.encode(path)));
            model.put("updated", newest.isEmpty() ? "1970-01-01T00:00:00Z"
                    : Dates.timestamp(newest.get(0).date().get()));
            model.put("fullContent", config.feedFullContent());
            List<Map<String, Object>> entries = new ArrayList<>();
            for (ArticlePage article : newest) {
                Map<String, Object> entry = new HashMap<>();
                entry.put("article", config.feedFullContent() ? articleView(article, body(article),
                        Optional.empty(), Optional.empty(), List.of()) : listItem(article));
                entry.put("updated", Dates.timestamp(article.date().get()));
                entries.add(entry);
            }
            model.put("entries", entries);
            return render("atom.ftlx", path, model);
        });
    }

    private List<RenderTask> sitemapTasks() {
        // What each URL is made from: a language's home (its code), an article or a tag page. The entries
        // themselves are made when their file is rendered, so a large site never holds them all.
        List<Object> urls = new ArrayList<>();
        for (LanguageSite language : site.languages()) {
            urls.add(language.code());
            urls.addAll(language.articles());
            urls.addAll(language.tags());
        }
        List<RenderTask> tasks = new ArrayList<>();
        if (urls.size() <= SITEMAP_LIMIT) {
            tasks.add(sitemap("sitemap.xml", urls));
            return tasks;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i * SITEMAP_LIMIT < urls.size(); i++) {
            String path = "sitemaps/sitemap-" + (i + 1) + ".xml";
            parts.add(config.absoluteUrl(path));
            tasks.add(sitemap(path, urls.subList(i * SITEMAP_LIMIT, Math.min(urls.size(), (i + 1) * SITEMAP_LIMIT))));
        }
        tasks.add(new RenderTask("sitemap.xml", () -> render("sitemapindex.ftlx", "sitemap.xml",
                Map.of("sitemaps", parts))));
        return tasks;
    }

    private Map<String, Object> sitemapUrl(String path, Optional<LocalDate> lastmod, List<Views.Link> alternates) {
        Map<String, Object> url = new HashMap<>();
        url.put("loc", config.absoluteUrl(Permalinks.encode(path)));
        url.put("lastmod", lastmod.map(LocalDate::toString).orElse(""));
        url.put("alternates", alternates);
        return url;
    }

    private RenderTask sitemap(String path, List<Object> sources) {
        return new RenderTask(path, () -> render("sitemap.ftlx", path,
                Map.of("urls", sources.stream().map(this::sitemapUrl).toList())));
    }

    /** The sitemap entry of a language's home (given by its code), an article or a tag page. */
    private Map<String, Object> sitemapUrl(Object source) {
        if (source instanceof ArticlePage article) {
            return sitemapUrl(article);
        }
        if (source instanceof TagPage tag) {
            return sitemapUrl(tag.path(), tag.articles().get(0).date(), List.of());
        }
        String lang = (String) source;
        return sitemapUrl(Permalinks.home(lang), site.find(lang).flatMap(l -> l.articles().stream().findFirst())
                .flatMap(ArticlePage::date), alternatesOf.homes());
    }

    private Map<String, Object> sitemapUrl(ArticlePage article) {
        return sitemapUrl(article.path(), article.date(), alternatesOf.ofSitemapEntry(article));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private RenderTask html(String path, String template, Supplier<Map<String, Object>> model) {
        return new RenderTask(path, () -> render(template, path, model.get()));
    }

    private RenderTask.Result render(String template, String path, Map<String, Object> model) {
        Templates.Rendered rendered = templates.render(template, model);
        if (rendered.problem().isPresent()) {
            return RenderTask.Result.failed(rendered.problem().get());
        }
        return RenderTask.Result.of(rendered.text().orElseThrow().getBytes(StandardCharsets.UTF_8));
    }

    private static RenderTask text(String path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new RenderTask(path, () -> RenderTask.Result.of(bytes));
    }

    private static RenderTask.Result readStatic(Path source, String path) {
        try {
            return RenderTask.Result.of(Files.readAllBytes(source));
        } catch (IOException e) {
            return RenderTask.Result.failed(Problem.error("theme.static", "static/" + path, 0,
                    "cannot read static file: " + e.getMessage()));
        }
    }

    private Map<String, String> strings(String lang) {
        return strings.getOrDefault(lang, Map.of());
    }

    private Views.SiteView siteView(LanguageConfig language) {
        String lang = language.code();
        List<Views.Link> languages = config.languages().stream()
                .map(l -> new Views.Link(l.title(), links.href(Permalinks.home(l.code())), l.code(), l.languageTag()))
                .toList();
        return new Views.SiteView(language.title(), language.description(), lang, language.languageTag(),
                language.ogLocale(), config.basePath(), config.baseUrl().toString(), links.href(Permalinks.home(lang)),
                links.href(""), links.href(Permalinks.feed(Permalinks.home(lang))), links.href(Permalinks.tags(lang)),
                links.href(Permalinks.archive(lang)), links.href("css/duet.css"), languages);
    }

    private Views.Link link(Translation translation) {
        return new Views.Link(translation.title(), links.href(translation.path()), translation.lang(),
                translation.languageTag());
    }

    private Views.Link articleLink(ArticlePage article) {
        return new Views.Link(article.title(), links.href(article.path()), article.lang(), article.languageTag());
    }

    private Views.Link tagLink(String lang, Tag tag) {
        return tagLinks.get(lang).computeIfAbsent(tag, t -> new Views.Link(t.name(),
                links.href(Permalinks.tag(lang, t.slug())), lang, config.requireLanguage(lang).languageTag()));
    }

    /** The same page in the other language, given how a language's page path is made. */
    private Optional<Translation> otherPage(String lang, java.util.function.Function<String, String> pathOf) {
        return config.languages().stream().filter(l -> !l.code().equals(lang)).findFirst()
                .map(l -> new Translation(l.code(), l.languageTag(), pathOf.apply(l.code()), l.title()));
    }
}
