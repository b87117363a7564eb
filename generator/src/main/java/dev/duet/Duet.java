package dev.duet;

import dev.duet.check.SiteCheck;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.ContentWriter;
import dev.duet.content.Glossary;
import dev.duet.content.ImportJournal;
import dev.duet.content.ImportReport;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.io.Parallel;
import dev.duet.io.Sha256;
import dev.duet.io.SiteFiles;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.model.ArticleMemo;
import dev.duet.model.Site;
import dev.duet.output.BuildInputs;
import dev.duet.output.BuildMarker;
import dev.duet.output.BuildSnapshot;
import dev.duet.output.FileStamp;
import dev.duet.output.OutputPaths;
import dev.duet.output.RenderCache;
import dev.duet.output.SiteWriter;
import dev.duet.render.RenderTask;
import dev.duet.render.SiteRenderer;
import dev.duet.render.Templates;
import dev.duet.render.Theme;
import dev.duet.search.SearchIndex;
import dev.duet.serve.LivePreview;
import dev.duet.serve.PreviewServer;
import dev.duet.serve.RebuildResult;
import dev.duet.serve.WatchSettings;
import dev.duet.source.ImportedArticle;
import dev.duet.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Duet's public entry point: import source files, build the site, check it. Each method runs the pipeline's
 * stages in order — source → content → model → render → output — so this class reads as the table of contents of
 * the generator. Problems in the user's files are reported to the listener and returned; exceptions are only for
 * I/O failures and bugs.
 */
public final class Duet {

    /** Article files may take up to this part of the heap before a build reads bodies from disk when needed. */
    private static final int BODIES_HEAP_SHARE = 4;

    /** The size of all article files above which a build does not hold their bodies in memory. */
    private final long bodiesBudget;

    /** Source files parsed and written at a time by import. */
    private static final int IMPORT_BATCH = 1024;

    /** The files below the output folder whose presence makes the build warn that Maven wrote its own site there. */
    private static final List<String> MAVEN_SITE_FILES = List.of("project-info.html", "css/maven-base.css");

    private final SiteConfig config;
    private final BuildListener listener;

    /**
     * Article files read by an earlier build of this instance, by path; only the preview keeps them, so that a
     * rebuild re-reads just the files the watcher saw change. {@code null} for an ordinary build.
     */
    private final Map<Path, ContentReader.Result> articleCache;
    /** What a preview keeps of its last full build, to patch it after an edit; {@code null} for an ordinary build. */
    private final PreviewMemory memory;
    /** Per-article digests and search analyses; a preview keeps them between rebuilds, a build makes new ones. */
    private final ArticleMemo<String> digests = new ArticleMemo<>();
    private final SearchIndex.Memory analyses;

    public Duet(SiteConfig config, BuildListener listener) {
        this(config, listener, false, Runtime.getRuntime().maxMemory() / BODIES_HEAP_SHARE);
    }

    /** A Duet that keeps what a preview keeps between rebuilds; the preview's own, and tests', entry point. */
    static Duet previewing(SiteConfig config, BuildListener listener) {
        return new Duet(config, listener, true, Long.MAX_VALUE);
    }

    /** A Duet that builds with bodies read from their files when needed, as it does for a large site; for tests. */
    static Duet bodiesOnDisk(SiteConfig config, BuildListener listener) {
        return new Duet(config, listener, false, -1);
    }

    /** True when a partial rebuild ran since the last full build. */
    boolean owesFullBuild() {
        return memory != null && memory.owed;
    }

    private Duet(SiteConfig config, BuildListener listener, boolean keepArticles, long bodiesBudget) {
        this.config = config;
        this.bodiesBudget = bodiesBudget;
        this.listener = listener;
        this.articleCache = keepArticles ? new TreeMap<>() : null;
        this.memory = keepArticles ? new PreviewMemory() : null;
        this.analyses = keepArticles ? SearchIndex.Memory.keeping() : SearchIndex.Memory.none();
    }

    /**
     * Imports every {@code sources/**}{@code /*.txt} file into Markdown article files, never clobbering edits (only
     * {@code overwriteEdited} replaces them, after keeping a copy).
     */
    public ImportReport importSources() throws IOException {
        Problems problems = new Problems();
        SiteFiles.Listing sources = listSources(problems);
        problems.addAll(sources.problems());
        return importFiles(sources.files(), Set.of(), problems);
    }

    /**
     * Imports the given source files; {@code changedArticles} tells a preview's cache what to read again, and
     * {@code problems} holds those found before (a missing folder, links left out of the listing).
     */
    private ImportReport importFiles(List<Path> sources, Set<Path> changedArticles, Problems problems)
            throws IOException {
        SourceParser parser = new SourceParser();
        List<ImportReport.FileOutcome> outcomes = new ArrayList<>();
        List<ImportReport.SourceEncoding> encodings = new ArrayList<>();
        int importable = 0;
        try (Workers workers = new Workers(config.threads())) {
            List<ContentWriter.Existing> existing = existingArticles(workers, changedArticles);
            ImportJournal journal = ImportJournal.open(config.cacheDir());
            // Only overwriteEdited replaces an edited article, and the edited file is kept first; force never does.
            Optional<Path> keepEditedIn = config.overwriteEdited()
                    ? Optional.of(config.cacheDir().resolve("edited")) : Optional.empty();
            ContentWriter writer = new ContentWriter(config.siteDir(), config.articlesDir(), keepEditedIn, existing,
                    journal.unfinished());
            // In batches, so that a corpus of any size imports in bounded memory; paths depend only on source order.
            for (int from = 0; from < sources.size(); from += IMPORT_BATCH) {
                List<Path> batch = sources.subList(from, Math.min(sources.size(), from + IMPORT_BATCH));
                ImportedArticle[] parsed = new ImportedArticle[batch.size()];
                workers.share(batch.size(), next -> {
                    for (int i = next.index(); i >= 0; i = next.index()) {
                        Path file = batch.get(i);
                        parsed[i] = parser.parse(relative(file), Files.readAllBytes(file));
                    }
                });
                List<ImportedArticle> imported = List.of(parsed);
                for (ImportedArticle article : imported) {
                    problems.addAll(article.problems());
                    if (article.isImportable()) {
                        importable++;
                        if (!article.encoding().startsWith("utf-8")) {
                            encodings.add(new ImportReport.SourceEncoding(article.sourceFile(), article.encoding()));
                        }
                    }
                }
                List<ContentWriter.Planned> planned = writer.plan(imported, problems);
                List<String> paths = new ArrayList<>(2 * planned.size());
                planned.forEach(p -> paths.addAll(ContentWriter.paths(p)));
                journal.begin(paths);
                ContentWriter.Written[] written = new ContentWriter.Written[planned.size()];
                workers.share(planned.size(), next -> {
                    for (int i = next.index(); i >= 0; i = next.index()) {
                        written[i] = writer.write(planned.get(i));
                    }
                });
                for (ContentWriter.Written one : written) {
                    outcomes.addAll(one.files());
                    problems.addAll(one.problems());
                }
            }
            journal.complete();
        }
        ImportReport report = new ImportReport(sources.size(), importable, outcomes, problems.toList(), encodings);
        report.problems().forEach(listener::problem);
        encodings.forEach(e -> listener.info(e.file() + ": read as " + e.encoding().toUpperCase(java.util.Locale.ROOT)
                + " (detected); the Markdown is written as UTF-8"));
        listener.info(report.summary());
        return report;
    }

    /**
     * What import needs of the article files already on disk, in path order. An import reads only what it needs,
     * on every core; a preview reads every article in full for its builds anyway, and keeps them.
     */
    private List<ContentWriter.Existing> existingArticles(Workers workers, Set<Path> changedArticles)
            throws IOException {
        List<ContentWriter.Existing> existing = new ArrayList<>();
        if (articleCache != null) {
            readArticles(changedArticles).files().forEach(f -> existing.add(ContentWriter.Existing.of(f)));
            return existing;
        }
        List<Path> paths = siteFiles().list(config.articlesDir(), ".md").files();
        // null where a file is not a usable article, which import leaves out as the build does
        ContentWriter.Existing[] read = new ContentWriter.Existing[paths.size()];
        workers.share(paths.size(), next -> {
            for (int i = next.index(); i >= 0; i = next.index()) {
                read[i] = ContentWriter.Existing.read(config.siteDir(), paths.get(i)).orElse(null);
            }
        });
        for (ContentWriter.Existing file : read) {
            if (file != null) {
                existing.add(file);
            }
        }
        return existing;
    }

    /** Builds the site from the article files into the output folder. */
    public BuildResult build() throws IOException {
        // Said first, so that a base URL the user did not mean (a -D the pom overrides, the default) shows at once.
        listener.info("Building for " + config.baseUrl());
        return build(Set.of());
    }

    /** Builds; a preview passes the files its watcher saw change, an ordinary build nothing. */
    private BuildResult build(Set<Path> changed) throws IOException {
        return build(changed, () -> false);
    }

    /**
     * A full build. A preview's build may be {@code cancelled} (checked between pages) when new edits arrive:
     * it then stops early, writes no manifest or cache, and returns {@code null}; the next build does the rest.
     */
    private BuildResult build(Set<Path> changed, java.util.function.BooleanSupplier cancelled) throws IOException {
        long start = System.nanoTime();
        Theme theme = Theme.load(siteFiles(), config.themeDir(), config.theme(), Duet.class.getClassLoader());
        boolean keepTheme = false;
        boolean ended = false;
        try {
            String salt = SiteRenderer.salt(config, theme);
            BuildResult result = memory == null ? ordinaryBuild(theme, salt, start)
                    : build(changed, cancelled, theme, salt, Optional.empty(), Set.of(), start);
            keepTheme = result != null && memory != null;
            ended = true;
            return result;
        } finally {
            if (!keepTheme) {
                theme.close();
            }
            if (!ended && memory != null) {
                // A failed build may have changed files the preview's cache vouches for; the marker it left on
                // disk makes the next build render every file.
                memory.cache = null;
            }
        }
    }

    /**
     * A build that is not a preview's: skipped when the last build's snapshot shows that the files it would read
     * and the output are as that build left them (unless {@code force} is set, or the last build did not finish);
     * else a real build, which renders again any output file changed by hand and takes a new snapshot when it finds
     * no errors.
     */
    private BuildResult ordinaryBuild(Theme theme, String salt, long start) throws IOException {
        Optional<Baseline> baseline = baseline(theme, salt);
        boolean trustsSnapshot = !config.force() && !BuildMarker.in(config.cacheDir()).isSet();
        Optional<BuildSnapshot> last = trustsSnapshot ? BuildSnapshot.load(config.cacheDir()) : Optional.empty();
        Set<String> changedOutputs = Set.of();
        if (last.isPresent()) {
            BuildSnapshot.OutputCheck outputs = last.get().checkOutputs(config.outputDir(), config.threads());
            if (baseline.isPresent() && outputs.changed().isEmpty()
                    && last.get().matches(baseline.get().digest(), baseline.get().inputs(), config.siteDir())) {
                return upToDate(last.get(), outputs, start);
            }
            changedOutputs = outputs.changed();
        }
        // From here on the output may change: no snapshot may vouch for it until this build takes its own.
        BuildSnapshot.delete(config.cacheDir());
        return build(Set.of(), () -> false, theme, salt, baseline, changedOutputs, start);
    }

    /** What an ordinary build saw before it read anything, for the snapshot it takes at its end. */
    private record Baseline(String digest, BuildInputs inputs) {
    }

    /** The baseline of an ordinary build; empty when its inputs cannot all be listed, so it takes no snapshot. */
    private Optional<Baseline> baseline(Theme theme, String salt) {
        String digest = Sha256.hex(String.join("\n", "duet-build", salt, SearchIndex.version()));
        List<BuildInputs.Root> roots = new ArrayList<>();
        roots.add(BuildInputs.Root.of(config.articlesDir(), ".md"));
        config.glossaryFile().ifPresent(file -> roots.add(BuildInputs.Root.of(file)));
        roots.add(BuildInputs.Root.of(config.staticDir()));
        roots.add(BuildInputs.Root.of(config.themeDir()));
        theme.sources().forEach(source -> roots.add(BuildInputs.Root.of(source)));
        MAVEN_SITE_FILES.forEach(file -> roots.add(BuildInputs.Root.of(config.outputDir().resolve(file))));
        codeJar().ifPresent(jar -> roots.add(BuildInputs.Root.of(jar)));
        try {
            return Optional.of(new Baseline(digest, BuildInputs.scan(siteFiles(), roots)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The jar Duet runs from, when it runs from one: another version of Duet may build another site. */
    private static Optional<Path> codeJar() {
        try {
            java.security.CodeSource source = Duet.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException
                | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The result of a build skipped because the last build's snapshot still holds: that build's counts and
     * problems, reported again. Outputs whose bytes the check had to compare are known by their stamps from now on.
     */
    private BuildResult upToDate(BuildSnapshot last, BuildSnapshot.OutputCheck outputs, long start)
            throws IOException {
        Optional<BuildSnapshot> refreshed = last.refreshed(outputs);
        if (refreshed.isPresent()) {
            refreshed.get().save(config.cacheDir());
        }
        BuildResult result = BuildResult.upToDate(last.articles(), last.files(), last.problems(),
                Duration.ofNanos(System.nanoTime() - start));
        result.problems().forEach(listener::problem);
        listener.info(result.summary());
        return result;
    }

    /**
     * The build itself, with the theme loaded; {@code null} when cancelled. Files of the output changed by hand
     * since the last build ({@code changedOutputs}) are rendered again whatever the render cache says.
     */
    private BuildResult build(Set<Path> changed, java.util.function.BooleanSupplier cancelled, Theme theme,
            String salt, Optional<Baseline> baseline, Set<String> changedOutputs, long start) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Assembled assembled = assemble(changed, problems);
        if (cancelled.getAsBoolean()) {
            return null;
        }
        // A preview's files are served while they are written; a publishing build's are not read until it ends.
        SiteWriter writer = new SiteWriter(config.outputDir(), config.cacheDir(), memory == null);
        RenderCache cache = renderCache(writer);
        cache.forget(changedOutputs);
        Templates templates = new Templates(theme);
        Pages pages = renderSite(assembled.site(), theme, templates, salt, writer, cache, cancelled);
        if (pages == null) {
            // Cancelled between pages: each file it rendered holds what it recorded.
            cache.keepAllRecorded();
            return null;
        }
        int articles = assembled.site().articleCount();
        if (memory == null) {
            // Nothing below needs the model: the heap has it back before the output is listed and the snapshot taken.
            assembled = null;
        }
        problems.addAll(pages.problems());
        if (MAVEN_SITE_FILES.stream().anyMatch(file -> Files.isRegularFile(config.outputDir().resolve(file)))) {
            problems.add(Problem.warning("build.maven-site", "", 0, "Maven's own project site was also written to "
                    + config.outputDir() + " and is mixed with the news site; set"
                    + " <maven.site.skip>true</maven.site.skip> in the pom's properties"));
        }
        List<String> deleted = writer.finish(pages.files(), problems);
        cache.save();
        digests.retainUsed();
        analyses.retainUsed();
        if (memory != null) {
            memory.afterFullBuild(cache.afterBuild(),
                    problems.stream().noneMatch(Problem::isError) ? assembled.site() : null, assembled.pairs(),
                    assembled.glossary(), theme, templates, salt);
        }
        BuildResult result = new BuildResult(articles, pages.files().size(), pages.rendered(),
                pages.written(), pages.pagesWritten(), deleted, problems, Duration.ofNanos(System.nanoTime() - start),
                false);
        if (baseline.isPresent() && !result.hasErrors()) {
            BuildSnapshot.take(baseline.get().digest(), baseline.get().inputs(), config.outputDir(), pages.files(),
                    result.articles(), result.problems(), config.threads()).save(config.cacheDir());
        }
        // Only now does what the build recorded describe the output.
        BuildMarker.in(config.cacheDir()).clear();
        result.problems().forEach(listener::problem);
        listener.info(result.summary());
        return result;
    }

    /**
     * The render cache a full build starts from: a preview's own, kept since its last full build; else the last
     * build's file, unless {@code force} is set or that build did not finish (its marker is still set). Then the
     * build renders every file, and first removes what an unfinished build left.
     */
    private RenderCache renderCache(SiteWriter writer) throws IOException {
        if (memory != null && memory.cache != null) {
            return memory.cache;
        }
        boolean unfinished = BuildMarker.in(config.cacheDir()).isSet();
        if (unfinished) {
            listener.info("The last build did not finish: rendering every page");
        }
        if (unfinished || config.force()) {
            writer.removeLeftovers();
            return RenderCache.none(config.cacheDir());
        }
        return RenderCache.load(config.cacheDir());
    }

    /**
     * Renders and writes every file of the site: the search index first, one language at a time, so that only one
     * language's index is ever in memory; then the pages. Each step runs on every core. A language's index is built
     * by the first of its files to run, so that file runs alone and the index gets every core. Returns
     * {@code null} when cancelled.
     */
    private Pages renderSite(Site site, Theme theme, Templates templates, String salt, SiteWriter writer,
            RenderCache cache, java.util.function.BooleanSupplier cancelled) throws IOException {
        SiteRenderer renderer = new SiteRenderer(site, theme, templates, new MarkdownRenderer(), digests, salt);
        List<List<RenderTask>> steps = new ArrayList<>();
        for (List<RenderTask> language : new SearchIndex(site, analyses, digests).tasksByLanguage()) {
            if (!language.isEmpty()) {
                steps.add(language.subList(0, 1));
                steps.add(language.subList(1, language.size()));
            }
        }
        List<RenderTask> tasks = new ArrayList<>(renderer.tasks());
        StaticFiles statics = siteStaticFiles();
        tasks.addAll(statics.tasks());
        steps.add(tasks);
        List<String> paths = new ArrayList<>();
        steps.forEach(step -> step.forEach(task -> paths.add(task.path())));
        writer.begin(paths);
        List<Problem> listed = new ArrayList<>(theme.problems());
        listed.addAll(statics.problems());
        Pages pages = new Pages(List.of(), 0, 0, 0, Pages.sorted(listed));
        for (List<RenderTask> step : steps) {
            Pages done = renderPages(step, writer, cache, cancelled);
            if (done == null) {
                return null;
            }
            pages = pages.plus(done);
        }
        return pages;
    }

    /**
     * The site model and what a preview keeps of its making: the article files as paired (null for an ordinary
     * build, which lets them go once the model holds what it needs of them) and the glossary.
     */
    private record Assembled(Site site, TranslationPairs.Result pairs, Glossary glossary) {
    }

    /** Reads the article files and the glossary and assembles the model, adding their problems. */
    private Assembled assemble(Set<Path> changed, List<Problem> problems) throws IOException {
        requireArticlesFolder(problems);
        ContentReader.Result content = readArticles(changed);
        problems.addAll(content.problems());
        TranslationPairs.Result pairs = TranslationPairs.pair(content.files());
        problems.addAll(pairs.problems());
        Glossary glossary = Glossary.read(config.siteDir(), config.glossaryFile(), problems);
        Site site = Site.assemble(config, pairs.groups(), glossary);
        problems.addAll(site.problems());
        return new Assembled(site, memory == null ? null : pairs, glossary);
    }

    /** What rendering a set of pages did: the files the site has, how many were rendered and written, problems. */
    private record Pages(List<String> files, int rendered, int written, int pagesWritten, List<Problem> problems) {

        /** Both phases' pages; problems in a stable order. */
        Pages plus(Pages other) {
            List<String> allFiles = new ArrayList<>(files);
            allFiles.addAll(other.files);
            List<Problem> allProblems = new ArrayList<>(problems);
            allProblems.addAll(other.problems);
            return new Pages(allFiles, rendered + other.rendered, written + other.written,
                    pagesWritten + other.pagesWritten, sorted(allProblems));
        }

        static List<Problem> sorted(List<Problem> problems) {
            return problems.stream().distinct().sorted(java.util.Comparator.comparing(Problem::file)
                    .thenComparingInt(Problem::line).thenComparing(Problem::message)).toList();
        }
    }

    /**
     * Renders the tasks on every core, skipping those whose fingerprint the cache has for a file still on disk,
     * and writes the files whose bytes changed. Returns {@code null} when cancelled.
     */
    private Pages renderPages(List<RenderTask> tasks, SiteWriter writer, RenderCache cache,
            java.util.function.BooleanSupplier cancelled) throws IOException {
        List<String> files = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger written = new AtomicInteger();
        AtomicInteger pagesWritten = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        List<Problem> renderProblems = Collections.synchronizedList(new ArrayList<>());
        parallel(tasks, task -> {
            if (stopped.get() || cancelled.getAsBoolean()) {
                stopped.set(true);
                return null;
            }
            Optional<Path> target = writer.find(task.path());
            if (target.isEmpty()) {
                return null;
            }
            String fingerprint = task.fingerprint().get();
            if (cache.isCurrent(task.path(), fingerprint) && Files.isRegularFile(target.get())) {
                cache.record(task.path(), fingerprint);
                files.add(task.path());
                return null;
            }
            RenderTask.Result result;
            try {
                result = task.run();
            } catch (java.io.UncheckedIOException e) {
                // An article file read again for its body, changed or gone since the build read it.
                result = RenderTask.Result.failed(Problem.error("build.read", task.path(), 0,
                        "cannot render: " + e.getCause().getMessage()));
            }
            rendered.incrementAndGet();
            result.problem().ifPresent(renderProblems::add);
            if (result.bytes().isPresent()) {
                if (writer.writeIfChanged(target.get(), result.bytes().get())) {
                    written.incrementAndGet();
                    if (!task.path().startsWith(dev.duet.model.Permalinks.SEARCH_INDEX)) {
                        pagesWritten.incrementAndGet();
                    }
                }
                cache.record(task.path(), fingerprint);
            }
            // A page that failed to render keeps its last good version rather than being deleted as stale.
            files.add(task.path());
            return null;
        });
        if (stopped.get()) {
            return null;
        }
        // Tasks run in any order; report their problems in a stable one.
        return new Pages(List.copyOf(files), rendered.get(), written.get(), pagesWritten.get(),
                Pages.sorted(renderProblems));
    }

    /**
     * A preview's rebuild after edits that change only the content of existing articles: the model is patched
     * instead of assembled, and only the pages that show the edited articles are fingerprinted and rendered, with
     * the theme of the last full build. Empty when the edit needs a full build (a new, deleted or moved file, a
     * changed date, tag or translation, a problem in the file, any change outside the articles).
     */
    private Optional<BuildResult> quickBuild(Set<Path> changed) throws IOException {
        if (memory == null || !memory.canPatch() || changed.isEmpty()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        for (Path path : changed) {
            if (!path.startsWith(config.articlesDir()) || !path.getFileName().toString().endsWith(".md")
                    || !Files.isRegularFile(path) || !articleCache.containsKey(path)
                    || siteFiles().findRefusal(config.articlesDir(), path).isPresent()) {
                return Optional.empty();
            }
        }
        ContentReader reader = new ContentReader();
        Map<Path, ContentReader.Result> edited = new TreeMap<>();
        for (Path path : changed) {
            ContentReader.Result read = reader.read(config.siteDir(), path);
            if (!read.problems().isEmpty() || read.files().size() != 1) {
                return Optional.empty();
            }
            edited.put(path, read);
        }
        Map<String, TranslationPairs.Group> regrouped = new TreeMap<>();
        for (ContentReader.Result read : edited.values()) {
            if (!memory.regroup(read.files().get(0), regrouped)) {
                return Optional.empty();
            }
        }
        List<TranslationPairs.Group> groups = List.copyOf(regrouped.values());
        Optional<Site> patched = memory.site.patch(groups, memory.glossary);
        if (patched.isEmpty()) {
            return Optional.empty();
        }
        articleCache.putAll(edited);
        groups.forEach(memory::replaceGroup);
        Site site = patched.get();
        SiteRenderer renderer = new SiteRenderer(site, memory.theme, memory.templates, new MarkdownRenderer(),
                digests, memory.salt);
        Set<String> showing = new java.util.HashSet<>(renderer.pagesShowing(site.languages().stream()
                .flatMap(l -> l.articles().stream())
                .filter(a -> groups.stream().anyMatch(g -> g.key().equals(a.key()))).toList()));
        SiteWriter writer = new SiteWriter(config.outputDir(), config.cacheDir());
        Pages pages;
        boolean rendered = false;
        try {
            // The patched site has the pages of the last full build, no other. The marker stays set until the next
            // full build ends: until then the render cache's file does not describe the output.
            writer.beginRewriting();
            pages = renderPages(renderer.tasks(showing::contains), writer, memory.cache, () -> false);
            rendered = true;
        } finally {
            if (!rendered) {
                // Files may have changed that the cache does not know of: the next full build renders every file.
                memory.cache = null;
            }
        }
        for (String path : pages.files()) {
            memory.cache.keepRecorded(path);
        }
        memory.site = site;
        memory.owed = true;
        List<Problem> problems = new ArrayList<>();
        articleCache.values().forEach(r -> problems.addAll(r.problems()));
        problems.addAll(memory.pairProblems);
        problems.addAll(site.problems());
        problems.addAll(pages.problems());
        BuildResult result = new BuildResult(site.articleCount(), pages.files().size(), pages.rendered(),
                pages.written(), pages.pagesWritten(), List.of(), problems, Duration.ofNanos(System.nanoTime() - start),
                false);
        listener.info(String.format("Rebuilt the %d files that show the edited %s (%d rendered, %d written) in %d ms;"
                + " the rest of the site follows when edits pause", pages.files().size(),
                groups.size() == 1 ? "article" : "articles", pages.rendered(), pages.written(),
                result.elapsed().toMillis()));
        return Optional.of(result);
    }

    /** Reads every article file, on every core; files and problems keep path order. */
    private ContentReader.Result readArticles(Set<Path> changed) throws IOException {
        List<ContentReader.Result> results;
        if (articleCache == null || articleCache.isEmpty()) {
            SiteFiles.Listing listing = siteFiles().list(config.articlesDir(), ".md");
            List<Path> paths = listing.files();
            // A build of a site whose articles would fill much of the heap reads each body again when a page needs
            // it; a preview keeps its articles between rebuilds, so it always holds them.
            ContentReader reader = new ContentReader(articleCache == null && totalSize(paths) > bodiesBudget);
            results = new ArrayList<>(parallel(paths, file -> reader.read(config.siteDir(), file)));
            if (articleCache != null) {
                for (int i = 0; i < paths.size(); i++) {
                    articleCache.put(paths.get(i), results.get(i));
                }
                // A link left out is kept with its warning, until the watcher sees it change.
                listing.refused().forEach((link, problem) -> articleCache.put(link, refusal(problem)));
            }
            results.add(new ContentReader.Result(List.of(), listing.problems()));
        } else {
            ContentReader reader = new ContentReader();
            for (Path path : changed) {
                if (!path.startsWith(config.articlesDir())) {
                    continue;
                }
                // A deleted folder takes its files with it; a new or changed file is read again.
                articleCache.keySet().removeIf(cached -> cached.startsWith(path) && !Files.exists(cached));
                if (path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path)) {
                    Optional<Problem> refused = siteFiles().findRefusal(config.articlesDir(), path);
                    articleCache.put(path, refused.isPresent() ? refusal(refused.get())
                            : reader.read(config.siteDir(), path));
                }
            }
            results = new ArrayList<>(articleCache.values());
        }
        List<ContentFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ContentReader.Result result : results) {
            files.addAll(result.files());
            problems.addAll(result.problems());
        }
        return new ContentReader.Result(files, problems);
    }

    /**
     * Checks the built site in the output folder, and the articles for duplicate addresses. Returns every problem;
     * the caller decides whether errors fail the build.
     */
    public List<Problem> check() throws IOException {
        List<Problem> problems = new ArrayList<>();
        // Only addresses are checked here: the bodies stay on disk, so a site of any size can be checked.
        ContentReader.Result content = new ContentReader(true).readTree(siteFiles(), config.articlesDir());
        TranslationPairs.Result pairs = TranslationPairs.pair(content.files());
        problems.addAll(pairs.problems());
        Site site = Site.assemble(config, pairs.groups(), Glossary.empty());
        site.problems().stream().filter(p -> p.code().equals("content.duplicate-slug")).forEach(problems::add);
        problems.addAll(new SiteCheck(config.outputDir(), config.baseUrl()).run());
        problems.forEach(listener::problem);
        long errors = problems.stream().filter(Problem::isError).count();
        listener.info(String.format("Checked %s: %d errors, %d warnings", config.outputDir(), errors,
                problems.size() - errors));
        return List.copyOf(problems);
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
        Path previewSite = config.forPreview(config.baseUrl()).outputDir();
        Files.createDirectories(previewSite);
        PreviewServer server = new PreviewServer(previewSite, host, port);
        // Until the first build ends, a page not written yet says so, and reloads when it is.
        server.showBuilding();
        server.start();
        try {
            SiteConfig preview = config.forPreview(server.url());
            // LivePreview reports each rebuild's problems itself; the rebuilds pass on only their progress.
            Duet rebuilds = previewing(preview, progressOnly(listener));
            List<Path> watched = new ArrayList<>(List.of(config.sourcesDir(), config.articlesDir(),
                    config.themeDir(), config.staticDir()));
            // A folder created after the watch starts would go unseen: make the site's folders exist now.
            for (Path folder : watched) {
                Files.createDirectories(folder);
            }
            config.glossaryFile().ifPresent(watched::add);
            LivePreview live = new LivePreview(server, WatchSettings.of(watched, preview.outputDir()),
                    rebuilds::rebuild, rebuilds::settle, listener);
            // Watching starts before the first import and build, which can take a while on a large site: what is
            // saved meanwhile is rebuilt right after, less the files that import itself wrote.
            live.startHeld();
            // The address comes first: the preview can be opened while the first build runs.
            listener.info("Serving " + config.siteDir() + " at " + server.url() + " (Ctrl-C to stop)");
            try {
                live.release(firstBuild(rebuilds, server));
            } catch (IOException | RuntimeException e) {
                live.close();
                throw e;
            }
            return new Preview(server, live);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * The preview's first import and build. Returns what tells the Markdown files import wrote, still as it left
     * them, from files saved meanwhile.
     */
    private Predicate<Path> firstBuild(Duet rebuilds, PreviewServer server) throws IOException {
        ImportReport imported = rebuilds.importSources();
        Set<Path> wrote = new HashSet<>();
        Map<Path, FileStamp> written = new HashMap<>();
        for (ImportReport.FileOutcome file : imported.files()) {
            if (file.status() == ImportReport.Status.CREATED || file.status() == ImportReport.Status.UPDATED) {
                Path path = config.siteDir().resolve(file.path());
                wrote.add(path);
                written.put(path.toAbsolutePath().normalize(), FileStamp.read(path));
            }
        }
        List<Problem> first = new ArrayList<>(imported.problems());
        // The preview keeps the articles it read before import wrote: the build reads those files again.
        first.addAll(rebuilds.build(wrote).problems());
        first.forEach(listener::problem);
        if (first.stream().anyMatch(Problem::isError)) {
            server.broadcastErrors(first);
        }
        // Pages opened during the build showed that it was running, or an older build: they show this one now.
        server.broadcastReload();
        return path -> {
            FileStamp stamp = written.get(path.toAbsolutePath().normalize());
            try {
                return stamp != null && stamp.equals(FileStamp.read(path));
            } catch (IOException e) {
                return false; // rebuilt, to be safe
            }
        };
    }

    private static BuildListener progressOnly(BuildListener listener) {
        return new BuildListener() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void info(String message) {
                listener.info(message);
            }
        };
    }

    /**
     * One preview rebuild: import when a source changed, then build — only the pages that show the edited
     * articles when the edit allows it (see {@link #quickBuild}), else the whole site.
     */
    RebuildResult rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        try {
            SiteFiles.Listing listed = listSources(changed);
            List<Path> sources = listed.files();
            problems.addAll(listed.problems());
            Set<Path> articles = new java.util.HashSet<>(changed);
            boolean quick = true;
            if (!sources.isEmpty()) {
                ImportReport report = importFiles(sources, articles, new Problems());
                problems.addAll(report.problems());
                articles.removeAll(sources);
                // The Markdown import wrote is read again by the build below.
                report.files().forEach(f -> articles.add(config.siteDir().resolve(f.path())));
                quick = report.problems().isEmpty()
                        && report.files().stream().noneMatch(f -> f.status() == ImportReport.Status.CREATED);
            }
            Optional<BuildResult> partial = quick ? quickBuild(articles) : Optional.empty();
            BuildResult result = partial.isPresent() ? partial.get() : build(articles);
            problems.addAll(result.problems());
            return RebuildResult.of(problems, Duration.ofNanos(System.nanoTime() - start), result.written());
        } catch (IOException e) {
            problems.add(Problem.error("serve.io", "", 0, "rebuild failed: " + e.getMessage()));
            return RebuildResult.of(problems, Duration.ofNanos(System.nanoTime() - start), 0);
        }
    }

    /**
     * After partial rebuilds, the full build that brings the rest of the site (the search index above all) up to
     * date; it stops when {@code cancelled} says new edits are waiting. Empty when nothing is owed or it stopped.
     */
    Optional<RebuildResult> settle(java.util.function.BooleanSupplier cancelled) {
        if (memory == null || !memory.owed) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            BuildResult result = build(Set.of(), cancelled);
            if (result == null) {
                return Optional.empty();
            }
            return Optional.of(RebuildResult.of(result.problems(), Duration.ofNanos(System.nanoTime() - start),
                    result.pagesWritten()));
        } catch (IOException e) {
            return Optional.of(RebuildResult.of(List.of(Problem.error("serve.io", "", 0, "rebuild failed: "
                    + e.getMessage())), Duration.ofNanos(System.nanoTime() - start), 0));
        }
    }


    /** The site's own static files, and a warning for each one it cannot publish. */
    private record StaticFiles(List<RenderTask> tasks, List<Problem> problems) {
    }

    /**
     * The site's own {@code static/} folder, copied as it is; it wins over the theme's files of the same name. A file
     * whose name no web address can hold (a line break in it) is named in a warning and left out.
     */
    private StaticFiles siteStaticFiles() throws IOException {
        Path dir = config.staticDir();
        SiteFiles files = siteFiles();
        SiteFiles.Listing listing = files.list(dir, "");
        List<Problem> problems = new ArrayList<>(listing.problems());
        OutputPaths output = new OutputPaths(config.outputDir());
        List<RenderTask> tasks = new ArrayList<>();
        for (Path file : listing.files()) {
            String path = dir.relativize(file).toString().replace('\\', '/');
            if (output.find(path).isEmpty()) {
                problems.add(Problem.warning("static.name", files.display(file), 0, "the file's name holds a control"
                        + " character (shown escaped), which no web address can carry, so it is not published;"
                        + " rename the file"));
                continue;
            }
            tasks.add(new RenderTask(path, () -> {
                try {
                    return RenderTask.Result.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    return RenderTask.Result.failed(Problem.error("static.read", relative(file), 0,
                            "cannot read: " + e.getMessage()));
                }
            }));
        }
        return new StaticFiles(tasks, problems);
    }

    /** The source files to import; a missing sources folder is an error that names it, not an empty import. */
    private SiteFiles.Listing listSources(Problems problems) throws IOException {
        Path dir = config.sourcesDir();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error("import.no-sources", relative(dir), 0, "no sources folder at " + dir
                    + ": create it and put the source .txt files in it, or set <sourcesDir> / -Dduet.sourcesDir to"
                    + " the folder that holds them"));
            return new SiteFiles.Listing(List.of(), new TreeMap<>());
        }
        return siteFiles().list(dir, ".txt");
    }

    /** The source files among a preview's changed files, in path order, less the links out of the site. */
    private SiteFiles.Listing listSources(Set<Path> changed) {
        List<Path> sources = new ArrayList<>();
        TreeMap<Path, Problem> refused = new TreeMap<>();
        for (Path path : changed) {
            if (path.startsWith(config.sourcesDir()) && path.toString().endsWith(".txt") && Files.isRegularFile(path)) {
                Optional<Problem> refusal = siteFiles().findRefusal(config.sourcesDir(), path);
                if (refusal.isPresent()) {
                    refused.put(path, refusal.get());
                } else {
                    sources.add(path);
                }
            }
        }
        Collections.sort(sources);
        return new SiteFiles.Listing(sources, refused);
    }

    /** How this site's folders are listed: without following links out of the site, unless configured to. */
    private SiteFiles siteFiles() {
        return SiteFiles.of(config);
    }

    /** What the preview keeps for an article file it does not read: the warning that says why. */
    private static ContentReader.Result refusal(Problem problem) {
        return new ContentReader.Result(List.of(), List.of(problem));
    }

    /** A missing articles folder is an error that names it, not a site of no articles. */
    private void requireArticlesFolder(List<Problem> problems) {
        Path dir = config.articlesDir();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error("build.no-articles", relative(dir), 0, "no articles folder at " + dir
                    + ": run duet:import to write it from the sources, or set <articlesDir> / -Dduet.articlesDir to"
                    + " the folder that holds the Markdown articles"));
        }
    }

    private String relative(Path file) {
        return ContentReader.below(config.siteDir(), file)
                .orElseGet(() -> config.siteDir().relativize(file).toString().replace('\\', '/'));
    }

    private static long totalSize(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    /** Runs work on every item using the configured number of threads; results keep the items' order. */
    private <T, R> List<R> parallel(List<T> items, Parallel.Work<T, R> work) throws IOException {
        return Parallel.map(config.threads(), items, work);
    }
}
