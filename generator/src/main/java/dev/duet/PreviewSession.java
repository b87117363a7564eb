package dev.duet;

import java.time.ZoneOffset;
import java.time.LocalDate;
import dev.duet.model.LanguageSite;
import dev.duet.model.ArticlePage;
import dev.duet.desk.DeskRun;
import dev.duet.config.SiteConfig;
import dev.duet.content.ArticleOnDisk;
import dev.duet.content.ContentWriter;
import dev.duet.content.TranslationPairs;
import dev.duet.content.ImportReport;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.io.CacheLock;
import dev.duet.io.FileClock;
import dev.duet.io.SiteFiles;
import dev.duet.render.SiteRenderer;
import dev.duet.render.Theme;
import dev.duet.serve.RebuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A preview's builds. The session owns the {@link PreviewMemory}, everything the preview remembers between
 * rebuilds (the article files it read, per-article digests and search analyses, what the last full build left), and
 * hands it to each build as explicit input. A rebuild imports the changed sources, then rebuilds only the pages that
 * show the edited articles when the edit allows ({@link QuickBuild}), else the whole site ({@link SiteBuild}); after
 * quick rebuilds, {@link #settle} runs the full build they owe.
 */
final class PreviewSession {

    private final SiteConfig config;
    private final BuildListener listener;
    /** Everything the preview remembers between its builds; each build is handed it. */
    private final PreviewMemory memory;
    /** The last build's model, as {@link #notes} reads it on the server's threads. */
    private volatile Optional<LastBuild.Patchable> served = Optional.empty();

    PreviewSession(SiteConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
        this.memory = new PreviewMemory(config);
    }

    /** Imports every source file, as {@link Duet#importSources()} does; the articles it reads are kept. */
    ImportReport importSources() throws IOException {
        return importLocked(new SourceImport(config, listener), Set.of());
    }

    /**
     * Imports with the site's lock held, as {@code duet:import} and {@code duet:build} hold it, so that an import in
     * another terminal and the preview's never write the articles and the import's memo at once: the one that comes
     * second waits, and says so.
     */
    private ImportReport importLocked(SourceImport sourceImport, Set<Path> changedArticles) throws IOException {
        try (CacheLock lock = CacheLock.acquire(config.keptCopiesDir(), listener::info)) {
            return sourceImport.importAll(existingArticles(changedArticles));
        }
    }

    /** A full build, as {@link Duet#build()} makes, but never skipped and keeping what the preview keeps. */
    BuildResult build() throws IOException {
        listener.info("Building for " + config.baseUrl());
        return build(Set.of());
    }

    /** A full build that reads again the {@code changed} files among those the preview keeps. */
    BuildResult build(Set<Path> changed) throws IOException {
        return fullBuild(changed, () -> false).finished()
                .orElseThrow(() -> new IllegalStateException("a build that cannot be cancelled was"));
    }

    /**
     * The translation desk's notes on the page at {@code sitePath}: on the story of the article it shows, from the
     * model of the last build that ended, with errors or without. Called by the server's threads.
     */
    List<Problem> notes(String sitePath) {
        Optional<LastBuild.Patchable> last = served;
        if (last.isEmpty()) {
            return List.of();
        }
        String page = sitePath.endsWith("index.html") ? sitePath.substring(0, sitePath.length() - 10) : sitePath;
        for (LanguageSite language : last.get().model().site().languages()) {
            for (ArticlePage article : language.articles()) {
                if (article.path().equals(page)) {
                    Optional<TranslationPairs.Group> story = last.get().groups().values().stream()
                            .filter(g -> g.files().stream().anyMatch(f -> f.path().equals(article.file())))
                            .findFirst();
                    List<Problem> notes = new ArrayList<>();
                    story.stream().flatMap(g -> g.files().stream())
                            .filter(f -> f.path().equals(article.file()) && f.frontMatter().draft())
                            .forEach(f -> notes.add(Problem.warning("preview.draft", f.path(), 0, "草稿，不会发布："
                                    + "删除 draft: true 后才发布。 A draft, shown only in this preview: duet:build"
                                    + " publishes it once 'draft: true' is gone.")));
                    story.ifPresent(g -> notes.addAll(DeskRun.notes(g, last.get().model().glossary(),
                            LocalDate.ofInstant(config.buildTime(), ZoneOffset.ofHours(8)))));
                    return notes;
                }
            }
        }
        return List.of();
    }

    /** Publishes the last build's model for {@link #notes}, after each build. */
    private void publish() {
        served = memory.findShown();
    }

    /** True when a partial rebuild ran since the last full build. */
    boolean owesFullBuild() {
        return memory.owesFullBuild();
    }

    /**
     * One rebuild: import when a source changed, then build — only the pages that show the edited articles when
     * the edit allows it, else the whole site.
     */
    RebuildResult rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        try {
            SourceImport sourceImport = new SourceImport(config, listener);
            SiteFiles.Listing listed = sourceImport.changedSources(changed);
            List<Path> sources = listed.files();
            Set<Path> changedArticles = new HashSet<>(changed);
            boolean quick = true;
            if (sources.isEmpty()) {
                problems.addAll(listed.problems());
            } else {
                // Every source, as duet:import takes them (the import memo spares those as they were): a new source
                // may repeat an earlier one, or be repeated by a later one.
                long importStart = FileClock.now();
                ImportReport report = importLocked(sourceImport, changedArticles);
                problems.addAll(report.problems());
                changedArticles.removeAll(sources);
                // The Markdown import wrote is read again by the build below.
                Set<Path> written = written(report, importStart);
                changedArticles.addAll(written);
                Set<String> touched = new HashSet<>();
                sources.forEach(source -> touched.add(SitePath.of(config, source)));
                written.forEach(file -> touched.add(SitePath.of(config, file)));
                quick = report.problems().stream().noneMatch(p -> touched.contains(p.file()))
                        && report.files().stream().noneMatch(f -> f.status() == ImportReport.Status.CREATED);
            }
            Optional<BuildResult> partial = quick
                    ? new QuickBuild(config, listener, memory).run(changedArticles)
                    : Optional.empty();
            BuildResult result = partial.isPresent() ? partial.get() : build(changedArticles);
            publish();
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
    Optional<RebuildResult> settle(BooleanSupplier cancelled) {
        if (!memory.owesFullBuild()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            return fullBuild(Set.of(), cancelled).finished().map(result -> RebuildResult.of(result.problems(),
                    Duration.ofNanos(System.nanoTime() - start), result.pagesWritten()));
        } catch (IOException e) {
            return Optional.of(RebuildResult.of(List.of(Problem.error("serve.io", "", 0, "rebuild failed: "
                    + e.getMessage())), Duration.ofNanos(System.nanoTime() - start), 0));
        }
    }

    /**
     * A full build with what the preview keeps. A build that ends keeps its theme and model; one that fails may
     * have changed files the kept render cache vouches for: the marker it left on disk makes the next build render
     * every file.
     */
    private BuildOutcome fullBuild(Set<Path> changed, BooleanSupplier cancelled) throws IOException {
        long start = System.nanoTime();
        Theme theme = Theme.load(SiteFiles.of(config), config.themeDir(), config.theme(), Duet.class.getClassLoader());
        boolean ended = false;
        try {
            String salt = SiteRenderer.salt(config, theme);
            SiteBuild.Input input = new SiteBuild.Input(memory, new SiteBuild.Previewing(changed, cancelled));
            BuildOutcome outcome = new SiteBuild(config, listener, theme, salt, input, start).run();
            ended = true;
            return outcome;
        } finally {
            if (!memory.holdsOpen(theme)) {
                theme.close();
            }
            if (!ended) {
                memory.forgetCache();
            }
            publish();
        }
    }

    /**
     * The article files an import wrote: those it created, updated or merged, and those it kept as edited whose time
     * is at most a tick of the file system's clock before {@code importStart}, since it may have rewritten their
     * digest line.
     */
    private Set<Path> written(ImportReport report, long importStart) throws IOException {
        Set<Path> written = new HashSet<>();
        long since = importStart - FileClock.RACY_WINDOW;
        for (ImportReport.FileOutcome outcome : report.files()) {
            Path file = config.siteDir().resolve(outcome.path());
            boolean rewritten = switch (outcome.status()) {
                case UNCHANGED -> false;
                case KEPT_EDITED -> Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS) >= since;
                default -> true;
            };
            if (rewritten) {
                written.add(file);
            }
        }
        return written;
    }

    /**
     * What import needs of the articles on disk, as they are now: a file that cannot be read is left out, as
     * import leaves it out of a publishing build's site. The preview reads them in full for its builds anyway.
     */
    private SourceImport.ExistingArticles existingArticles(Set<Path> changed) {
        return (workers, memo) -> memory.articles().found(changed).files().stream().map(ArticleOnDisk::of)
                .toList();
    }
}
