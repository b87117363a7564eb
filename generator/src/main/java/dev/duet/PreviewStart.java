package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ImportReport;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.io.CacheFolder;
import dev.duet.io.CacheLock;
import dev.duet.output.FileStamp;
import dev.duet.serve.LivePreview;
import dev.duet.serve.PreviewServer;
import dev.duet.serve.WatchSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How a preview starts: the server first, answering that the site is being built; then the watcher, held; then
 * the first import and build of a {@link PreviewSession}; then the watcher released, to rebuild whatever was saved
 * meanwhile.
 */
final class PreviewStart {

    private final SiteConfig config;
    private final BuildListener listener;
    private final boolean drafts;

    PreviewStart(SiteConfig config, BuildListener listener, boolean drafts) {
        this.config = config;
        this.listener = listener;
        this.drafts = drafts;
    }

    /** Starts the preview on {@code host:port} (port 0 picks a free one). */
    Preview serve(String host, int port) throws IOException {
        SiteConfig planned = config.forPreview(config.baseUrl(), drafts);
        Path previewSite = CacheFolder.make(config.cacheDir(), planned.outputDir());
        CacheFolder.make(config.cacheDir(), planned.cacheDir());
        // Two previews of one site would write one folder, each its own address into the other's pages.
        CacheLock lock = CacheLock.tryAcquire(planned.cacheDir()).orElseThrow(() -> new IOException("another"
                + " duet:serve of this site is running (it holds " + planned.cacheDir().resolve(CacheLock.FILE_NAME)
                + "): open its address, or stop it first"));
        try {
            return serve(planned, previewSite, lock, host, port);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private Preview serve(SiteConfig planned, Path previewSite, CacheLock lock, String host, int port)
            throws IOException {
        PreviewServer server = new PreviewServer(previewSite, host, port);
        // Until the first build ends, a page not written yet says so, and reloads when it is.
        server.showBuilding();
        server.start();
        try {
            SiteConfig preview = config.forPreview(server.url(), drafts);
            // LivePreview reports each rebuild's problems itself; the rebuilds pass on only their progress.
            PreviewSession session = new PreviewSession(preview, progressOnly(listener));
            server.setPageNotes(session::notes);
            // The folders the preview imports from and into are made; a theme's or static files' folder the site
            // does not have is watched from its parent until it is made.
            List<Path> watched = new ArrayList<>(List.of(config.sourcesDir(), config.articlesDir(),
                    config.themeDir(), config.staticDir()));
            Files.createDirectories(config.sourcesDir());
            Files.createDirectories(config.articlesDir());
            config.glossaryFile().ifPresent(watched::add);
            watched.add(config.siteDir().resolve(dev.duet.content.SectionMap.FILE_NAME));
            watched.add(config.siteDir().resolve(dev.duet.model.DeletedPlaces.FILE_NAME));
            LivePreview live = new LivePreview(server, WatchSettings.of(watched, preview.outputDir()),
                    session::rebuild, session::settle, listener);
            // Watching starts before the first import and build, which can take a while on a large site: what is
            // saved meanwhile is rebuilt right after, less the files that import itself wrote.
            live.startHeld();
            // The address comes first: the preview can be opened while the first build runs.
            listener.info("Previewing " + config.siteDir() + " at " + server.url() + " (Ctrl-C to stop); the preview"
                    + " is written to " + previewSite + ", never to " + config.outputDir()
                    + ", which duet:build writes for publishing" + (drafts
                    ? "; drafts are shown as if published, each marked as a draft on its page" : ""));
            try {
                live.release(firstBuild(session, server));
            } catch (IOException | RuntimeException e) {
                live.close();
                throw e;
            }
            return new Preview(server, live, lock);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * The preview's first import and build. Returns what tells the Markdown files import wrote, still as it left
     * them, from files saved meanwhile.
     */
    private Predicate<Path> firstBuild(PreviewSession session, PreviewServer server) throws IOException {
        ImportReport imported = session.importSources();
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
        first.addAll(session.build(wrote).problems());
        first.forEach(listener::problem);
        if (first.stream().anyMatch(Problem::isError)) {
            server.broadcastErrors(first);
        }
        // Pages opened during the build showed that it was running, or an older build: they show this one now.
        server.broadcastReload();
        return path -> {
            Optional<FileStamp> stamp = Optional.ofNullable(written.get(path.toAbsolutePath().normalize()));
            try {
                return stamp.isPresent() && stamp.get().equals(FileStamp.read(path));
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
}
