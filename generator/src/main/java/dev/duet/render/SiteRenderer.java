package dev.duet.render;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.model.ArticleDigest;
import dev.duet.model.ArticleMemo;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.RelatedArticles;
import dev.duet.model.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Makes every file of the output as a {@link RenderTask}: the {@link SitePlan} says which files there are, each
 * file's fingerprint says what it depends on, and {@link PageViews} and {@link FeedViews} make the view its
 * template renders. HTML, Atom and the sitemap are renderings of the same {@link Site}; nothing here reads the disk
 * except the theme's static files.
 */
public final class SiteRenderer {

    /** Changes whenever what Duet itself puts into pages changes, so old fingerprints stop matching. */
    private static final String RENDER_VERSION = "duet-render-8";
    /** The language tag of Traditional Chinese pages, and the name of their strings file in {@code i18n/}. */
    private static final String TRADITIONAL = TraditionalSite.TAG;

    private final Templates templates;
    private final SitePlan plan;
    private final PageViews pages;
    private final FeedViews feeds;
    private final LifecycleViews lifecycle;
    private final FrontPageViews front;
    private final Map<String, RelatedArticles> related = new HashMap<>();
    /** What every page depends on besides its own content: the theme's templates and strings, the configuration. */
    private final String salt;
    /**
     * The inputs of the files most of a site is made of; they start from what every view shares besides the salt
     * (the site as pages show it and the UI strings), digested once, so that each file's name only its own.
     */
    private final PageInputs inputs;
    private final ArticleMemo<String> articleDigests;
    private final ViewDigest digest = new ViewDigest();
    /** What the build's pages share, rendered once. */
    private final Fragments fragments = Fragments.forHeap();
    /** The view each thread made for its last fingerprint, until it renders that file or takes another. */
    private final ThreadLocal<Optional<Made>> lastMade = ThreadLocal.withInitial(Optional::empty);
    /** The UI string files that could not be read, each left out. */
    private final List<Problem> stringProblems = new java.util.ArrayList<>();
    private final Theme theme;
    /** The files the site makes that a static file of the theme replaces, by path, each with its warning. */
    private final Map<String, Problem> replaced = new java.util.concurrent.ConcurrentHashMap<>();

    public SiteRenderer(Site site, Theme theme, Templates templates, MarkdownRenderer markdown) throws IOException {
        this(site, theme, templates, markdown, new ArticleMemo<>());
    }

    /**
     * A renderer that keeps article digests in {@code digests}, so that the builds of a preview digest only the
     * articles that changed.
     */
    public SiteRenderer(Site site, Theme theme, Templates templates, MarkdownRenderer markdown,
            ArticleMemo<String> digests) throws IOException {
        this(site, theme, templates, markdown, digests, salt(site.config(), theme));
    }

    /**
     * A renderer with the salt of an earlier one (see {@link #salt()}): a preview renders an edit with the theme
     * it loaded for its last full build, so its pages must carry that theme's salt, not that of files on disk now.
     */
    public SiteRenderer(Site site, Theme theme, Templates templates, MarkdownRenderer markdown,
            ArticleMemo<String> digests, String salt) throws IOException {
        this.theme = theme;
        this.templates = templates;
        this.articleDigests = digests;
        this.salt = salt;
        Map<String, Map<String, String>> strings = new HashMap<>();
        for (LanguageConfig language : site.config().languages()) {
            Map<String, String> own = theme.strings(language.code(), stringProblems);
            strings.put(language.code(), Map.copyOf(own));
            if (language.isChinese()) {
                // Traditional Chinese pages: i18n/zh-Hant.properties over the language's own strings.
                Map<String, String> traditional = theme.strings(TRADITIONAL, stringProblems);
                if (!traditional.isEmpty()) {
                    Map<String, String> merged = new java.util.TreeMap<>(own);
                    merged.putAll(traditional);
                    strings.put(TRADITIONAL, Map.copyOf(merged));
                }
            }
        }
        for (LanguageSite language : site.languages()) {
            related.put(language.code(), new RelatedArticles(language));
        }
        this.plan = new SitePlan(site, theme, related, strings);
        this.pages = new PageViews(site, markdown, plan, strings, digest, this::digest);
        this.feeds = new FeedViews(site, pages);
        this.lifecycle = new LifecycleViews(site.config(), pages);
        this.front = new FrontPageViews(site, pages, plan);
        this.inputs = new PageInputs(digest.of(salt, "shared", new Shared(pages.siteViews(), strings)), this::digest);
    }

    /** What every view shares: each language's site view (by its code or script) and UI strings. */
    private record Shared(Map<String, Views.SiteView> sites, Map<String, Map<String, String>> strings) {
    }

    /**
     * What every page depends on besides its own content: the configuration, the theme's templates and UI strings
     * and Duet's render version. Reads the theme's files; a build computes it once and passes it on.
     */
    public static String salt(SiteConfig config, Theme theme) throws IOException {
        Fingerprint fingerprint = new Fingerprint().add(RENDER_VERSION).add(config.forOutput());
        for (Map.Entry<String, Path> file : theme.renderInputs().entrySet()) {
            fingerprint.add(file.getKey()).add(Files.readAllBytes(file.getValue()));
        }
        return fingerprint.hex();
    }

    /** What every page's fingerprint starts from: this build's configuration, theme files and Duet version. */
    public String salt() {
        return salt;
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
        List<SitePlan.File> files = plan.files(wanted);
        files.sort(Comparator.comparing(SitePlan.File::path));
        return new Planned(themeStaticWins(files));
    }

    /**
     * {@code files}, in path order, with a file of the theme's {@code static/} in the place of the file the site
     * makes at its path, which it replaces, as the site's own {@code static/} does, with a warning: two files of one
     * path would race to be written.
     */
    private List<SitePlan.File> themeStaticWins(List<SitePlan.File> files) {
        List<SitePlan.File> kept = files;
        for (int i = 1; i < kept.size(); i++) {
            if (kept.get(i).path().equals(kept.get(i - 1).path())) {
                if (kept == files) {
                    kept = new java.util.ArrayList<>(files);
                }
                String path = kept.get(i).path();
                kept.remove(kept.get(i) instanceof SitePlan.StaticFile ? i - 1 : i);
                i--;
                replaced.computeIfAbsent(path, p -> Problem.warning("static.replaces", theme.shownStatic(p), 0,
                        "replaces " + p + ", which the site makes itself; rename it unless that is what the theme"
                                + " wants"));
            }
        }
        return kept;
    }

    /**
     * The tasks of planned files, each made when it is asked for: a large site has a million files, and holding a
     * task (its fingerprint and work with what they capture) for each at once would take a large part of the heap.
     * Asking twice for one gives two equal tasks.
     */
    private final class Planned extends AbstractList<RenderTask> implements RandomAccess {
        private final List<SitePlan.File> files;

        Planned(List<SitePlan.File> files) {
            this.files = files;
        }

        @Override
        public RenderTask get(int index) {
            return task(files.get(index));
        }

        @Override
        public int size() {
            return files.size();
        }
    }

    /**
     * The problems found planning the files (listed by {@link #tasks()}): redirects that would replace a page, UI
     * string files that could not be read.
     */
    public List<Problem> planProblems() {
        List<Problem> problems = new java.util.ArrayList<>(stringProblems);
        problems.addAll(plan.problems());
        problems.addAll(new java.util.TreeMap<>(replaced).values());
        return List.copyOf(problems);
    }

    /**
     * The paths of the pages that show something of these articles when only their content changed (not their
     * address, date, tags or translation, so every list keeps its order). A preview renders these first; a full
     * build afterwards finds anything else.
     */
    public Set<String> pagesShowing(Collection<ArticlePage> articles) {
        return plan.pagesShowing(articles);
    }

    /**
     * The task that makes a planned file: its fingerprint names everything its view is made from. A body the
     * Markdown parser cannot take fails the pages that show it, with the article's file and line.
     */
    private RenderTask task(SitePlan.File file) {
        RenderTask task = unguarded(file);
        return new RenderTask(task.path(), task.inputs(), task.fingerprint(), () -> {
            try {
                return task.run();
            } catch (UnrenderableBody e) {
                return RenderTask.Result.failed(e.problem());
            }
        });
    }

    private RenderTask unguarded(SitePlan.File file) {
        String path = file.path();
        if (file instanceof SitePlan.TextFile text) {
            // A text file is its own view: robots.txt and most-read.json change with the articles.
            byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
            return new RenderTask(path, () -> new Fingerprint().add(salt).add(bytes).hex(),
                    () -> RenderTask.Result.of(bytes));
        }
        if (file instanceof SitePlan.StaticFile copy) {
            return new RenderTask(path, () -> readStatic(copy.source(), path));
        }
        if (file instanceof SitePlan.ArticleFile f) {
            // The fingerprint needs the related articles, and so does the page when it is rendered.
            Related relatedOf = new Related(f.article());
            return new RenderTask(path, () -> inputs.of(file, relatedOf.articles()),
                    () -> fingerprint(file, pages.article(f, relatedOf.articles())), () -> {
                Optional<Record> made = taken(file);
                List<ArticlePage> relatedArticles = relatedOf.take();
                return render(file, made.orElseGet(() -> pages.article(f, relatedArticles)));
            });
        }
        Supplier<Record> view = view(file);
        return new RenderTask(path, () -> inputs.of(file, List.of()), () -> fingerprint(file, view.get()),
                () -> render(file, taken(file).orElseGet(view)));
    }

    /**
     * The view this thread made for the file's fingerprint, if that was the last one it made. A build renders a
     * file right after taking its fingerprint, on the same thread, so the view is made once; the views of skipped
     * files are not kept, so a rebuild never holds more than one view per thread.
     */
    private Optional<Record> taken(SitePlan.File file) {
        Optional<Made> made = lastMade.get();
        lastMade.set(Optional.empty());
        return made.filter(m -> m.file() == file).map(Made::view);
    }

    /** The view a file's template renders. */
    private Supplier<Record> view(SitePlan.File file) {
        if (file instanceof SitePlan.ParallelFile f) {
            return () -> pages.parallel(f);
        }
        if (file instanceof SitePlan.ListFile f) {
            return () -> pages.list(f);
        }
        if (file instanceof SitePlan.FeedFile f) {
            return () -> feeds.feed(f);
        }
        if (file instanceof TagIndex.TagsFile f) {
            return () -> front.tags(f);
        }
        if (file instanceof SitePlan.HomeFile f) {
            return () -> front.home(f);
        }
        if (file instanceof TagIndex.ReportersFile f) {
            return () -> front.reporters(f);
        }
        if (file instanceof TagIndex.SectionsFile f) {
            return () -> front.sections(f);
        }
        if (file instanceof SitePlan.SearchFile f) {
            return () -> pages.search(f);
        }
        if (file instanceof SitePlan.ArchiveFile f) {
            return () -> pages.archive(f);
        }
        if (file instanceof SitePlan.LandingFile) {
            return front::landing;
        }
        if (file instanceof SitePlan.NotFoundFile f) {
            return () -> front.notFound(f);
        }
        if (file instanceof SitePlan.SitemapFile f) {
            return () -> feeds.sitemap(f);
        }
        if (file instanceof SitePlan.NewsSitemapFile f) {
            return () -> feeds.newsSitemap(f);
        }
        if (file instanceof SitePlan.SitemapIndexFile f) {
            return () -> feeds.sitemapIndex(f);
        }
        if (file instanceof LifecyclePlan.WithdrawnFile f) {
            return () -> lifecycle.withdrawn(f);
        }
        if (file instanceof LifecyclePlan.RedirectFile f) {
            return () -> lifecycle.redirect(f);
        }
        throw new IllegalArgumentException("no view for " + file);
    }

    /**
     * A file's fingerprint: its template, what every page depends on (the salt) and everything its view holds, so
     * that no input of a page can be left out of it.
     */
    private String fingerprint(SitePlan.File file, Record view) {
        lastMade.set(Optional.of(new Made(file, view)));
        return digest.of(salt, file.template(), view);
    }

    /** A view made for a file's fingerprint. */
    private record Made(SitePlan.File file, Record view) {
    }

    private RenderTask.Result render(SitePlan.File file, Record view) {
        Templates.Rendered rendered = templates.render(file.template(), view, fragments);
        if (rendered.problem().isPresent()) {
            return RenderTask.Result.failed(rendered.problem().get());
        }
        return RenderTask.Result.of(rendered.text().orElseThrow().getBytes(StandardCharsets.UTF_8));
    }

    private static RenderTask.Result readStatic(Path source, String path) {
        try {
            return RenderTask.Result.of(Files.readAllBytes(source));
        } catch (IOException e) {
            return RenderTask.Result.failed(Problem.error("theme.static", "static/" + path, 0,
                    "cannot read static file: " + e.getMessage()));
        }
    }

    /** A digest of one article as the model has it: every field, the Markdown included. Computed once per build. */
    private String digest(ArticlePage article) {
        return articleDigests.get(article, ArticleDigest::of);
    }

    /**
     * An article's related articles, from when its page's fingerprint is taken until the page is rendered; not
     * kept after, so a large site never holds every article's related articles at once.
     */
    private final class Related {
        private final ArticlePage article;
        private Optional<List<ArticlePage>> articles = Optional.empty();

        Related(ArticlePage article) {
            this.article = article;
        }

        synchronized List<ArticlePage> articles() {
            if (articles.isEmpty()) {
                articles = Optional.of(related.get(article.lang()).of(article));
            }
            return articles.get();
        }

        /** The articles, let go of here. */
        synchronized List<ArticlePage> take() {
            List<ArticlePage> taken = articles();
            articles = Optional.empty();
            return taken;
        }
    }
}
