package dev.duet;

import dev.duet.StageProblems.Stage;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.content.Glossary;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.markdown.MarkdownRenderer;
import dev.duet.model.Site;
import dev.duet.output.BuildMarker;
import dev.duet.output.BuildSnapshot;
import dev.duet.output.RenderCache;
import dev.duet.output.SiteWriter;
import dev.duet.render.RenderTask;
import dev.duet.render.SiteRenderer;
import dev.duet.render.Templates;
import dev.duet.render.Theme;
import dev.duet.search.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * One full build of the site, its stages in order: read the article files, assemble the model, plan the files the
 * site has, render them (each page's view is made as its file is rendered), and write the output and the build's
 * bookkeeping. Each problem is kept under the stage that found it ({@link StageProblems}). What differs between a
 * publishing build and a preview's comes in as an explicit {@link Input}.
 */
final class SiteBuild {

    /** The files below the output folder whose presence makes the build warn that Maven wrote its own site there. */
    static final List<String> MAVEN_SITE_FILES = List.of("project-info.html", "css/maven-base.css");

    /** Where the build's article files come from: the disk, or a preview's cache. */
    @FunctionalInterface
    interface Articles {
        ContentReader.Result read() throws IOException;
    }

    /** Where the build's render cache comes from, given the writer that removes what an unfinished build left. */
    @FunctionalInterface
    interface RenderCacheSource {
        RenderCache open(SiteWriter writer) throws IOException;
    }

    /** Whom the build is for: the published site, or a preview. */
    sealed interface Purpose permits Publishing, Previewing {
    }

    /**
     * A build of the site to publish: its files are not read until it ends, and it takes a snapshot when it finds
     * no errors.
     *
     * @param baseline what the build saw before it read anything; empty when it cannot take a snapshot
     * @param changedOutputs output files changed by hand since the last build, rendered again whatever the render
     *     cache says
     */
    record Publishing(Optional<UpToDateCheck.Baseline> baseline, Set<String> changedOutputs)
            implements Purpose, UpToDateCheck.Verdict {

        Publishing {
            changedOutputs = Set.copyOf(changedOutputs);
        }
    }

    /**
     * A preview's build: its files are served while they are written, it may be {@code cancelled} (checked between
     * pages) when new edits arrive, and it hands back what the preview keeps.
     */
    record Previewing(BooleanSupplier cancelled) implements Purpose {
    }

    /** What a build is given besides the configuration and the theme. */
    record Input(Articles articles, RenderCacheSource renderCache, ArticleMemos memos, Purpose purpose) {
    }

    /** What a preview keeps of a full build, to patch it after an edit. */
    record Kept(RenderCache cache, Site site, TranslationPairs.Result pairs, Glossary glossary, Templates templates) {
    }

    /** The model, and for a preview the article files as paired, which a publishing build lets go. */
    private record Assembled(Site site, Optional<TranslationPairs.Result> pairs, Glossary glossary) {
    }

    /** Every file the site has, in the steps they are rendered in, and the problems found listing them. */
    private record Plan(List<List<RenderTask>> steps, List<Problem> problems) {

        List<String> paths() {
            List<String> paths = new ArrayList<>();
            steps.forEach(step -> step.forEach(task -> paths.add(task.path())));
            return paths;
        }
    }

    /** What rendering left for the write stage. */
    private record Rendered(SiteWriter writer, RenderCache cache, Templates templates, PageRendering.Pages pages,
            int articles, StageProblems problems, Optional<Assembled> model) {
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

    /** Runs the build: read, assemble, plan, view and render; then write. */
    BuildOutcome run() throws IOException {
        Optional<Rendered> rendered = readAndRender();
        if (rendered.isEmpty()) {
            return new BuildOutcome.Cancelled();
        }
        return write(rendered.get());
    }

    /**
     * The stages that need the model. A publishing build's model ends with this method, so that the heap has it
     * back before the output is listed and the snapshot taken. Empty when cancelled.
     */
    private Optional<Rendered> readAndRender() throws IOException {
        StageProblems problems = new StageProblems();
        Assembled model = assemble(read(problems.of(Stage.READ)), problems.of(Stage.ASSEMBLE));
        if (cancelled().getAsBoolean()) {
            return Optional.empty();
        }
        SiteWriter writer = new SiteWriter(config.outputDir(), config.cacheDir(),
                input.purpose() instanceof Publishing);
        RenderCache cache = input.renderCache().open(writer);
        if (input.purpose() instanceof Publishing publishing) {
            cache.forget(publishing.changedOutputs());
        }
        Templates templates = new Templates(theme);
        Plan plan = plan(model.site(), templates);
        writer.begin(plan.paths());
        Optional<PageRendering.Pages> pages = new PageRendering(config.threads(), writer, cache, cancelled())
                .render(plan.steps(), PageRendering.Pages.listed(plan.problems()));
        if (pages.isEmpty()) {
            // Cancelled between pages: each file it rendered holds what it recorded.
            cache.keepAllRecorded();
            return Optional.empty();
        }
        problems.addAll(Stage.RENDER, pages.get().problems());
        Optional<Assembled> kept = input.purpose() instanceof Previewing ? Optional.of(model) : Optional.empty();
        return Optional.of(new Rendered(writer, cache, templates, pages.get(), model.site().articleCount(), problems,
                kept));
    }

    /** Read: every article file; a missing articles folder is an error that names it, not a site of no articles. */
    private ContentReader.Result read(List<Problem> problems) throws IOException {
        Path dir = config.articlesDir();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error("build.no-articles", SitePath.of(config, dir), 0, "no articles folder at " + dir
                    + ": run duet:import to write it from the sources, or set <articlesDir> / -Dduet.articlesDir to"
                    + " the folder that holds the Markdown articles"));
        }
        ContentReader.Result content = input.articles().read();
        problems.addAll(content.problems());
        return content;
    }

    /** Assemble: pairs the translations, reads the glossary, and makes the model. */
    private Assembled assemble(ContentReader.Result content, List<Problem> problems) throws IOException {
        TranslationPairs.Result pairs = TranslationPairs.pair(content.files());
        problems.addAll(pairs.problems());
        Glossary glossary = Glossary.read(config.siteDir(), config.glossaryFile(), problems);
        Site site = Site.assemble(config, pairs.groups(), glossary);
        problems.addAll(site.problems());
        return new Assembled(site, input.purpose() instanceof Previewing ? Optional.of(pairs) : Optional.empty(),
                glossary);
    }

    /**
     * Plan: every file of the site. The search index comes first, one language at a time, so that only one
     * language's index is ever in memory; then the pages and the site's static files. A language's index is built
     * by the first of its files to run, so that file runs alone and the index gets every core.
     */
    private Plan plan(Site site, Templates templates) throws IOException {
        SiteRenderer renderer = new SiteRenderer(site, theme, templates, new MarkdownRenderer(),
                input.memos().digests(), salt);
        List<List<RenderTask>> steps = new ArrayList<>();
        for (List<RenderTask> language : new SearchIndex(site, input.memos().analyses(), input.memos().digests())
                .tasksByLanguage()) {
            if (!language.isEmpty()) {
                steps.add(language.subList(0, 1));
                steps.add(language.subList(1, language.size()));
            }
        }
        List<RenderTask> tasks = new ArrayList<>(renderer.tasks());
        StaticFiles statics = StaticFiles.list(config);
        tasks.addAll(statics.tasks());
        steps.add(tasks);
        List<Problem> problems = new ArrayList<>(theme.problems());
        problems.addAll(statics.problems());
        return new Plan(steps, problems);
    }

    /** Write: removes stale files, saves the render cache and, for a publishing build, the snapshot. */
    private BuildOutcome.Built write(Rendered rendered) throws IOException {
        List<Problem> problems = rendered.problems().of(Stage.WRITE);
        if (MAVEN_SITE_FILES.stream().anyMatch(file -> Files.isRegularFile(config.outputDir().resolve(file)))) {
            problems.add(Problem.warning("build.maven-site", "", 0, "Maven's own project site was also written to "
                    + config.outputDir() + " and is mixed with the news site; set"
                    + " <maven.site.skip>true</maven.site.skip> in the pom's properties"));
        }
        PageRendering.Pages pages = rendered.pages();
        List<String> deleted = rendered.writer().finish(pages.files(), problems);
        rendered.cache().save();
        input.memos().retainUsed();
        Optional<Kept> kept = rendered.model().map(model -> new Kept(rendered.cache().afterBuild(), model.site(),
                model.pairs().orElseThrow(), model.glossary(), rendered.templates()));
        BuildResult result = new BuildResult(rendered.articles(), pages.files().size(), pages.rendered(),
                pages.written(), pages.pagesWritten(), deleted, rendered.problems().toList(),
                Duration.ofNanos(System.nanoTime() - start), false);
        if (input.purpose() instanceof Publishing publishing && publishing.baseline().isPresent()
                && !result.hasErrors()) {
            UpToDateCheck.Baseline baseline = publishing.baseline().get();
            BuildSnapshot.take(baseline.digest(), baseline.inputs(), config.outputDir(), pages.files(),
                    result.articles(), result.problems(), config.threads()).save(config.cacheDir());
        }
        // Only now does what the build recorded describe the output.
        BuildMarker.in(config.cacheDir()).clear();
        result.problems().forEach(listener::problem);
        listener.info(result.summary());
        return new BuildOutcome.Built(result, kept);
    }

    private BooleanSupplier cancelled() {
        return input.purpose() instanceof Previewing previewing ? previewing.cancelled() : () -> false;
    }

    /**
     * The render cache of the last build, from its file; none when {@code force} is set or that build did not
     * finish (its marker is still set): then the build renders every file, and first removes what an unfinished
     * build left.
     */
    static RenderCacheSource cacheOnDisk(SiteConfig config, BuildListener listener) {
        return writer -> {
            boolean unfinished = BuildMarker.in(config.cacheDir()).isSet();
            if (unfinished) {
                listener.info("The last build did not finish: rendering every page");
            }
            if (unfinished || config.force()) {
                writer.removeLeftovers();
                return RenderCache.none(config.cacheDir());
            }
            return RenderCache.load(config.cacheDir());
        };
    }
}
