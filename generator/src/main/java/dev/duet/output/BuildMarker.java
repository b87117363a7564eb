package dev.duet.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The mark in the cache folder that a build is changing the output folder. It is set, and forced to the disk,
 * before the first output file is written, and cleared only once the build has saved the manifest, the render
 * cache and the snapshot. A build killed, failed or cancelled in between leaves it behind: the next build then
 * trusts none of what the last finished build recorded, since output files may no longer hold what it recorded.
 */
public final class BuildMarker {

    static final String FILE = "build-under-way.txt";

    private final Path file;

    private BuildMarker(Path file) {
        this.file = file;
    }

    /** The marker of the builds whose cache folder is {@code cacheDir}. */
    public static BuildMarker in(Path cacheDir) {
        return new BuildMarker(cacheDir.resolve(FILE));
    }

    /** True when a build began changing the output and did not finish. */
    public boolean isSet() {
        return Files.exists(file);
    }

    /** Marks a build under way, durably: on the disk before this returns. Nothing to do when it is set already. */
    void set() throws IOException {
        if (isSet()) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap("A Duet build is writing the output folder; if it stopped, the next build"
                    .concat(" renders every page.\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        forceFolder(dir);
    }

    /** The build finished: what it recorded describes the output again. */
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Forces a folder's entries to the disk, where the platform allows it (Linux and macOS do, Windows does not). */
    static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported here: the file's own force is all the platform offers.
        }
    }
}
