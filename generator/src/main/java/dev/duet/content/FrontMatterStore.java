package dev.duet.content;

import dev.duet.io.ByteStore;
import dev.duet.io.RecentReads;
import dev.duet.io.RecordInput;
import dev.duet.io.RecordOutput;
import dev.duet.io.SharedStrings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The front matter of article files in a file rather than in the heap ({@link ByteStore}): a shard's build reads
 * every article file of the site, though it renders a share of the pages, and its files' front matter, held at once,
 * would take most of its heap (a kilobyte and more a file). A file {@linkplain #park parked} here holds where its
 * front matter is, and reads it again whenever it is asked for it, with the values many files repeat shared as
 * {@link FrontMatter#forBuild} shares them. Each thread decodes the front matter it read last once. Thread-safe.
 */
public final class FrontMatterStore implements AutoCloseable {

    private final ByteStore bytes;
    private final SharedStrings shared;
    /** The folder of the files whose bodies on disk are parked too; null when bodies stay in memory. */
    private final Path siteDir;
    private final RecentReads<Parked> recent = new RecentReads<>();

    private FrontMatterStore(ByteStore bytes, SharedStrings shared, Path siteDir) {
        this.bytes = bytes;
        this.shared = shared;
        this.siteDir = siteDir;
    }

    /**
     * A store in a new file in {@code folder}, whose front matter shares its repeated values through {@code shared};
     * the error of a folder that cannot hold one names it.
     */
    public static FrontMatterStore in(Path folder, SharedStrings shared) throws IOException {
        return new FrontMatterStore(ByteStore.in(folder, "front-matter-", "the articles' front matter"), shared, null);
    }

    /**
     * A store as {@link #in(Path, SharedStrings)} makes, which parks the bodies of files read from below
     * {@code siteDir} too, when they are on disk: what is kept of such a body (its file's stamp, its lengths and
     * digest, the addresses of its pictures) takes about 72 bytes of heap a file.
     */
    public static FrontMatterStore in(Path folder, Path siteDir, SharedStrings shared) throws IOException {
        return new FrontMatterStore(ByteStore.in(folder, "front-matter-", "the articles' front matter"), shared,
                siteDir);
    }

    /** The values the front matter of this store's files shares. */
    SharedStrings shared() {
        return shared;
    }

    /** The file with its front matter kept here; a file too large for the store keeps its own. */
    ContentFile park(ContentFile file) {
        if (file.isParked()) {
            return file;
        }
        Optional<Body.OnDisk> body = siteDir == null ? Optional.empty()
                : file.body().onDiskBelow(siteDir, file.path());
        byte[] encoded = encode(file.frontMatter(), body);
        if (encoded.length > ByteStore.MAX_LENGTH) {
            return file;
        }
        return ContentFile.parked(file.path(), this, bytes.put(encoded), body.isPresent() ? null : file.body(),
                file.bodyLine());
    }

    /** The front matter kept at {@code place}. */
    FrontMatter frontMatter(long place) {
        return recent.get(place, this::read).frontMatter();
    }

    /** The body kept at {@code place}, of the file at {@code path}. */
    Body body(long place, String path) {
        Body.OnDisk body = recent.get(place, this::read).body();
        return Body.fromDisk(siteDir, path, body);
    }

    private Parked read(long place) {
        return decode(bytes.get(place));
    }

    /** What a record holds: the front matter, and the body when it is parked too. */
    private record Parked(FrontMatter frontMatter, Body.OnDisk body) {
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }

    private static byte[] encode(FrontMatter frontMatter, Optional<Body.OnDisk> parked) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream(512);
        try {
            RecordOutput out = new RecordOutput(sink, 512);
            ReadRecords.frontMatter(out, frontMatter);
            out.writeBoolean(parked.isPresent());
            if (parked.isPresent()) {
                Body.OnDisk body = parked.get();
                out.writeLong(body.size());
                out.writeLong(body.modifiedNanos());
                out.writeBoolean(body.settled());
                out.writeBoolean(body.plain());
                out.writeInt(body.length());
                out.writeInt(body.utf8Length());
                out.writeLong(body.high());
                out.writeLong(body.low());
                out.writeStrings(body.imageSources());
            }
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink.toByteArray();
    }

    private Parked decode(ByteBuffer record) {
        int length = record.remaining();
        try {
            RecordInput in = new RecordInput(new ByteArrayInputStream(record.array(), 0, length), length - Long.BYTES,
                    length);
            FrontMatter frontMatter = ReadRecords.frontMatter(in);
            Body.OnDisk body = null;
            if (in.get() != 0) {
                body = new Body.OnDisk(in.getLong(), in.getLong(), in.get() != 0, in.get() != 0, in.getInt(),
                        in.getInt(), in.getLong(), in.getLong(), in.readStrings());
            }
            in.finish();
            return new Parked(frontMatter.forBuild(shared), body);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("the articles' front matter, kept in a file in the cache"
                    + " folder, was damaged there: " + e.getMessage(), e));
        }
    }
}
