package dev.duet.output;

import dev.duet.io.Hash128;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: its size and its last-modified time, in nanoseconds since
 * the epoch, as finely as the file system keeps it. Two equal stamps of one path mean the file was left alone,
 * unless it was changed again within the clock tick of its last change (see {@link BuildSnapshot}).
 *
 * @param size the size in bytes, or -1 when there is no file
 * @param modified the last-modified time in nanoseconds since the epoch, or 0 when there is no file
 */
public record FileStamp(long size, long modified) {

    /** No file: for a path whose appearance matters as much as a change. */
    static final FileStamp ABSENT = new FileStamp(-1, 0);

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** The stamp of whatever is at {@code path}, or {@link #ABSENT}. */
    public static FileStamp read(Path path, LinkOption... options) throws IOException {
        try {
            return of(Files.readAttributes(path, BasicFileAttributes.class, options));
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }

    /**
     * A digest of a file's bytes, for a file whose stamp alone cannot be trusted: {@link Hash128}, 128 bits that tell
     * a changed file from the same one (not a defence against collisions crafted on purpose, which only those who
     * may write the site's files could make) at a twentieth of SHA-256's cost in a JVM that runs only the client
     * compiler, which has no SHA-256 intrinsic; a build after a fresh checkout digests every input.
     */
    static String contentDigest(Path file) throws IOException {
        return new Hash128().mark('F').bytes(Files.readAllBytes(file)).hex();
    }

    /**
     * Whether this is {@code recorded} as a copy that keeps whole seconds leaves it (GNU tar's default format, a zip,
     * a CI cache made of either): the same size, the time cut to its second. A file written again in that second to
     * another text of the same size reads the same, as one written again in the clock tick of the last change does
     * (see {@link BuildSnapshot}), and a file whose bytes the snapshot keeps is compared by them all the same.
     */
    boolean isWholeSecondsOf(FileStamp recorded) {
        long second = 1_000_000_000L;
        return !isAbsent() && size == recorded.size && Math.floorMod(modified, second) == 0
                && modified == recorded.modified - Math.floorMod(recorded.modified, second);
    }

    boolean isAbsent() {
        return size < 0;
    }

    /** True when the file was modified at most {@code window} nanoseconds before or after {@code time}. */
    public boolean isWithin(long window, long time) {
        return !isAbsent() && Math.abs(modified - time) <= window;
    }
}
