package dev.duet;

import dev.duet.check.SiteCheck;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.ContentWriter;
import dev.duet.content.Glossary;
import dev.duet.content.ImportReport;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.model.ArticleMemo;
import dev.duet.model.Site;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Duet's public entry point: import source files, build the site, check it. Each method runs the pipeline's
 * stages in order — source → content → model → render → output — so this class reads as the table of contents of
 * the generator. Problems in the user's files are reported to the listener and returned; exceptions are only for
 * I/O failures and bugs.
 */
public final class Duet {

    /** Source files parsed and written at a time by import. */
    private static final int IMPORT_BATCH = 1024;

    private final SiteConfig config;
    private final BuildListener listener;

    /**
     * Article files read by an earlier build of this instance, by path; only the preview keeps them, so that a
     * rebuild re-reads just the files the watcher saw change. {@code null} for an ordinary build.
     */
    private final Map<Path, ContentReader.Result> articleCache;
    /** Per-article digests and search analyses; a preview keeps them between rebuilds, a build makes new ones. */
    private final ArticleMemo<String> digests = new ArticleMemo<>();
    private final SearchIndex.Memory analyses;

    public Duet(SiteConfig config, BuildListener listener) {
        this(config, listener, false);
    }

    private Duet(SiteConfig config, BuildListener listener, boolean keepArticles) {
        this.config = config;
        this.listener = listener;
        this.articleCache = keepArticles ? new TreeMap<>() : null;
        this.analyses = keepArticles ? SearchIndex.Memory.keeping() : SearchIndex.Memory.none();
    }

    /** Imports every {@code sources/**}{@code /*.txt} file into Markdown article files, never clobbering edits. */
    public ImportReport importSources() throws IOException {
        return importFiles(listSources(), Set.of());
    }

    /** Imports the given source files; {@code changedArticles} tells a preview's cache what to read again. */
    private ImportReport importFiles(List<Path> sources, Set<Path> changedArticles) throws IOException {
        SourceParser parser = new SourceParser();
        Problems problems = new Problems();
        List<ImportReport.FileOutcome> outcomes = new ArrayList<>();
        List<ImportReport.SourceEncoding> encodings = new ArrayList<>();
        int importable = 0;
        try (Workers workers = new Workers(config.threads())) {
            List<ContentWriter.Existing> existing = existingArticles(workers, changedArticles);
            ContentWriter writer = new ContentWriter(config.siteDir(), config.articlesDir(), config.force(), existing);
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
        List<Path> paths = ContentReader.listMarkdown(config.articlesDir());
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
        return build(Set.of());
    }

    /** Builds; a preview passes the files its watcher saw change, an ordinary build nothing. */
    private BuildResult build(Set<Path> changed) throws IOException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        ContentReader.Result content = readArticles(changed);
        problems.addAll(content.problems());
        TranslationPairs.Result pairs = TranslationPairs.pair(content.files());
        problems.addAll(pairs.problems());
        Glossary glossary = Glossary.read(config.siteDir(), config.glossaryFile(), problems);
        Site site = Site.assemble(config, pairs.groups(), glossary);
        problems.addAll(site.problems());
        SiteWriter writer = new SiteWriter(config.outputDir(), config.cacheDir());
        List<String> files = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger written = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        List<Problem> renderProblems = Collections.synchronizedList(new ArrayList<>());
        RenderCache cache = RenderCache.load(config.cacheDir());
        try (Theme theme = Theme.load(config.siteDir(), config.themeDir(), config.theme(), Duet.class.getClassLoader())) {
            SiteRenderer renderer = new SiteRenderer(site, theme, new Templates(theme), new MarkdownRenderer(),
                    digests);
            List<RenderTask> tasks = new ArrayList<>(renderer.tasks());
            tasks.addAll(new SearchIndex(site, analyses, digests).tasks());
            tasks.addAll(siteStaticFiles());
            parallel(tasks, task -> {
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
                RenderTask.Result result = task.run();
                rendered.incrementAndGet();
                result.problem().ifPresent(renderProblems::add);
                if (result.bytes().isPresent()) {
                    if (writer.writeIfChanged(target.get(), result.bytes().get())) {
                        written.incrementAndGet();
                    }
                    cache.record(task.path(), fingerprint);
                }
                // A page that failed to render keeps its last good version rather than being deleted as stale.
                files.add(task.path());
                return null;
            });
        }
        // Tasks run in any order; report their problems in a stable one.
        renderProblems.stream().distinct().sorted(java.util.Comparator.comparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparing(Problem::message)).forEach(problems::add);
        if (Files.isRegularFile(config.outputDir().resolve("project-info.html"))
                || Files.isRegularFile(config.outputDir().resolve("css/maven-base.css"))) {
            problems.add(Problem.warning("build.maven-site", "", 0, "Maven's own project site was also written to "
                    + config.outputDir() + " and is mixed with the news site; set"
                    + " <maven.site.skip>true</maven.site.skip> in the pom's properties"));
        }
        List<String> deleted = writer.finish(files, problems);
        cache.save();
        digests.retainUsed();
        analyses.retainUsed();
        BuildResult result = new BuildResult(site.articleCount(), files.size(), rendered.get(), written.get(), deleted, problems,
                Duration.ofNanos(System.nanoTime() - start));
        result.problems().forEach(listener::problem);
        listener.info(result.summary());
        return result;
    }

    /** Reads every article file, on every core; files and problems keep path order. */
    private ContentReader.Result readArticles(Set<Path> changed) throws IOException {
        ContentReader reader = new ContentReader();
        List<ContentReader.Result> results;
        if (articleCache == null || articleCache.isEmpty()) {
            List<Path> paths = ContentReader.listMarkdown(config.articlesDir());
            results = parallel(paths, file -> reader.read(config.siteDir(), file));
            if (articleCache != null) {
                for (int i = 0; i < paths.size(); i++) {
                    articleCache.put(paths.get(i), results.get(i));
                }
            }
        } else {
            for (Path path : changed) {
                if (!path.startsWith(config.articlesDir())) {
                    continue;
                }
                // A deleted folder takes its files with it; a new or changed file is read again.
                articleCache.keySet().removeIf(cached -> cached.startsWith(path) && !Files.exists(cached));
                if (path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path)) {
                    articleCache.put(path, reader.read(config.siteDir(), path));
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
        ContentReader.Result content = new ContentReader().readTree(config.siteDir(), config.articlesDir());
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
     * folders are created, so that files added to them later are seen.
     */
    public Preview serve(String host, int port) throws IOException {
        Path previewSite = config.forPreview(config.baseUrl()).outputDir();
        Files.createDirectories(previewSite);
        PreviewServer server = new PreviewServer(previewSite, host, port);
        server.start();
        try {
            SiteConfig preview = config.forPreview(server.url());
            // LivePreview reports each rebuild's problems itself; the rebuilds pass on only their progress.
            Duet rebuilds = new Duet(preview, progressOnly(listener), true);
            List<Problem> first = new ArrayList<>(rebuilds.importSources().problems());
            first.addAll(rebuilds.build().problems());
            first.forEach(listener::problem);
            if (first.stream().anyMatch(Problem::isError)) {
                server.broadcastErrors(first);
            }
            List<Path> watched = new ArrayList<>(List.of(config.sourcesDir(), config.articlesDir(),
                    config.themeDir(), config.staticDir()));
            // A folder created after the watch starts would go unseen: make the site's folders exist now.
            for (Path folder : watched) {
                Files.createDirectories(folder);
            }
            config.glossaryFile().ifPresent(watched::add);
            LivePreview live = new LivePreview(server, WatchSettings.of(watched, preview.outputDir()),
                    rebuilds::rebuild, listener);
            live.start();
            listener.info("Serving " + config.siteDir() + " at " + server.url() + " (Ctrl-C to stop)");
            return new Preview(server, live);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
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

    /** One preview rebuild: import when a source changed, then build. */
    private RebuildResult rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        try {
            List<Path> sources = changed.stream()
                    .filter(p -> p.startsWith(config.sourcesDir()) && p.toString().endsWith(".txt")
                            && Files.isRegularFile(p))
                    .sorted().toList();
            Set<Path> articles = new java.util.HashSet<>(changed);
            if (!sources.isEmpty()) {
                ImportReport report = importFiles(sources, articles);
                problems.addAll(report.problems());
                // The Markdown import wrote is read again by the build below.
                report.files().forEach(f -> articles.add(config.siteDir().resolve(f.path())));
            }
            BuildResult result = build(articles);
            problems.addAll(result.problems());
            return RebuildResult.of(problems, Duration.ofNanos(System.nanoTime() - start), result.written());
        } catch (IOException e) {
            problems.add(Problem.error("serve.io", "", 0, "rebuild failed: " + e.getMessage()));
            return RebuildResult.of(problems, Duration.ofNanos(System.nanoTime() - start), 0);
        }
    }

    /** The site's own {@code static/} folder, copied as it is; it wins over the theme's files of the same name. */
    private List<RenderTask> siteStaticFiles() throws IOException {
        Path dir = config.staticDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().map(file -> {
                String path = dir.relativize(file).toString().replace('\\', '/');
                return new RenderTask(path, () -> {
                    try {
                        return RenderTask.Result.of(Files.readAllBytes(file));
                    } catch (IOException e) {
                        return RenderTask.Result.failed(Problem.error("static.read", relative(file), 0,
                                "cannot read: " + e.getMessage()));
                    }
                });
            }).toList();
        }
    }

    private List<Path> listSources() throws IOException {
        Path dir = config.sourcesDir();
        if (!Files.isDirectory(dir)) {
            listener.info("No sources folder at " + dir + "; nothing to import");
            return List.of();
        }
        return ContentReader.listFiles(dir, ".txt");
    }

    private String relative(Path file) {
        return ContentReader.below(config.siteDir(), file)
                .orElseGet(() -> config.siteDir().relativize(file).toString().replace('\\', '/'));
    }

    /** A unit of work that may fail with an I/O error. */
    @FunctionalInterface
    private interface Work<T, R> {
        R apply(T input) throws IOException;
    }

    /** Runs work on every item using the configured number of threads; results keep the items' order. */
    private <T, R> List<R> parallel(List<T> items, Work<T, R> work) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            return pool.submit(() -> items.parallelStream().map(item -> {
                try {
                    return work.apply(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
