package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.output.BuildMarker;
import dev.duet.output.RenderCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The last build's render cache, read from its file on a core of its own while a build reads and assembles its
 * articles. Nothing is read when the build's memory keeps a cache, or when the file is not to be trusted (a forced
 * build, or one after a build that did not finish), which {@link BuildMemory#renderCacheOnDisk} then deals with.
 */
final class RenderCacheRead {

    private final CompletableFuture<Optional<RenderCache>> read;

    private RenderCacheRead(CompletableFuture<Optional<RenderCache>> read) {
        this.read = read;
    }

    static RenderCacheRead start(SiteConfig config, BuildMemory memory) {
        if (memory.findRenderCache().isPresent() || config.force() || BuildMarker.in(config.cacheDir()).isSet()) {
            return new RenderCacheRead(CompletableFuture.completedFuture(Optional.empty()));
        }
        return new RenderCacheRead(CompletableFuture.supplyAsync(() -> {
            try {
                return Optional.of(RenderCache.load(config.cacheDir()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The cache read from the file; empty when none was read. */
    Optional<RenderCache> cache() throws IOException {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }
}
