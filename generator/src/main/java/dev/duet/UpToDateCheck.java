package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.SectionMap;
import dev.duet.diagnostic.BuildListener;
import dev.duet.io.Parallel;
import dev.duet.io.Sha256;
import dev.duet.io.SiteFiles;
import dev.duet.output.BuildInputs;
import dev.duet.output.BuildMarker;
import dev.duet.output.BuildSnapshot;
import dev.duet.output.KnownOutputs;
import dev.duet.output.OutputExpiry;
import dev.duet.render.Theme;
import dev.duet.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Whether a publishing build can be skipped: it can when the last build's snapshot shows that the files it would
 * read and the output are as that build left them (unless {@code force} is set, or the last build did not finish).
 * Else the build runs, renders again any output file changed by hand, and takes a new snapshot when it finds no
 * errors.
 */
final class UpToDateCheck {

    /**
     * What a publishing build saw before it read anything, for the snapshot it takes at its end; the inputs of the
     * last build, whose digests it takes over for files with the same stamps; and those of the last build that
     * finished, however many stopped or failed since, whose article files gone it tells.
     */
    record Baseline(String digest, BuildInputs inputs, Optional<BuildInputs> earlier,
            Optional<ArticleFiles.Listed> articles, Optional<BuildInputs> finished) {
    }

    /** The check's answer: the site is up to date, or a build must run. */
    sealed interface Verdict permits BuildOutcome.UpToDate, SiteBuild.Publishing {
    }

    private final SiteConfig config;
    private final BuildListener listener;

    UpToDateCheck(SiteConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
    }

    /**
     * Checks the last build's snapshot. When the site is up to date, reports that build's counts and problems
     * again; else deletes the snapshot, since from then on the output may change and no snapshot may vouch for it
     * until the build takes its own.
     */
    Verdict run(Theme theme, String salt, long start) throws IOException {
        boolean trustsSnapshot = !config.force() && !BuildMarker.in(config.cacheDir()).isSet();
        // The inputs are listed on a core of their own while the last snapshot is read.
        // The walk of the articles folder hands the build its article files as well; not a shard's, whose site of a
        // million stories would hold its inputs' listing and its article files' in memory at once.
        Optional<ArticleFiles.Collector> articles = config.shard().isPresent() ? Optional.empty()
                : Optional.of(new ArticleFiles.Collector(config.siteDir()));
        CompletableFuture<Optional<BuildInputs>> listed = CompletableFuture.supplyAsync(() -> {
            Optional<BuildInputs> inputs = inputs(theme, articles);
            articles.ifPresent(ArticleFiles.Collector::finish);
            return inputs;
        });
        Optional<BuildSnapshot> last = trustsSnapshot ? BuildSnapshot.load(config.cacheDir()) : Optional.empty();
        Optional<BuildSnapshot> finished = last.isPresent() ? last : BuildSnapshot.lastFinished(config.cacheDir());
        Optional<Baseline> baseline = Parallel.join(listed).map(inputs -> new Baseline(
                Sha256.hex(String.join("\n", "duet-build", salt, SearchIndex.version())), inputs,
                last.map(BuildSnapshot::inputs), articles.map(ArticleFiles.Collector::listed),
                // A snapshot cut short after its inputs still tells which article files the last build read.
                finished.map(BuildSnapshot::inputs).or(() -> BuildSnapshot.lastFinishedInputs(config.cacheDir()))));
        CompletableFuture<SiteBuild.LastOutputs> outputs =
                CompletableFuture.completedFuture(new SiteBuild.LastOutputs(Set.of(), KnownOutputs.none()));
        if (last.isPresent()) {
            BuildSnapshot snapshot = last.get();
            // A story that has come due, or one that has left the news sitemap's window, is a change though no
            // file changed. A shard always builds (with its render cache), so that its stamp holds this build's
            // time; its last snapshot lends the build the digests of the files that kept their stamps.
            boolean sameInputs = baseline.isPresent() && config.shard().isEmpty()
                    && snapshot.holdsAt(config.buildTime())
                    && OutputExpiry.isCurrentAt(config.cacheDir(), config.buildTime())
                    && snapshot.matches(baseline.get().digest(), baseline.get().inputs(), config.siteDir());
            if (sameInputs) {
                BuildSnapshot.OutputCheck check = snapshot.checkOutputs(config.outputDir(), config.threads());
                if (check.changed().isEmpty()) {
                    return upToDate(snapshot, check, baseline.get().inputs(), start);
                }
                outputs = CompletableFuture.completedFuture(lastOutputs(snapshot, check));
            } else {
                outputs = checkedAside(snapshot);
            }
        } else if (trustsSnapshot && finished.isPresent() && !finished.get().outputs().isEmpty()) {
            // The last build had errors: it runs, but the files changed by hand since that build are rendered again.
            outputs = checkedAside(finished.get());
        }
        BuildSnapshot.setAside(config.cacheDir());
        return new SiteBuild.Publishing(baseline, outputs);
    }

    /**
     * The build runs whatever the outputs are: they are looked at on another core while it reads the articles, and
     * the build waits for the answer before it writes anything.
     */
    private CompletableFuture<SiteBuild.LastOutputs> checkedAside(BuildSnapshot snapshot) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return lastOutputs(snapshot, snapshot.checkOutputs(config.outputDir(), config.threads()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static SiteBuild.LastOutputs lastOutputs(BuildSnapshot last, BuildSnapshot.OutputCheck check) {
        return new SiteBuild.LastOutputs(check.changed(), last.known(check));
    }

    /**
     * The input files of a publishing build, listed before it reads anything; empty when they cannot all be listed,
     * so that the build takes no snapshot.
     */
    private Optional<BuildInputs> inputs(Theme theme, Optional<ArticleFiles.Collector> articles) {
        List<BuildInputs.Root> roots = new ArrayList<>();
        // Every file of the articles folder: the articles' pictures are beside them.
        BuildInputs.Root articlesRoot = BuildInputs.Root.of(config.articlesDir());
        roots.add(articlesRoot);
        config.glossaryFile().ifPresent(file -> roots.add(BuildInputs.Root.of(file)));
        roots.add(BuildInputs.Root.of(config.siteDir().resolve(SectionMap.FILE_NAME)));
        roots.add(BuildInputs.Root.of(config.siteDir().resolve(dev.duet.model.DeletedPlaces.FILE_NAME)));
        roots.add(BuildInputs.Root.of(config.staticDir()));
        roots.add(BuildInputs.Root.of(config.themeDir()));
        theme.sources().forEach(source -> roots.add(BuildInputs.Root.of(source)));
        SiteBuild.MAVEN_SITE_FILES.forEach(file -> roots.add(BuildInputs.Root.of(config.outputDir().resolve(file))));
        codeJar().ifPresent(jar -> roots.add(BuildInputs.Root.of(jar)));
        try {
            return Optional.of(BuildInputs.scan(SiteFiles.of(config), roots,
                    articles.<Map<BuildInputs.Root, SiteFiles.Visitor>>map(a -> Map.of(articlesRoot, a))
                            .orElse(Map.of())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The jar Duet runs from, when it runs from one: another version of Duet may build another site. */
    private static Optional<Path> codeJar() {
        try {
            CodeSource source = Duet.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The last build's counts and problems, reported again. Outputs whose bytes the check had to compare are known
     * by their stamps from now on.
     */
    private BuildOutcome.UpToDate upToDate(BuildSnapshot last, BuildSnapshot.OutputCheck outputs, BuildInputs now,
            long start) throws IOException {
        Optional<BuildSnapshot> refreshed = last.refreshed(outputs, now);
        if (refreshed.isPresent()) {
            refreshed.get().save(config.cacheDir());
        }
        BuildResult result = BuildResult.upToDate(last.articles(), last.files(), last.problems(),
                Duration.ofNanos(System.nanoTime() - start), last.schedule());
        result.problems().forEach(listener::problem);
        listener.info(result.summary());
        return new BuildOutcome.UpToDate(result);
    }
}
