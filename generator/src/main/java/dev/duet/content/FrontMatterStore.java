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
    private final RecentReads<FrontMatter> recent = new RecentReads<>();

    private FrontMatterStore(ByteStore bytes, SharedStrings shared) {
        this.bytes = bytes;
        this.shared = shared;
    }

    /**
     * A store in a new file in {@code folder}, whose front matter shares its repeated values through {@code shared};
     * the error of a folder that cannot hold one names it.
     */
    public static FrontMatterStore in(Path folder, SharedStrings shared) throws IOException {
        return new FrontMatterStore(ByteStore.in(folder, "front-matter-", "the articles' front matter"), shared);
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
        byte[] encoded = encode(file.frontMatter());
        if (encoded.length > ByteStore.MAX_LENGTH) {
            return file;
        }
        return ContentFile.parked(file.path(), this, bytes.put(encoded), file.body(), file.bodyLine());
    }

    /** The front matter kept at {@code place}. */
    FrontMatter frontMatter(long place) {
        return recent.get(place, at -> decode(bytes.get(at)));
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }

    private static byte[] encode(FrontMatter frontMatter) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream(512);
        try {
            RecordOutput out = new RecordOutput(sink, 512);
            ReadRecords.frontMatter(out, frontMatter);
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink.toByteArray();
    }

    private FrontMatter decode(ByteBuffer record) {
        int length = record.remaining();
        try {
            RecordInput in = new RecordInput(new ByteArrayInputStream(record.array(), 0, length), length - Long.BYTES,
                    length);
            FrontMatter frontMatter = ReadRecords.frontMatter(in);
            in.finish();
            return frontMatter.forBuild(shared);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("the articles' front matter, kept in a file in the cache"
                    + " folder, was damaged there: " + e.getMessage(), e));
        }
    }
}
