package dev.duet.image;

import dev.duet.io.AtomicWriter;
import dev.duet.io.CacheFolder;
import dev.duet.io.FileClock;
import dev.duet.io.Hash128;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The digest of each picture file the last build read, by its path and the stamp (size and time) it had then, in
 * {@code <cacheDir>/images/stamps.txt}: a picture whose stamp has not changed since is not read again to find its
 * copies. A picture whose time moved with its bytes the same (a fresh checkout) is read, and found by a
 * {@link Hash128} of its bytes, without the SHA-256 that names its copies, which costs twenty times as much in a
 * JVM that runs only the client compiler. An entry is kept only for a file that had settled when it was read
 * (changed more than {@link FileClock#RACY_WINDOW} before, and the same stamp after the read), as the read cache
 * keeps articles; a damaged, foreign or hand-changed file (its last line holds a hash of the others) is no memo
 * at all, and a build that trusts no cache ({@code force}) forgets it. Thread-safe: the catalog reads pictures on
 * every core.
 */
final class PictureStamps {

    static final String FILE_NAME = "stamps.txt";
    private static final String HEADER = "duet-picture-stamps 3";
    /** The last line opens with this, then a {@link Hash128} of the lines before it: a file changed is no memo. */
    private static final String END = "end ";
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{32}");

    /**
     * What a file was when read: its size, its time in nanoseconds since the epoch, a {@link Hash128} of its bytes
     * and their digest.
     */
    record Stamp(long size, long modified, String bytes, String digest) {
    }

    private final Path file;
    private final Map<String, Stamp> last;
    private final Map<String, Stamp> seen = new ConcurrentHashMap<>();

    private PictureStamps(Path file, Map<String, Stamp> last) {
        this.file = file;
        this.last = last;
    }

    /** The memo the last build left in the picture cache {@code imagesDir}; an empty one when there is none. */
    static PictureStamps load(Path imagesDir) {
        Path file = imagesDir.resolve(FILE_NAME);
        Map<String, Stamp> last = new TreeMap<>();
        try {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                int end = lines.size() - 1;
                if (end > 0 && lines.get(0).equals(HEADER)
                        && lines.get(end).equals(END + checksum(lines.subList(0, end)))) {
                    for (String line : lines.subList(1, end)) {
                        String[] parts = line.split("\t", 5);
                        if (parts.length != 5 || !DIGEST.matcher(parts[2]).matches()
                                || !DIGEST.matcher(parts[3]).matches()) {
                            return new PictureStamps(file, Map.of());
                        }
                        last.put(parts[4], new Stamp(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2],
                                parts[3]));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new PictureStamps(file, Map.of());
        }
        return new PictureStamps(file, last);
    }

    /** The digest the last build read from the file at {@code path}, when the file still has that size and time. */
    Optional<String> digest(String path, long size, long modified) {
        Stamp stamp = last.get(path);
        return stamp != null && stamp.size() == size && stamp.modified() == modified ? Optional.of(stamp.digest())
                : Optional.empty();
    }

    /** A {@link Hash128} of a picture's bytes, to find them again when their file's time moved. */
    static String hashOf(byte[] bytes) {
        return new Hash128().mark('P').bytes(bytes).hex();
    }

    /** The digest the last build took of the file at {@code path}, when it held the bytes whose hash is given. */
    Optional<String> digestOfBytes(String path, long size, String bytes) {
        Stamp stamp = last.get(path);
        return stamp != null && stamp.size() == size && stamp.bytes().equals(bytes) ? Optional.of(stamp.digest())
                : Optional.empty();
    }

    /** Keeps the last build's entry for {@code path}, whose file still has the stamp {@link #digest} found. */
    void kept(String path) {
        Stamp stamp = last.get(path);
        if (stamp != null) {
            seen.put(path, stamp);
        }
    }

    /**
     * Keeps what the file at {@code path} was for the next build: its stamp before and after it was read, at the
     * time {@code readAt} (nanoseconds since the epoch), the hash of its bytes and their digest; nothing unless it
     * had settled.
     */
    void seen(String path, long size, long modified, long readAt, long sizeAfter, long modifiedAfter, String bytes,
            String digest) {
        if (size == sizeAfter && modified == modifiedAfter && FileClock.isTrusted(modified, readAt)) {
            seen.put(path, new Stamp(size, modified, bytes, digest));
        }
    }

    /** Writes what this build saw, when it differs from what the last one left. */
    void save() throws IOException {
        Map<String, Stamp> now = new TreeMap<>(seen);
        if (now.equals(last)) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        now.forEach((path, stamp) -> text.append(stamp.size()).append('\t').append(stamp.modified()).append('\t')
                .append(stamp.bytes()).append('\t').append(stamp.digest()).append('\t').append(path).append('\n'));
        String sum = checksum(List.of(text.toString().split("\n")));
        text.append(END).append(sum).append('\n');
        // The picture cache is the cache folder's own folder: a file in its place is removed.
        CacheFolder.make(file.getParent().getParent(), file.getParent());
        AtomicWriter.writeTextIfChanged(file, out -> out.write(text.toString()));
    }

    /** Forgets what the last build read: a build told to trust no cache ({@code force}) reads every picture. */
    static void forget(Path imagesDir) throws IOException {
        if (Files.isDirectory(imagesDir)) {
            Files.deleteIfExists(imagesDir.resolve(FILE_NAME));
        }
    }

    /** A hash of the lines, to find a memo damaged or changed by hand: a wrong digest would name wrong copies. */
    private static String checksum(List<String> lines) {
        Hash128 hash = new Hash128().mark('S');
        lines.forEach(hash::text);
        return hash.hex();
    }
}
