package dev.duet.render;

import dev.duet.config.LanguageConfig;
import dev.duet.config.MissingTranslation;
import dev.duet.config.SiteConfig;
import dev.duet.content.NewsTime;
import dev.duet.diagnostic.Problem;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.markdown.MarkdownTooDeep;
import dev.duet.model.ArticleFacts;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.ParallelText;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.model.Tag;
import dev.duet.model.Translation;
import dev.duet.model.WritingRule;
import dev.duet.render.PageKinds.ArchivePageView;
import dev.duet.render.PageKinds.ArticlePageView;
import dev.duet.render.PageKinds.ListPageView;
import dev.duet.render.PageKinds.ParallelPageView;
import dev.duet.render.PageKinds.SearchPageView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** How the view of each kind of HTML page ({@link PageKinds}) is made from the model. */
final class PageViews {

    private final Site site;
    private final SiteConfig config;
    private final MarkdownRenderer markdown;
    private final Permalinks links;
    private final Alternates alternates;
    private final SitePlan plan;
    private final Map<String, Map<String, String>> strings;
    private final Map<String, Views.SiteView> siteViews = new HashMap<>();
    private final Map<String, WritingRule> writing = new HashMap<>();
    /** Per language, each tag's link: a large site's articles share a few thousand tags. */
    private final Map<String, Map<Tag, Views.Link>> tagLinks = new HashMap<>();
    /** Per language, each section's and reporter's link, by path and name: a name written two ways shows each. */
    private final Map<String, Map<String, Views.Link>> groupLinks = new HashMap<>();
    /**
     * Each article's facts, made once: they need its body, which a large site reads from its file again. A shard's
     * build, which shows each article on few of its pages, makes them when a page needs them, keeping none.
     */
    private final PerArticle<ArticleFacts> facts;
    /** Each article's link, for its neighbours' and related pages; a shard's build keeps none, as of facts. */
    private final PerArticle<Views.Link> articleLinks;
    private final ViewDigest digest;
    /** A digest of every field of an article, for the deferred values made from the whole article. */
    private final Function<ArticlePage, String> articleDigest;

    /**
     * Views of the site's pages. The parts many pages share are marked shared in {@code digest}; {@code
     * articleDigest} digests every field of an article.
     */
    PageViews(Site site, MarkdownRenderer markdown, SitePlan plan, Map<String, Map<String, String>> strings,
            ViewDigest digest, Function<ArticlePage, String> articleDigest) {
        this.site = site;
        this.config = site.config();
        this.markdown = markdown;
        this.plan = plan;
        this.strings = strings;
        this.digest = digest;
        this.articleDigest = articleDigest;
        this.links = new Permalinks(config.basePath());
        this.facts = config.shard().isPresent() ? PerArticle.none() : new PerArticle<>();
        this.articleLinks = config.shard().isPresent() ? PerArticle.none() : new PerArticle<>();
        this.alternates = new Alternates(config);
        strings.values().forEach(digest::shared);
        for (LanguageConfig language : config.languages()) {
            siteViews.put(language.code(), digest.shared(siteView(language)));
            if (language.isChinese()) {
                siteViews.put(TraditionalSite.TAG, digest.shared(TraditionalSite.of(siteViews.get(language.code()))));
            }
            writing.put(language.code(), WritingRule.of(language));
            tagLinks.put(language.code(), new ConcurrentHashMap<>());
            groupLinks.put(language.code(), new ConcurrentHashMap<>());
        }
    }

    ArticlePageView article(SitePlan.ArticleFile file, List<ArticlePage> related) {
        ArticlePage article = file.article();
        String lang = article.lang();
        Views.ArticleView item = listItem(article);
        boolean untranslated = article.translation().isEmpty()
                && config.missingTranslation() == MissingTranslation.NOTICE;
        Optional<Views.Link> switchTo = untranslated ? otherHome(lang) : item.translation();
        Views.PageView page = new Views.PageView("article", article.title(), item.summary(), item.url(),
                item.absoluteUrl(), article.languageTag(), alternates.of(translationOf(article),
                article.translation()), switchTo, site(lang).feedUrl(), "", "");
        Optional<Views.Link> older = file.older().map(this::articleLink);
        Optional<Views.Link> newer = file.newer().map(this::articleLink);
        List<Views.Link> relatedLinks = related.stream().map(this::articleLink).toList();
        return new ArticlePageView(siteOf(article), stringsOf(article), page, Deferred.of(List.of(
                articleDigest.apply(article), older, newer, relatedLinks),
                () -> withBody(article, older, newer, relatedLinks)), untranslated, LifecycleViews.revision(article));
    }

    /** A link to the home page of the language other than {@code lang}, if the site has one. */
    private Optional<Views.Link> otherHome(String lang) {
        return config.languages().stream().filter(l -> !l.code().equals(lang)).findFirst()
                .map(other -> new Views.Link(site(other.code()).title(), site(other.code()).homeUrl(), other.code(),
                        other.languageTag()));
    }

    /**
     * An article as lists show it, made when a template reads it. It is made from the article alone (with the
     * configuration and theme every fingerprint holds), so the article's digest stands for it.
     */
    Deferred<Views.ArticleView> item(ArticlePage article) {
        return Deferred.of(articleDigest.apply(article), () -> listItem(article));
    }

    /**
     * An article as a feed shows it: with its body when the feed carries bodies, made when it is rendered; the
     * article's digest stands for it, as for {@link #item}.
     */
    Deferred<Views.ArticleView> feedEntry(ArticlePage article, boolean fullContent) {
        if (!fullContent) {
            return item(article);
        }
        return Deferred.of(List.of(articleDigest.apply(article), "with its body"),
                () -> withBody(article, Optional.empty(), Optional.empty(), List.of()));
    }

    /**
     * The article with its body, as its page or a feed with full content shows it: its list item, with the body,
     * JSON-LD, neighbours and related articles. Made from exactly these arguments (and the configuration).
     */
    private Views.ArticleView withBody(ArticlePage article, Optional<Views.Link> older, Optional<Views.Link> newer,
            List<Views.Link> related) {
        Views.ArticleView item = listItem(article);
        Deferred<String> html = Deferred.of(List.of(bodyDigest(article), article.inline()), () -> body(article));
        String absolute = item.absoluteUrl();
        String siteTitle = siteOf(article).title();
        // JSON-LD is made from every field of the article (an empty body included: a page without one has none).
        Deferred<String> jsonLd = Deferred.of(List.of(articleDigest.apply(article), absolute, siteTitle),
                () -> html.get().isEmpty() ? "" : JsonLd.newsArticle(article, absolute, config, siteTitle));
        return new Views.ArticleView(item.title(), item.headline(), item.url(), absolute, item.lang(),
                item.languageTag(), item.date(), item.dateDisplay(), item.summary(), html, item.readingMinutes(),
                TraditionalSite.tags(article, item.tags()), TraditionalSite.attribution(article, item.attribution()),
                item.translation(), older, newer, related, jsonLd, item.parallelUrl(), item.titleRuns(),
                TraditionalSite.section(article, item.section()), TraditionalSite.tags(article, item.reporters()),
                item.image());
    }

    /**
     * A list view of an article: everything but the body. Made each time a page shows the article: keeping one for
     * every article would hold a large site's worth of views for the whole build, and making one costs little next
     * to rendering it; its summary and reading time, which need the body, are made once.
     */
    private Views.ArticleView listItem(ArticlePage article) {
        String lang = article.lang();
        List<String> measured = factsInputs(article);
        List<Views.Link> tags = article.tags().stream().map(t -> tagLink(lang, t)).toList();
        return new Views.ArticleView(article.title(), article.headline().orElse(""),
                links.href(article.path()), absolute(article.path()), lang, article.languageTag(),
                article.published().map(NewsTime::iso).orElse(""), dateDisplay(article),
                Deferred.of(measured, () -> facts(article).summary()), Deferred.known(""),
                Deferred.of(measured, () -> facts(article).readingMinutes()), tags,
                Views.AttributionView.of(article.attribution()), article.translation().map(this::link),
                Optional.empty(), Optional.empty(), List.of(), Deferred.known(""),
                parallelOf(article).map(path -> links.href(Permalinks.parallel(path))).orElse(""),
                TitleRuns.of(article.title(), lang),
                article.section().map(s -> groupLink(lang, s, Permalinks.section(lang, s.slug()))),
                article.reporters().stream().map(r -> groupLink(lang, r, Permalinks.reporter(lang, r.slug())))
                        .toList(), ImageViews.of(article.image(), config).map(image -> image.on(article.lang())));
    }

    /**
     * Both texts of a story side by side, paragraphs aligned by length; the Chinese original on the left. One page
     * per story, at the Chinese article's address; its English article links to it too.
     */
    ParallelPageView parallel(SitePlan.ParallelFile file) {
        ArticlePage zh = file.article();
        ArticlePage en = file.other();
        Deferred<List<Views.ParallelRow>> rows = Deferred.of(List.of(bodyDigest(zh), bodyDigest(en), zh.inline(),
                en.inline()), () -> BodyPictures.rows(markdown, ParallelText.of(writing.get(zh.lang()).typeset(
                zh.markdown()), writing.get(en.lang()).typeset(en.markdown())), zh, en, config));
        String lang = zh.lang();
        String title = stringsOf(zh).getOrDefault("parallel.title", "Parallel text") + ": " + zh.title();
        String path = Permalinks.parallel(zh.path());
        Translation english = new Translation(en.lang(), en.languageTag(), en.path(), en.title());
        Views.PageView page = new Views.PageView("parallel", title, summary(zh), links.href(path), absolute(path),
                zh.languageTag(), alternates.of(new Translation(lang, zh.languageTag(), path, title),
                Optional.empty()), Optional.of(link(english)), site(lang).feedUrl(), "", "");
        return new ParallelPageView(siteOf(zh), stringsOf(zh), page, new Views.ParallelView(zh.title(), en.title(),
                zh.languageTag(), en.languageTag(), links.href(zh.path()), links.href(en.path()),
                links.href(en.path()), zh.published().map(NewsTime::iso).orElse(""), dateDisplay(zh), rows,
                ImageViews.of(zh.image(), config).map(image -> image.on(zh.lang())),
                ImageViews.of(en.image().filter(image -> zh.image()
                        .filter(shown -> shown.picture().sameAs(image.picture())).isPresent()), config)),
                strings(en.lang()), LifecycleViews.revision(zh), LifecycleViews.revision(en));
    }

    /** What a list holds, for search results: the theme's {@code list.description.<kind>}, else the site's. */
    private String description(SitePlan.ArticleList list) {
        String pattern = strings(list.lang()).get("list.description." + list.kind());
        return pattern == null ? site(list.lang()).description() : pattern.replace("{0}", list.title());
    }

    ListPageView list(SitePlan.ListFile file) {
        return list(file.list(), file.page(), file.pages(), file.slice(), config.pageSize());
    }

    /**
     * A page of a list; the front page of the home list too (its page and pager). The numbered page of the article
     * at {@code unshown} (newest first), the newest the front page leaves out, is the front page's "older" one.
     */
    ListPageView list(SitePlan.ArticleList list, int page, int pages, List<ArticlePage> slice, int unshown) {
        String lang = list.lang();
        String path = Permalinks.page(list.first(), page);
        int older = plan.numberedPageOf(Math.min(unshown, list.articles().size() - 1), list.slots());
        Optional<Translation> translation = page == 0 ? list.translation() : Optional.empty();
        // The home pages and the landing page form one set of alternates, x-default the landing page.
        List<Views.Link> alternatesOfPage = list.kind().equals("home") && page == 0 ? alternates.homes()
                : alternates.of(new Translation(lang, languageTag(lang), path, list.title()), translation);
        // A numbered page says which: each page of a list has a title of its own.
        String title = page == 0 ? list.title() : list.title() + " · "
                + strings(lang).getOrDefault("page", "Page {0}").replace("{0}", Integer.toString(page));
        Views.PageView pageView = new Views.PageView(list.kind(), title, Deferred.known(description(list)),
                links.href(path), absolute(path), languageTag(lang), alternatesOfPage, translation.map(this::link),
                list.feedPath().isEmpty() ? "" : links.href(list.feedPath()),
                Pager.prevUrl(links, list.first(), page, pages),
                Pager.nextUrl(links, list.first(), page, pages, older));
        return new ListPageView(site(lang), strings(lang), pageView, slice.stream().map(this::item).toList(),
                Pager.view(links, list.first(), page, pages, older,
                        strings(lang).getOrDefault("newest", "Newest")),
                list.mostRead().stream().filter(a -> page == 0).map(this::articleLink).toList(),
                TextLanguage.of(title, lang), list.feedPath().isEmpty() ? "" : list.kind().equals("home")
                        ? site(lang).title() : list.title() + " · " + site(lang).title());
    }

    /** The search page: a form, and what its script needs to find the index and the other language's page. */
    SearchPageView search(SitePlan.SearchFile file) {
        String lang = file.lang();
        String title = strings(lang).getOrDefault("search.title", "Search");
        Optional<Translation> other = plan.otherPage(lang, Permalinks::search);
        return new SearchPageView(site(lang), strings(lang), simplePage("search", title, Permalinks.search(lang), lang,
                other), new Views.SearchView(links.href(Permalinks.searchIndex(lang)), links.href("js/search.js"),
                links.href("css/search.css"), other.map(this::link)));
    }

    ArchivePageView archive(SitePlan.ArchiveFile file) {
        String lang = file.lang();
        String title = strings(lang).getOrDefault("archive.title", "Archive");
        List<ArticlePage> articles = site.find(lang).map(LanguageSite::articles).orElse(List.of());
        return new ArchivePageView(site(lang), strings(lang), simplePage("archive", title, Permalinks.archive(lang),
                lang, plan.otherPage(lang, Permalinks::archive)),
                ArchiveHeadlines.years(lang, file.archive(), links, this::articleLink),
                ArchiveHeadlines.undated(articles, this::articleLink));
    }

    List<Deferred<Views.ArticleView>> newest(LanguageSite language) {
        return language.articles().stream().limit(SitePlan.NEWEST).map(this::item).toList();
    }

    Views.PageView simplePage(String kind, String title, String path, String lang,
            Optional<Translation> translation) {
        return new Views.PageView(kind, title, Deferred.known(site(lang).description()), links.href(path),
                absolute(path),
                languageTag(lang), alternates.of(new Translation(lang, languageTag(lang), path, title), translation),
                translation.map(this::link), site(lang).feedUrl(), "", "");
    }

    // ---- parts of views -----------------------------------------------------------------------------------

    Views.SiteView site(String lang) {
        return siteViews.get(lang);
    }

    /** Each language's site view, by its code, and by {@code zh-Hant} for Traditional pages. */
    Map<String, Views.SiteView> siteViews() {
        return Map.copyOf(siteViews);
    }

    Map<String, String> strings(String lang) {
        return strings.getOrDefault(lang, Map.of());
    }

    /** The UI strings of an article's own page: by its language tag ({@code zh-Hant}) when the theme has them. */
    private Map<String, String> stringsOf(ArticlePage article) {
        return strings.getOrDefault(article.languageTag(), strings(article.lang()));
    }

    /**
     * The path of the Chinese article whose page holds the story's parallel text, for an article with a
     * translation: its own, or its translation's.
     */
    private Optional<String> parallelOf(ArticlePage article) {
        return article.translation().map(t -> config.requireLanguage(article.lang()).isChinese() ? article.path()
                : t.path());
    }

    private Deferred<String> summary(ArticlePage article) {
        List<String> measured = factsInputs(article);
        return Deferred.of(measured, () -> facts(article).summary());
    }

    /** The article's summary and reading time, computed on first use. */
    private ArticleFacts facts(ArticlePage article) {
        return facts.get(article, a -> ArticleFacts.of(a, writing.get(a.lang())));
    }

    /** What an article's facts are made from: its Markdown, measured by its language's writing rule. */
    private List<String> factsInputs(ArticlePage article) {
        return List.of(article.lang(), bodyDigest(article));
    }

    private String bodyDigest(ArticlePage article) {
        return article.body().digest();
    }

    /**
     * The body as HTML. Not kept between pages: the plain paragraphs of news text render faster than a cache could
     * be looked up and kept in memory, and a large site's bodies would fill the heap.
     */
    private String body(ArticlePage article) {
        try {
            String html = BodyPictures.apply(markdown.render(writing.get(article.lang()).typeset(
                    article.markdown())), article.inline(), config);
            return config.requireLanguage(article.lang()).isChinese() ? html : ForeignRuns.mark(html);
        } catch (MarkdownTooDeep e) {
            throw new UnrenderableBody(Problem.error("content.markdown-depth", article.file(),
                    article.bodyLine() + e.line() - 1, "the Markdown block that starts here nests too deeply or runs"
                    + " too long for the parser; simplify it. The pages that show this article's body are not"
                    + " written"));
        }
    }

    private String dateDisplay(ArticlePage article) {
        String lang = article.lang();
        return article.published().map(at -> Dates.display(lang, at))
                .orElse(strings(lang).getOrDefault("undated", ""));
    }

    private Views.SiteView siteView(LanguageConfig language) {
        String lang = language.code();
        int mostRead = MostReadPlan.stories(site, lang).size();
        List<Views.Link> languages = config.languages().stream().map(l -> new Views.Link(
                strings(l.code()).getOrDefault("language.name", l.title()), links.href(Permalinks.home(l.code())),
                l.code(), l.languageTag())).toList();
        return new Views.SiteView(language.title(), language.description(), lang, language.languageTag(),
                language.ogLocale(), config.basePath(), config.baseUrl().toString(), links.href(Permalinks.home(lang)),
                links.href(""), links.href(Permalinks.feed(Permalinks.home(lang))), links.href(Permalinks.tags(lang)),
                links.href(Permalinks.archive(lang)), links.href("css/duet.css"), languages,
                mostRead == 0 ? "" : links.href(Permalinks.home(lang) + MostReadPlan.JSON),
                links.href(Permalinks.home(lang) + MostReadPlan.FEED), mostRead,
                site.find(lang).map(l -> l.sections().stream().limit(plan.hasSectionsIndex() ? TagIndex.NAV_SECTIONS
                        : Long.MAX_VALUE).map(p -> new Views.Link(p.tag().name(), links.href(p.path()), lang,
                        language.languageTag())).toList()).orElse(List.of()),
                plan.hasSectionsIndex() ? links.href(Permalinks.sections(lang)) : "",
                plan.hasReportersIndex() ? links.href(Permalinks.reporters(lang)) : "");
    }

    /** The site as an article's own pages show it: in its script ({@code zh-Hant}) when it has its own. */
    private Views.SiteView siteOf(ArticlePage article) {
        return siteViews.getOrDefault(article.languageTag(), site(article.lang()));
    }

    private static Translation translationOf(ArticlePage article) {
        return new Translation(article.lang(), article.languageTag(), article.path(), article.title());
    }

    private Views.Link link(Translation translation) {
        return new Views.Link(translation.title(), links.href(translation.path()), translation.lang(),
                translation.languageTag());
    }

    /** An article's link; not a shared part of the digest, which would keep every one until the build ends. */
    private Views.Link articleLink(ArticlePage article) {
        return articleLinks.get(article, a -> new Views.Link(a.title(), links.href(a.path()), a.lang(),
                a.languageTag()));
    }

    /** A section's or reporter's link, made once per build and language. */
    private Views.Link groupLink(String lang, Tag group, String path) {
        return groupLinks.get(lang).computeIfAbsent(path + '\n' + group.name(), p -> digest.shared(new Views.Link(
                group.name(), links.href(path), lang, languageTag(lang), TextLanguage.of(group.name(), lang))));
    }

    private Views.Link tagLink(String lang, Tag tag) {
        return tagLinks.get(lang).computeIfAbsent(tag, t -> digest.shared(new Views.Link(t.name(),
                links.href(Permalinks.tag(lang, t.slug())), lang, languageTag(lang), TextLanguage.of(t.name(), lang))));
    }

    private String languageTag(String lang) {
        return config.requireLanguage(lang).languageTag();
    }

    private String absolute(String path) {
        return config.absoluteUrl(Permalinks.encode(path));
    }
}
