package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.io.Parallel;
import dev.duet.io.StrictText;
import dev.duet.output.BuildMarker;
import dev.duet.output.RenderCache;
import dev.duet.output.SiteWriter;
import dev.duet.search.EarlierFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The last build's render cache, read from its file on a core of its own while a build reads and assembles its
 * articles. Nothing is read ahead when the build's memory keeps a cache, or when the file is not to be trusted (a
 * forced build, or one after a build that did not finish), which {@link BuildMemory#renderCacheOnDisk} then deals
 * with.
 */
final class RenderCacheRead {

    private final SiteConfig config;
    private final CompletableFuture<Optional<RenderCache>> read;

    private RenderCacheRead(SiteConfig config, CompletableFuture<Optional<RenderCache>> read) {
        this.config = config;
        this.read = read;
    }

    static RenderCacheRead start(SiteConfig config, BuildMemory memory) {
        if (memory.findRenderCache().isPresent() || config.force() || BuildMarker.in(config.cacheDir()).isSet()) {
            return new RenderCacheRead(config, CompletableFuture.completedFuture(Optional.empty()));
        }
        return new RenderCacheRead(config, CompletableFuture.supplyAsync(() -> {
            try {
                return Optional.of(RenderCache.load(config.cacheDir()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The cache read ahead from the file, else the one {@link BuildMemory#renderCacheOnDisk} gives. */
    RenderCache cache(BuildListener listener, SiteWriter writer) throws IOException {
        Optional<RenderCache> ahead = Parallel.join(read);
        return ahead.isPresent() ? ahead.get() : BuildMemory.renderCacheOnDisk(config, listener, writer);
    }

    /**
     * The files of the last build this build may make others from: those the render cache has, made from the
     * fingerprint asked about, and still in the output.
     */
    static EarlierFiles earlierFiles(SiteWriter writer, RenderCache cache) {
        return new EarlierFiles() {
            @Override
            public boolean has(String path, String fingerprint) {
                return cache.isCurrent(path, fingerprint) && writer.find(path).filter(SiteWriter::holds).isPresent();
            }

            @Override
            public Optional<String> text(String path, String fingerprint) {
                if (!has(path, fingerprint)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(StrictText.utf8(Files.readAllBytes(writer.find(path).orElseThrow())));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        };
    }
}
