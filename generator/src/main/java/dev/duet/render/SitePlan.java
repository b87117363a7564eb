package dev.duet.render;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.model.Archive;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.NewsWindow;
import dev.duet.model.Permalinks;
import dev.duet.model.RelatedArticles;
import dev.duet.model.Site;
import dev.duet.model.TagPage;
import dev.duet.model.Translation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which files the site has: every output file with its kind, its template and what it is made from. Article pages,
 * parallel texts, the front page, home, tag, section, reporter, year and month lists per language with their feeds,
 * the tag and reporter indexes, search and archive pages, the landing page, 404 pages, the sitemap, robots.txt and
 * the theme's static files. Planning reads nothing and renders nothing; it knows which pages show an article too.
 */
final class SitePlan {

    /** How many of the newest articles the landing and 404 pages list. */
    static final int NEWEST = 5;

    /**
     * One file of the output: its site-relative path, and the template that renders it (empty for none). The files
     * of withdrawn articles and redirects are {@link LifecyclePlan}'s.
     */
    interface File {
        String path();

        String template();
    }

    record ArticleFile(String path, ArticlePage article, Optional<ArticlePage> older, Optional<ArticlePage> newer)
            implements File {
        public String template() {
            return "article.ftlh";
        }
    }

    /** A story's parallel text: {@code article} is its Chinese text, {@code other} the English. */
    record ParallelFile(String path, ArticlePage article, ArticlePage other) implements File {
        public String template() {
            return "parallel.ftlh";
        }
    }

    /**
     * A paginated list of articles ({@code kind} {@code home}, {@code tag}, {@code year} or {@code month}), whose
     * first page is at {@code first}; {@code feedPath} is empty for a list without a feed. The home's front page
     * shows the language's {@code mostRead} stories; other lists have none. {@code slots} are its places, those its
     * withdrawn articles keep among them.
     */
    record ArticleList(String kind, String title, String lang, String first, List<ArticlePage> articles,
            Optional<Translation> translation, String feedPath, List<ArticlePage> mostRead, ListSlots slots) {
    }

    /**
     * A page of a list: the front page ({@code page} 0), with the newest articles, or numbered page {@code page} of
     * {@code pages}, counted from the oldest, so that a full numbered page keeps its articles however many are added.
     * {@code pages} is 0 for a list that fits on its front page.
     */
    record ListFile(String path, ArticleList list, int page, int pages, List<ArticlePage> slice) implements File {
        public String template() {
            return "list.ftlh";
        }
    }

    /**
     * A language's front page when the theme has {@code home.ftlh}: the newest story as the lead, then the newest
     * stories of each section. The numbered pages of the home list stay {@link ListFile}s.
     */
    record HomeFile(String path, ArticleList list, int pages, LanguageSite language) implements File {
        public String template() {
            return "home.ftlh";
        }
    }

    record SearchFile(String path, String lang) implements File {
        public String template() {
            return "search.ftlh";
        }
    }

    record ArchiveFile(String path, String lang, Archive archive) implements File {
        public String template() {
            return "archive.ftlh";
        }
    }

    record LandingFile(String path) implements File {
        public String template() {
            return "landing.ftlh";
        }
    }

    record NotFoundFile(String path, LanguageConfig language) implements File {
        public String template() {
            return "404.ftlh";
        }
    }

    /**
     * An Atom feed of the newest dated articles of a list whose page is at {@code pagePath}: whole articles when
     * {@code fullContent}, else their summaries.
     */
    record FeedFile(String path, String lang, String title, String pagePath, List<ArticlePage> newest,
            boolean fullContent) implements File {
        public String template() {
            return "atom.ftlx";
        }
    }

    /**
     * A sitemap of languages' homes (given by their codes), articles and tag pages. The entries themselves are made
     * when the file is rendered, so a large site never holds them all. A tag page's entry has the date of its
     * newest article when {@code tagDates}; a large site's tag file leaves it out, so that it changes only when
     * tags do.
     */
    record SitemapFile(String path, List<Object> sources, boolean tagDates) implements File {
        public String template() {
            return "sitemap.ftlx";
        }
    }

    /** The Google News sitemap: the articles of the last two days ({@link NewsWindow}), never empty. */
    record NewsSitemapFile(String path, List<ArticlePage> articles) implements File {
        public String template() {
            return "news-sitemap.ftlx";
        }
    }

    record SitemapIndexFile(String path, List<String> sitemaps) implements File {
        public String template() {
            return "sitemapindex.ftlx";
        }
    }

    record TextFile(String path, String text) implements File {
        public String template() {
            return "";
        }
    }

    record StaticFile(String path, Path source) implements File {
        public String template() {
            return "";
        }
    }

    private final Site site;
    private final SiteConfig config;
    private final Theme theme;
    private final Map<String, RelatedArticles> related;
    private final Map<String, Map<String, String>> strings;
    private final LifecyclePlan lifecycle;
    private final Archives archives;
    /** Each language's withdrawn places, by list. */
    private final Map<String, WithdrawnLists> withdrawn = new java.util.HashMap<>();

    SitePlan(Site site, Theme theme, Map<String, RelatedArticles> related, Map<String, Map<String, String>> strings) {
        this.site = site;
        this.config = site.config();
        this.theme = theme;
        this.related = related;
        this.strings = strings;
        site.languages().forEach(language -> withdrawn.put(language.code(), WithdrawnLists.of(language)));
        this.archives = new Archives(site, this::otherPage);
        this.lifecycle = new LifecyclePlan(site, theme, () -> {
            Set<String> paths = new HashSet<>();
            pageFiles(path -> true).forEach(file -> paths.add(file.path()));
            return paths;
        });
    }

    /** The files whose paths {@code wanted} accepts, in no particular order. */
    List<File> files(Predicate<String> wanted) {
        List<File> files = pageFiles(wanted);
        lifecycle.files().stream().filter(file -> wanted.test(file.path())).forEach(files::add);
        return files;
    }

    /** The problems found planning the files: redirects that would replace a page. */
    List<Problem> problems() {
        return lifecycle.problems();
    }

    /** The files besides those of withdrawn articles and redirects whose paths {@code wanted} accepts. */
    private List<File> pageFiles(Predicate<String> wanted) {
        Files files = new Files(wanted, new ArrayList<>());
        for (LanguageSite language : site.languages()) {
            languageFiles(language, language.language().title(), files);
        }
        files.add(new LandingFile("index.html"));
        files.add(new NotFoundFile("404.html", config.languages().get(0)));
        SitemapPlan.files(site).forEach(files::add);
        // The news sitemap exists only while it has articles: the sitemaps.org schema wants at least one URL. A
        // theme of its own may have no template for it.
        NewsWindow news = NewsWindow.of(site, config.buildTime());
        boolean hasNews = !news.articles().isEmpty() && theme.findTemplate("news-sitemap.ftlx").isPresent();
        if (hasNews) {
            files.add(new NewsSitemapFile(SitemapPlan.NEWS_SITEMAP, news.articles()));
        }
        files.add(new TextFile("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: "
                + config.absoluteUrl("sitemap.xml") + "\n"
                + (hasNews ? "Sitemap: " + config.absoluteUrl(SitemapPlan.NEWS_SITEMAP) + "\n" : "")));
        // GitHub Pages: serve files as they are, without Jekyll.
        files.add(new TextFile(".nojekyll", ""));
        theme.staticFiles().forEach((path, source) -> files.add(new StaticFile(path, source)));
        return files.list();
    }

    /** Collects the files whose paths are wanted. */
    private record Files(Predicate<String> wanted, List<File> list) {
        /** Whether a file of this path would be kept; lets a partial build skip making the others. */
        boolean wants(String path) {
            return wanted.test(path);
        }

        void add(File file) {
            if (wanted.test(file.path())) {
                list.add(file);
            }
        }
    }

    private void languageFiles(LanguageSite language, String siteTitle, Files files) {
        String lang = language.code();
        List<ArticlePage> articles = language.articles();
        for (int i = 0; i < articles.size(); i++) {
            ArticlePage article = articles.get(i);
            String path = article.path() + "index.html";
            if (files.wants(path)) {
                files.add(new ArticleFile(path, article,
                        i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty(),
                        i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty()));
            }
        }
        // One parallel page per story, at its Chinese article's address.
        if (language.language().isChinese()) {
            ParallelPlan.files(site, articles, files::wants).forEach(files::add);
        }
        String home = Permalinks.home(lang);
        List<ArticlePage> mostRead = MostReadPlan.stories(site, lang);
        String homeTitle = strings.getOrDefault(lang, Map.of()).getOrDefault("home.title", siteTitle);
        paginate(files, new ArticleList("home", homeTitle, lang, home, articles, otherPage(lang, Permalinks::home),
                Permalinks.feed(home), mostRead, slots(lang, "home", "", articles)));
        MostReadPlan.files(site, lang, strings.getOrDefault(lang, Map.of()).getOrDefault("mostread.title", "Most read")
                + " · " + siteTitle, mostRead).forEach(files::add);
        feed(files, lang, siteTitle, home, articles, config.feedFullContent());
        TagIndex.files(language).forEach(files::add);
        if (theme.findTemplate("search.ftlh").isPresent()) { // a theme of its own may have no search page
            files.add(new SearchFile(Permalinks.search(lang) + "index.html", lang));
        }
        for (TagPage tagPage : language.tags()) {
            String title = tagPage.tag().name();
            paginate(files, new ArticleList("tag", title, lang, tagPage.path(), tagPage.articles(),
                    tagPage.translation(), Permalinks.feed(tagPage.path()), List.of(),
                    slots(lang, "tag", tagPage.tag().key(), tagPage.articles())));
            // A tag's feed carries summaries unless asked: a story is on several tags, and its text is in the main
            // feed already.
            feed(files, lang, title + " · " + siteTitle, tagPage.path(), tagPage.articles(),
                    config.feedFullContent() && config.tagFeedsFullContent());
        }
        for (TagPage section : language.sections()) {
            paginate(files, new ArticleList("section", section.tag().name(), lang, section.path(),
                    section.articles(), section.translation(), Permalinks.feed(section.path()), List.of(),
                    slots(lang, "section", section.tag().key(), section.articles())));
            feed(files, lang, section.tag().name() + " · " + siteTitle, section.path(), section.articles(), false);
        }
        if (hasSectionsIndex()) {
            files.add(new TagIndex.SectionsFile(Permalinks.sections(lang) + "index.html", language));
        }
        if (hasReportersIndex()) {
            TagIndex.reporterFiles(language).forEach(files::add);
        }
        for (TagPage reporter : language.reporters()) {
            paginate(files, new ArticleList("reporter", reporter.tag().name(), lang, reporter.path(),
                    reporter.articles(), reporter.translation(), "", List.of(),
                    slots(lang, "reporter", reporter.tag().key(), reporter.articles())));
        }
        Archive archive = archives.of(lang);
        files.add(new ArchiveFile(Permalinks.archive(lang) + "index.html", lang, archive));
        for (Archive.Year year : archive.years()) {
            paginate(files, new ArticleList("year", Dates.year(lang, year.year()), lang, Permalinks.year(lang,
                    year.year()), year.articles(), archives.year(lang, year.year()), "", List.of(), slots(lang, "year",
                    WithdrawnLists.yearKey(year.year()), year.articles())));
            for (Archive.Month month : year.months()) {
                paginate(files, new ArticleList("month", Dates.month(lang, month.year(), month.month()), lang,
                        Permalinks.month(lang, month.year(), month.month()), month.articles(),
                        archives.month(lang, month.year(), month.month()), "", List.of(), slots(lang, "month",
                                WithdrawnLists.monthKey(month.year(), month.month()), month.articles())));
            }
        }
        files.add(new NotFoundFile(lang + "/404.html", language.language()));
    }

    private void feed(Files files, String lang, String title, String pagePath, List<ArticlePage> articles,
            boolean fullContent) {
        String path = Permalinks.feed(pagePath);
        if (files.wants(path)) {
            files.add(new FeedFile(path, lang, title, pagePath, articles.stream().filter(a -> a.date().isPresent())
                    .limit(config.feedSize()).toList(), fullContent));
        }
    }

    /**
     * A list's front page, with its newest articles, and, for a list longer than a page, its numbered pages: page
     * {@code k} holds the articles of the {@code k}-th page size of places counted from the oldest, newest first.
     * Adding an article changes the front page and the newest numbered page, and never the full pages below it; a
     * withdrawn article keeps its place, so withdrawing one changes the pages that showed it.
     */
    private void paginate(Files files, ArticleList list) {
        int size = config.pageSize();
        List<ArticlePage> articles = list.articles();
        int count = articles.size();
        int pages = numberedPages(list.slots());
        String front = Permalinks.page(list.first(), 0) + "index.html";
        if (files.wants(front)) {
            Optional<LanguageSite> language = list.kind().equals("home") ? site.find(list.lang()) : Optional.empty();
            if (language.isPresent() && theme.findTemplate("home.ftlh").isPresent()) {
                files.add(new HomeFile(front, list, pages, language.get()));
            } else {
                files.add(new ListFile(front, list, 0, pages, articles.subList(0, Math.min(count, size))));
            }
        }
        for (int n = 1; n <= pages; n++) {
            String path = Permalinks.page(list.first(), n) + "index.html";
            if (files.wants(path)) {
                // The articles of the oldest-first places (n-1)*size .. n*size-1, newest first.
                files.add(new ListFile(path, list, n, pages, list.slots().between(articles, (n - 1) * size,
                        n * size)));
            }
        }
    }

    /**
     * Whether the site has an index of its sections, so that the navigation may show the first {@link
     * TagIndex#NAV_SECTIONS} and link to it: when a language has more, and the theme has the page.
     */
    boolean hasSectionsIndex() {
        return site.languages().stream().anyMatch(l -> l.sections().size() > TagIndex.NAV_SECTIONS)
                && theme.findTemplate("sections.ftlh").isPresent();
    }

    /** Whether the theme has a reporters index, so that pages may link to it. */
    boolean hasReportersIndex() {
        return theme.findTemplate("reporters.ftlh").isPresent();
    }

    /** How many numbered pages a list of these places has: none when its front page holds them all. */
    int numberedPages(ListSlots slots) {
        int size = config.pageSize();
        return slots.total() <= size ? 0 : (slots.total() + size - 1) / size;
    }

    /** The numbered page that holds the article at {@code index} (newest first) of a list of these places. */
    int numberedPageOf(int index, ListSlots slots) {
        return slots.placeOf(index) / config.pageSize() + 1;
    }

    /** The places of a language's list (see {@link WithdrawnLists#slots}). */
    ListSlots slots(String lang, String kind, String key, List<ArticlePage> articles) {
        WithdrawnLists lists = withdrawn.get(lang);
        return lists == null ? ListSlots.of(articles, List.of()) : lists.slots(kind, key, articles);
    }

    /** The same page in the other language, given how a language's page path is made. */
    Optional<Translation> otherPage(String lang, Function<String, String> pathOf) {
        return config.languages().stream().filter(l -> !l.code().equals(lang)).findFirst()
                .map(l -> new Translation(l.code(), l.languageTag(), pathOf.apply(l.code()), l.title()));
    }

    /**
     * The paths of the pages that show something of these articles when only their content changed (not their
     * address, date, tags, section, reporters or translation, so every list keeps its order); see
     * {@link ShowingPages}.
     */
    Set<String> pagesShowing(Collection<ArticlePage> articles) {
        return new ShowingPages(site, related, this).of(articles);
    }
}
