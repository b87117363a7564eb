package dev.duet;

import dev.duet.check.ArticleLinks;
import dev.duet.check.SiteCheck;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.content.Glossary;
import dev.duet.content.ImportReport;
import dev.duet.content.TranslationPairs;
import dev.duet.desk.DeskRun;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Counted;
import dev.duet.diagnostic.Problem;
import dev.duet.io.CacheLock;
import dev.duet.io.SiteFiles;
import dev.duet.model.DeletedPlaces;
import dev.duet.model.Site;
import dev.duet.output.BuildErrors;
import dev.duet.output.ShardStamp;
import dev.duet.render.SiteRenderer;
import dev.duet.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Duet's public entry point: import source files, build the site, check it, preview it. Each method is a few
 * calls to the classes that do the work — {@code SourceImport}, {@code UpToDateCheck} and {@code SiteBuild},
 * {@code SiteCheck}, {@code PreviewStart} — so this class reads as the table of contents of the generator. Problems
 * in the user's files are reported to the listener and returned; exceptions are only for I/O failures and bugs.
 */
public final class Duet {

    /**
     * Article files may take up to this part of the heap before a build reads bodies from disk when needed. At
     * 10,000 stories in 512 MB (111 MB of article files), bodies kept make the collector mark the heap about ten
     * times a cold build instead of once, at no cost in time that alternating runs can see, and save a rebuild
     * after one edit reading and parsing every body of the edited language again (3 % of its time).
     */
    private static final int BODIES_HEAP_SHARE = 4;

    private final SiteConfig config;
    private final BuildListener listener;
    /** The size of all article files above which a build does not hold their bodies in memory. */
    private final long bodiesBudget;

    public Duet(SiteConfig config, BuildListener listener) {
        this(config, listener, Runtime.getRuntime().maxMemory() / BODIES_HEAP_SHARE);
    }

    private Duet(SiteConfig config, BuildListener listener, long bodiesBudget) {
        this.config = config;
        this.listener = listener;
        this.bodiesBudget = bodiesBudget;
    }

    /** A session that owns what a preview remembers between rebuilds; the preview's own, and tests', entry point. */
    static PreviewSession previewing(SiteConfig config, BuildListener listener) {
        return new PreviewSession(config, listener);
    }

    /** A Duet that builds with bodies read from their files when needed, as it does for a large site; for tests. */
    static Duet bodiesOnDisk(SiteConfig config, BuildListener listener) {
        return new Duet(config, listener, -1);
    }

    /**
     * Imports every {@code sources/**}{@code /*.txt} file into Markdown article files, never clobbering edits (only
     * {@code overwriteEdited} replaces them, after keeping a copy).
     */
    public ImportReport importSources() throws IOException {
        try (CacheLock lock = CacheLock.acquire(config.cacheDir(), listener::info)) {
            return new SourceImport(config, listener).importAll(SourceImport.onDisk(config));
        }
    }

    /**
     * Builds the site from the article files into the output folder; skipped when the last build's snapshot shows
     * that inputs and output are as that build left them.
     */
    public BuildResult build() throws IOException {
        // Said first, so that a base URL the user did not mean (a -D the pom overrides, the default) shows at once.
        listener.info("Building for " + config.baseUrl());
        try (CacheLock lock = CacheLock.acquire(config.cacheDir(), listener::info)) {
            // Timed from here: a build that waited for another did not spend the wait on its own work.
            return build(System.nanoTime());
        }
    }

    /** The build itself, with the cache folder locked, timed from {@code start}. */
    private BuildResult build(long start) throws IOException {
        if (!Files.isDirectory(config.articlesDir())) {
            // A folder set wrong, not a site of no stories: the last build's pages stay as they are.
            Problem missing = noArticles(config);
            listener.problem(missing);
            listener.info("Nothing built: " + config.outputDir() + " is left as it was; " + Counted.problems(0, 1));
            return new BuildResult(0, 0, 0, 0, 0, List.of(), List.of(missing),
                    Duration.ofNanos(System.nanoTime() - start), false);
        }
        try (Theme theme = Theme.load(SiteFiles.of(config), config.themeDir(), config.theme(),
                Duet.class.getClassLoader())) {
            String salt = SiteRenderer.salt(config, theme);
            UpToDateCheck.Verdict verdict = new UpToDateCheck(config, listener).run(theme, salt, start);
            if (verdict instanceof SiteBuild.Publishing publishing) {
                if (config.shard().isPresent()) {
                    // Until this build ends, the shard's folder holds no finished share.
                    ShardStamp.delete(config.outputDir().getParent());
                }
                SiteBuild.Input input = new SiteBuild.Input(BuildMemory.none(config, bodiesBudget), publishing);
                return new SiteBuild(config, listener, theme, salt, input, start).run().finished()
                        .orElseThrow(() -> new IllegalStateException("a publishing build was cancelled"));
            }
            return ((BuildOutcome.UpToDate) verdict).result();
        } catch (UncheckedIOException e) {
            // A stage that cannot say IOException (a page made on every core, a text read again) says it so.
            throw e.getCause();
        }
    }

    /** The error for a site whose articles folder is missing. */
    static Problem noArticles(SiteConfig config) {
        Path dir = config.articlesDir();
        return Problem.error("build.no-articles", SitePath.of(config, dir), 0, "no articles folder at " + dir
                + ": run duet:import to write it from the sources, or set <articlesDir> / -Dduet.articlesDir to"
                + " the folder that holds the Markdown articles");
    }

    /**
     * Puts the shards built into the K-of-N folders of {@code shardsDir} ({@code -Dduet.shard=K/N}) together into the
     * output folder, as a build of the whole site would have written it, so that the next build is incremental;
     * refuses, with errors that name the shard, shards that are not the N shares of one build.
     */
    public MergeResult merge(Path shardsDir) throws IOException {
        try (CacheLock lock = CacheLock.acquire(config.cacheDir(), listener::info)) {
            return new ShardMerge(config, listener).run(config.siteDir().resolve(shardsDir).normalize());
        }
    }

    /**
     * Checks the built site in the output folder, and the articles for duplicate addresses and pictures without
     * alternative text. Returns every problem; the caller decides whether errors fail the build.
     */
    public List<Problem> check() throws IOException {
        return check(false);
    }

    /**
     * {@link #check()}; with {@code leadRequired}, each article without a lead picture is a warning as well.
     */
    public List<Problem> check(boolean leadRequired) throws IOException {
        List<Problem> problems = new ArrayList<>();
        TranslationPairs.Result pairs = checkArticles(leadRequired, problems);
        // A broken link an article's Markdown writes is told at that file's line, where it is mended.
        problems.addAll(ArticleLinks.placed(new SiteCheck(config.outputDir(), config.baseUrl(),
                Optional.of(config.cacheDir())).run(), pairs.groups(), config.siteDir(), this::inSite));
        // A deleted story whose place is kept was taken down on purpose: its address is no page lost by mistake.
        problems.addAll(MovedPages.warnings(config.cacheDir(),
                DeletedPlaces.read(config, problems).addresses(pairs.groups()),
                dev.duet.model.Permalinks.articleFiles(pairs.groups())));
        List<Problem> buildErrors = BuildErrors.read(config.cacheDir());
        problems.addAll(lastBuildErrors(buildErrors, problems));
        // A picture the build could not use is not published: its missing alternative text is no second finding.
        Set<String> unusable = new HashSet<>();
        buildErrors.stream().filter(p -> p.code().equals("image.unusable"))
                .forEach(p -> unusable.add(p.file() + ":" + p.line()));
        problems.removeIf(p -> p.code().equals("check.image-alt") && unusable.contains(p.file() + ":" + p.line()));
        problems.forEach(listener::problem);
        // The translation desk's findings are warnings: told, and counted, but no reason to fail a build.
        problems.addAll(new TranslationsRun(config, listener).run(pairs).problems());
        long errors = problems.stream().filter(Problem::isError).count();
        listener.info("Checked " + config.outputDir() + ": " + Counted.of(errors, "error") + ", "
                + Counted.of(problems.size() - errors, "warning"));
        return List.copyOf(problems);
    }

    /**
     * The errors the build of the site being checked reported ({@link BuildErrors}), but for those the check found
     * itself: a site built despite errors lacks what they concern, and a check of it should not pass.
     */
    private static List<Problem> lastBuildErrors(List<Problem> buildErrors, List<Problem> found) {
        Set<String> known = new HashSet<>();
        found.forEach(p -> known.add(p.file() + ":" + p.line() + ":" + p.code()));
        return buildErrors.stream()
                .filter(p -> !known.contains(p.file() + ":" + p.line() + ":" + p.code()))
                .map(p -> Problem.error("check.build-error", p.file(), p.line(), "the last build reported: "
                        + p.message() + " [" + p.code() + "]"))
                .toList();
    }

    /**
     * The article files read and paired, with what a check finds in them: duplicate slugs and pictures. The model
     * made to find duplicate slugs is let go when this returns, before the pages are checked: at 100,000 stories the
     * check of the pages needs the heap.
     */
    private TranslationPairs.Result checkArticles(boolean leadRequired, List<Problem> problems) throws IOException {
        // Read as a build reads them: through the read cache, so that only the files added or changed since are
        // parsed, and with their bodies left on disk when they would not fit the build's budget.
        ContentReader.Result content = ArticleFiles.readAll(config, bodiesBudget);
        TranslationPairs.Result pairs = TranslationPairs.pair(content.files());
        problems.addAll(pairs.problems());
        Site site = Site.assemble(config, pairs.groups(), Glossary.empty());
        site.problems().stream().filter(p -> p.code().equals("content.duplicate-slug")).forEach(problems::add);
        problems.addAll(dev.duet.check.PictureCheck.run(pairs.groups(), leadRequired));
        return pairs;
    }

    /** A check's problem with its page named relative to the site, as every other problem names its file. */
    private Problem inSite(Problem problem) {
        if (problem.file().isEmpty()) {
            return problem;
        }
        Path page = config.outputDir().resolve(problem.file()).normalize();
        String name = page.startsWith(config.siteDir()) ? config.siteDir().relativize(page).toString() : page.toString();
        return problem.inFile(name);
    }

    /**
     * The translation desk: stories with one language only, translations whose original changed after them, versions
     * that disagree, glossary terms one version lacks and tags the glossary does not translate; as warnings, and as
     * {@code translations.json} and {@code translations.html} in the cache folder (not published).
     */
    public DeskRun.Result translations() throws IOException {
        return new TranslationsRun(config, listener).run(bodiesBudget);
    }

    /**
     * Builds the site for local preview and serves it on {@code host:port} (port 0 picks a free one), rebuilding
     * and reloading open pages whenever a source, article, theme override, static file or the glossary changes. A
     * changed source is imported first, with the same never-clobber rules as {@link #importSources()}. The site is
     * built with the preview's own address as its base URL, into a folder of the cache, so the site built for
     * publishing is never touched. Missing {@code sources/}, {@code articles/}, {@code theme/} and {@code static/}
     * folders are created, so that files added to them later are seen. The server answers from the start: a page
     * the first build has not written yet says that the site is being built, and reloads when it is.
     */
    public Preview serve(String host, int port) throws IOException {
        return serve(host, port, false);
    }

    /**
     * {@link #serve(String, int)}, with the drafts ({@code draft: true}) shown as if published when {@code drafts}:
     * in every list, feed and search of the preview, each marked as a draft on its own page. No build for
     * publishing shows them.
     */
    public Preview serve(String host, int port, boolean drafts) throws IOException {
        return new PreviewStart(config, listener, drafts).serve(host, port);
    }
}
