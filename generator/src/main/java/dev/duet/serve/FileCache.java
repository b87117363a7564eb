package dev.duet.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The bodies of recently served files, as served (after the live-reload script is injected), so that reloading an
 * article costs one {@code stat} instead of a read and a copy. An entry is valid while the file's identity,
 * modification time and size are unchanged; the builder replaces files by atomic rename, which changes all three.
 * The cache is bounded by total bytes and simply starts over when full: a preview site's working set is small.
 */
final class FileCache {

    private record Entry(Object fileKey, FileTime modified, long size, byte[] body) {

        boolean matches(BasicFileAttributes attributes) {
            return Objects.equals(fileKey, attributes.fileKey())
                    && modified.equals(attributes.lastModifiedTime())
                    && size == attributes.size();
        }
    }

    private final ConcurrentHashMap<Path, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong totalBytes = new AtomicLong();
    private final long maxTotalBytes;
    private final long maxFileBytes;

    FileCache(long maxTotalBytes, long maxFileBytes) {
        this.maxTotalBytes = maxTotalBytes;
        this.maxFileBytes = maxFileBytes;
    }

    /** Whether a file of this size is worth keeping; larger ones are streamed from disk each time. */
    boolean accepts(long size) {
        return size <= maxFileBytes;
    }

    /** The served body of a file, read and transformed only when the cached copy is stale. */
    byte[] read(Path file, BasicFileAttributes attributes, UnaryOperator<byte[]> transform) throws IOException {
        Entry cached = entries.get(file);
        if (cached != null && cached.matches(attributes)) {
            return cached.body();
        }
        byte[] body = transform.apply(Files.readAllBytes(file));
        Entry fresh = new Entry(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(), body);
        Entry previous = entries.put(file, fresh);
        long added = body.length - (previous == null ? 0 : previous.body().length);
        if (totalBytes.addAndGet(added) > maxTotalBytes) {
            entries.clear();
            totalBytes.set(0);
        }
        return body;
    }
}
