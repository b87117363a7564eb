package dev.duet;

import dev.duet.StageProblems.Stage;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.content.Glossary;
import dev.duet.content.SectionMap;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.image.ImageCatalog;
import dev.duet.io.Parallel;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.model.DeletedPlaces;
import dev.duet.model.Lifecycle;
import dev.duet.model.NewsWindow;
import dev.duet.model.Site;
import dev.duet.output.BuildErrors;
import dev.duet.output.BuildInputs;
import dev.duet.output.BuildMarker;
import dev.duet.output.BuildSnapshot;
import dev.duet.output.KnownOutputs;
import dev.duet.output.OutputExpiry;
import dev.duet.output.RenderCache;
import dev.duet.output.ShardStamp;
import dev.duet.output.SiteWriter;
import dev.duet.render.RenderTask;
import dev.duet.render.SiteRenderer;
import dev.duet.render.Templates;
import dev.duet.render.Theme;
import dev.duet.search.EarlierFiles;
import dev.duet.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * One full build of the site, its stages in order: read the article files, assemble the model, plan the files the
 * site has, render them (each page's view is made as its file is rendered), and write the output and the build's
 * bookkeeping. Each problem is kept under the stage that found it ({@link StageProblems}). What the build remembers
 * of the builds before it, and whom it is for, come in as an explicit {@link Input}.
 */
final class SiteBuild {

    /** The files below the output folder whose presence makes the build warn that Maven wrote its own site there. */
    static final List<String> MAVEN_SITE_FILES = List.of("project-info.html", "css/maven-base.css");

    /** Whom the build is for: the published site, or a preview. */
    sealed interface Purpose permits Publishing, Previewing {
    }

    /**
     * A build of the site to publish: its files are not read until it ends, and it takes a snapshot when it finds
     * no errors.
     *
     * @param baseline what the build saw before it read anything; empty when it cannot take a snapshot
     * @param lastOutputs the last build's output files as the up-to-date check finds them, perhaps still being
     *     looked at on another core; the build has the answer before it writes anything
     */
    record Publishing(Optional<UpToDateCheck.Baseline> baseline, CompletableFuture<LastOutputs> lastOutputs)
            implements Purpose, UpToDateCheck.Verdict {

        /** Output files changed by hand since the last build, rendered again whatever the render cache says. */
        Set<String> changedOutputs() throws IOException {
            return Parallel.join(lastOutputs).changed();
        }

        /**
         * The other output files of the last build, as the up-to-date check found them: the snapshot takes the
         * stamps of those this build does not write from here.
         */
        KnownOutputs known() throws IOException {
            return Parallel.join(lastOutputs).known();
        }
    }

    /**
     * The last build's output files as the check before a build found them.
     *
     * @param changed those changed by hand since
     * @param known the stamps of the others
     */
    record LastOutputs(Set<String> changed, KnownOutputs known) {

        LastOutputs {
            changed = Set.copyOf(changed);
        }
    }

    /**
     * A preview's build: its files are served while they are written, and it may be {@code cancelled} (checked
     * between pages) when new edits arrive.
     *
     * @param changed the files seen to change since the last build, which it reads again
     */
    record Previewing(Set<Path> changed, BooleanSupplier cancelled) implements Purpose {

        Previewing {
            changed = Set.copyOf(changed);
        }
    }

    /** What a build is given besides the configuration and the theme: what it remembers, and whom it is for. */
    record Input(BuildMemory memory, Purpose purpose) {
    }

    /**
     * The model, and what the build's memory will keep of it once the build ends: nothing else of the article files
     * as read and paired, so that a build whose memory keeps nothing lets them go before it renders.
     */
    private record Assembled(Site site, ImageCatalog images, BuildMemory.Keeping keeping, boolean placesNoted) {
    }

    /** Every file the site has, in the steps they are rendered in, and the problems found listing them. */
    private record Plan(List<List<RenderTask>> steps, List<Problem> problems) {

        List<String> paths() {
            List<String> paths = new ArrayList<>();
            steps.forEach(step -> step.forEach(task -> paths.add(task.path())));
            return paths;
        }
    }

    /**
     * What rendering left for the write stage; of the model, only what the memory keeps of it, so that a build whose
     * memory keeps nothing lets the model go.
     */
    private record Rendered(SiteWriter writer, RenderCache cache, PageRendering.Pages pages, int articles,
            StageProblems problems, BuildMemory.Keeping keeping, Lifecycle.Schedule schedule,
            Optional<Instant> expires, boolean placesNoted) {
    }

    private final SiteConfig config;
    private final BuildListener listener;
    private final Theme theme;
    private final String salt;
    private final Input input;
    private final long start;

    /** A build with the given theme and salt, timed from {@code start} ({@link System#nanoTime()}). */
    SiteBuild(SiteConfig config, BuildListener listener, Theme theme, String salt, Input input, long start) {
        this.config = config;
        this.listener = listener;
        this.theme = theme;
        this.salt = salt;
        this.input = input;
        this.start = start;
    }

    /**
     * Runs the build, its stages in order: read, assemble, plan, view and render (each page's view is made as its
     * file is rendered); then write.
     */
    BuildOutcome run() throws IOException {
        Optional<Rendered> rendered = readAndRender();
        if (rendered.isEmpty()) {
            return new BuildOutcome.Cancelled();
        }
        return write(rendered.get());
    }

    /**
     * The stages that need the model. Unless the build's memory keeps it, the model ends with this method, so that
     * the heap has it back before the output is listed and the snapshot taken. Empty when cancelled.
     */
    private Optional<Rendered> readAndRender() throws IOException {
        StageProblems problems = new StageProblems();
        RenderCacheRead cacheRead = RenderCacheRead.start(config, input.memory());
        Templates templates = new Templates(theme);
        // Found before the articles are read: what the last build read in a file gone is in the read cache until
        // this build saves it again.
        DeletedArticles deleted = DeletedArticles.find(config, input.purpose());
        Assembled model = assemble(read(problems.of(Stage.READ)), deleted, templates, problems.of(Stage.ASSEMBLE));
        if (cancelled().getAsBoolean()) {
            return Optional.empty();
        }
        SiteWriter writer = new SiteWriter(config.outputDir(), config.cacheDir(),
                input.purpose() instanceof Publishing);
        if (config.force()) {
            writer.trustNothing();
        }
        RenderCache cache = openRenderCache(writer, cacheRead);
        Plan plan = plan(model.site(), model.images(), templates, RenderCacheRead.earlierFiles(writer, cache));
        Optional<PageRendering.Pages> pages = render(plan, writer, cache);
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        problems.addAll(Stage.RENDER, pages.get().problems());
        return Optional.of(new Rendered(writer, cache, pages.get(), model.site().articleCount(), problems,
                model.keeping(), model.site().lifecycle().schedule(),
                NewsWindow.of(model.site(), config.buildTime()).nextChange(), model.placesNoted()));
    }

    /** Read: every article file; a missing articles folder is an error that names it, not a site of no articles. */
    private ContentReader.Result read(List<Problem> problems) throws IOException {
        if (!Files.isDirectory(config.articlesDir())) {
            problems.add(Duet.noArticles(config));
        }
        Set<Path> changed = input.purpose() instanceof Previewing previewing ? previewing.changed() : Set.of();
        Optional<ArticleFiles.Listed> listed = input.purpose() instanceof Publishing publishing
                ? publishing.baseline().flatMap(b -> b.articles().map(files -> files.after(b.finished())))
                : Optional.empty();
        ContentReader.Result content = input.memory().readArticles(changed, listed);
        problems.addAll(content.problems());
        return content;
    }

    /**
     * Assemble: pairs the translations, reads the glossary, and makes the model, which the site's {@code templates}
     * will render.
     */
    private Assembled assemble(ContentReader.Result content, DeletedArticles deleted, Templates templates,
            List<Problem> problems) throws IOException {
        TranslationPairs.Result pairs = TranslationPairs.pair(content.files());
        problems.addAll(pairs.problems());
        Glossary glossary = GlossaryReading.read(config, problems, true)
                .withSections(SectionMap.read(config.siteDir(), problems));
        long picturesStart = System.nanoTime();
        ImageCatalog images = SitePictures.catalog(config, pairs.groups(), input.purpose() instanceof Previewing);
        problems.addAll(images.problems());
        if (images.files() > 0) {
            // A preview resizes a new picture when a page first shows it, not while it builds.
            listener.info(String.format(java.util.Locale.ROOT,
                    "%d pictures: %s, the others from the cache (%d ms)", images.files(),
                    images.planned() > 0 ? images.planned() + " new, resized when a page first shows them"
                            : images.decoded() + " read and resized now",
                    (System.nanoTime() - picturesStart) / 1_000_000));
        }
        DeletedPlaces places = deleted.places(config, glossary, pairs.groups(), problems);
        Site site = Site.assemble(config, pairs.groups(), glossary, images, places);
        problems.addAll(site.problems());
        return new Assembled(site, images, input.memory().keep(new BuildMemory.Model(site, glossary, theme, templates,
                salt), pairs), places.changed());
    }

    /**
     * Plan: every file of the site. The search index comes first, one language at a time, so that only one
     * language's index is ever in memory; then the pages and the site's static files. A language's index is built
     * by the first of its files to run, so that file runs alone and the index gets every core. The copies of the
     * pictures come last: a preview serves the pages first. A shard's build plans its share ({@link ShardFilter}).
     */
    private Plan plan(Site site, ImageCatalog images, Templates templates, EarlierFiles earlier) throws IOException {
        SiteRenderer renderer = new SiteRenderer(site, theme, templates, new MarkdownRenderer(),
                input.memory().digests(), salt);
        // A shard keeps its share of each list of tasks; without one, nothing is filtered.
        Optional<ShardFilter> shard = config.shard().map(share -> ShardFilter.of(share, site));
        // The search index's files are listed on a core of their own while the pages are.
        // A shard holds the whole site's model: its postings take half of the heap the model leaves.
        long postings = shard.isPresent() ? SearchIndex.budgetOfHeapLeft() : SearchIndex.budgetOfHeap();
        CompletableFuture<List<List<RenderTask>>> searchFiles = CompletableFuture.supplyAsync(() -> new SearchIndex(
                site, input.memory().analyses(), input.memory().digests(), earlier, postings).tasksByLanguage());
        // Made as they are rendered, not held at once.
        List<RenderTask> pages = shard.isPresent() ? renderer.tasks(shard.get().paths()) : renderer.tasks();
        List<List<RenderTask>> steps = new ArrayList<>();
        for (List<RenderTask> all : searchFiles.join()) {
            List<RenderTask> language = shard.isPresent() ? shard.get().unit(all) : all;
            if (!language.isEmpty()) {
                steps.add(language.subList(0, 1));
                steps.add(language.subList(1, language.size()));
            }
        }
        steps.add(pages);
        List<RenderTask> pictures = SitePictures.tasks(config, images, site);
        StaticFiles statics = StaticFiles.list(config).beside(pages, pictures, theme.staticFiles().keySet());
        steps.add(shard.isPresent() ? shard.get().tasks(statics.tasks()) : statics.tasks());
        steps.add(shard.isPresent() ? shard.get().tasks(pictures) : pictures);
        List<Problem> problems = new ArrayList<>(theme.problems());
        problems.addAll(renderer.planProblems());
        problems.addAll(statics.problems());
        return new Plan(steps, problems);
    }

    /**
     * The render cache the build starts from: the one its memory keeps, else the one on disk. A publishing build
     * forgets the output files changed by hand, so that they are rendered again.
     */
    private RenderCache openRenderCache(SiteWriter writer, RenderCacheRead read) throws IOException {
        Optional<RenderCache> kept = input.memory().findRenderCache();
        RenderCache cache = kept.isPresent() ? kept.get() : read.cache(listener, writer);
        if (input.purpose() instanceof Publishing publishing) {
            cache.forget(publishing.changedOutputs());
        }
        return cache;
    }

    /**
     * View and render: every file of the plan, on every core, each page's view made as it is rendered; a file whose
     * fingerprint the render cache has is skipped. Empty when cancelled between pages.
     */
    private Optional<PageRendering.Pages> render(Plan plan, SiteWriter writer, RenderCache cache) throws IOException {
        List<String> paths = plan.paths();
        writer.begin(paths);
        RenderProgress progress = input.purpose() instanceof Publishing
                ? RenderProgress.of(listener, paths.size(), start)
                : RenderProgress.none();
        Predicate<String> asLeft = input.purpose() instanceof Publishing publishing
                ? publishing.known()::contains : path -> false;
        Optional<PageRendering.Pages> pages = new PageRendering(config.threads(), writer, cache, cancelled(),
                progress, asLeft).render(plan.steps(), PageRendering.Pages.listed(plan.problems()));
        if (pages.isEmpty()) {
            // Each file the cancelled build rendered holds what it recorded.
            cache.keepAllRecorded();
        }
        return pages;
    }

    /**
     * Write: removes stale files, saves the render cache and, for a publishing build, the snapshot; a shard's build
     * then stamps its folder ({@link ShardStamp}).
     */
    private BuildOutcome.Built write(Rendered rendered) throws IOException {
        List<Problem> problems = rendered.problems().of(Stage.WRITE);
        if (MAVEN_SITE_FILES.stream().anyMatch(file -> Files.isRegularFile(config.outputDir().resolve(file)))) {
            problems.add(Problem.warning("build.maven-site", "", 0, "Maven's own project site was also written to "
                    + config.outputDir() + " and is mixed with the news site; set"
                    + " <maven.site.skip>true</maven.site.skip> in the pom's properties"));
        }
        PageRendering.Pages pages = rendered.pages();
        List<String> files = pages.sortedFiles();
        // The render cache is saved on a core of its own while stale files go and the snapshot is taken.
        CompletableFuture<Void> cacheSaved = CompletableFuture.runAsync(() -> {
            try {
                rendered.cache().save(files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> deleted = rendered.writer().finish(files, problems);
        if (input.purpose() instanceof Publishing) {
            MovedPages.record(config.cacheDir(), deleted, files).ifPresent(listener::info);
            BuildErrors.save(config.cacheDir(), rendered.problems().toList());
        }
        input.memory().retainUsed();
        BuildResult result = new BuildResult(rendered.articles(), pages.files().size(), pages.rendered(),
                pages.written(), pages.pagesWritten(), deleted, rendered.problems().toList(),
                Duration.ofNanos(System.nanoTime() - start), false, rendered.schedule());
        Optional<String> inputsDigest = Optional.empty();
        if (input.purpose() instanceof Publishing publishing && publishing.baseline().isPresent()
                && result.hasErrors() && config.shard().isEmpty()) {
            // Never up to date, but what it read is the last finished build's: the next build keeps the place of a
            // story it published whose files are gone by then. Its output's stamps tell the next build the files
            // changed by hand since, to render again.
            UpToDateCheck.Baseline baseline = publishing.baseline().get();
            BuildSnapshot.take(baseline.digest(), baseline.inputs(), config.outputDir(), files,
                    Set.copyOf(pages.writtenFiles()), publishing.known(), result.articles(), result.problems(),
                    config.threads()).saveAside(config.cacheDir());
        }
        if (input.purpose() instanceof Publishing publishing && publishing.baseline().isPresent()
                && (!result.hasErrors() || config.shard().isPresent())) {
            UpToDateCheck.Baseline baseline = publishing.baseline().get();
            BuildInputs inputs = baseline.inputs().withDigests(baseline.earlier(), config.siteDir(),
                    config.threads());
            if (rendered.placesNoted()) {
                // Written by this build: the next finds it as it is now.
                inputs = inputs.rewritten(config.siteDir(), DeletedPlaces.FILE_NAME);
            }
            if (!result.hasErrors()) {
                OutputExpiry.save(config.cacheDir(), config.buildTime(), rendered.expires());
                BuildSnapshot.take(baseline.digest(), inputs, config.outputDir(), files,
                        Set.copyOf(pages.writtenFiles()), publishing.known(), result.articles(), result.problems(),
                        config.threads()).scheduled(rendered.schedule()).save(config.cacheDir());
            }
            if (config.shard().isPresent()) {
                inputsDigest = Optional.of(ShardStamp.digest(baseline.digest(), config.buildTime(), inputs,
                        config.siteDir(), config.outputDir()));
            }
        }
        Parallel.join(cacheSaved);
        // Only now does what the build recorded describe the output.
        BuildMarker.in(config.cacheDir()).clear();
        if (config.shard().isPresent()) {
            new ShardStamp(config.shard().get(), inputsDigest.orElse(""),
                    ShardStamp.outputKey(config.siteDir(), config.outputDir())).write(config.outputDir().getParent());
        }
        rendered.keeping().buildEnded(rendered.cache(), result.hasErrors());
        // The summary's time counts the digests, the snapshot and the caches saved: the whole build.
        BuildResult done = result.until(Duration.ofNanos(System.nanoTime() - start));
        done.problems().forEach(listener::problem);
        listener.info(done.summary());
        return new BuildOutcome.Built(done);
    }

    private BooleanSupplier cancelled() {
        return input.purpose() instanceof Previewing previewing ? previewing.cancelled() : () -> false;
    }
}
