package dev.duet.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles' texts ({@link ArticleTexts}) in a file rather than in the heap: a shard's build lists every article of
 * the site but renders a share of the pages, so it keeps of each article only where its texts are, and reads them
 * again when a page shows them. The file is made in the cache folder and removed at once where the system allows
 * it (else when it is closed), so a build stopped at any moment leaves nothing behind. Thread-safe.
 */
public final class TextStore implements AutoCloseable {

    /** Written in blocks of this size; texts not yet written are read from the block. */
    private static final int BLOCK = 1 << 20;
    private static final int LENGTH_BITS = 24;
    private static final int HEADLINE = 1;
    private static final int DATELINE = 2;
    private static final int AGENCY = 4;
    private static final int SOURCE_URL = 8;
    private static final int SOURCE_NAME = 16;
    private static final int CORRECTION = 32;

    /** Texts read last on each thread, by place: a page asks for an article's texts one by one, and again. */
    private static final int RECENT = 64;

    private final FileChannel channel;
    /** The folder of the file, for messages. */
    private final Path folder;
    private final Object lock = new Object();
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);
    /** Bytes of the file written so far; the block holds the ones after them. */
    private long written;
    private ByteBuffer block = ByteBuffer.allocate(BLOCK);

    private TextStore(FileChannel channel, Path folder) {
        this.channel = channel;
        this.folder = folder;
    }

    /** A store in a new file in {@code folder}; the error of a folder that cannot hold one names it. */
    public static TextStore in(Path folder) throws IOException {
        try {
            return open(folder);
        } catch (IOException e) {
            throw new IOException("cannot make a file for the articles' texts in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static TextStore open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "texts-", ".bin");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A system that cannot remove an open file removes it when the store is closed.
        }
        return new TextStore(channel, folder);
    }

    /** The texts, kept in this store; texts too long for it stay in memory. */
    public ArticleTexts put(String title, Optional<String> headline, Attribution attribution,
            Optional<String> correction) {
        byte[] bytes = encode(title, headline, attribution, correction);
        if (bytes.length >= 1 << LENGTH_BITS) {
            return ArticleTexts.of(title, headline, attribution, correction);
        }
        long offset;
        synchronized (lock) {
            offset = written + block.position();
            if (bytes.length > block.remaining()) {
                flush();
                offset = written;
            }
            if (bytes.length > block.remaining()) {
                write(ByteBuffer.wrap(bytes), offset);
                written += bytes.length;
            } else {
                block.put(bytes);
            }
        }
        return new Stored(this, offset << LENGTH_BITS | bytes.length);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void flush() {
        block.flip();
        write(block, written);
        written += block.limit();
        block = ByteBuffer.allocate(BLOCK);
    }

    private void write(ByteBuffer bytes, long offset) {
        try {
            long at = offset;
            while (bytes.hasRemaining()) {
                at += channel.write(bytes, at);
            }
        } catch (IOException e) {
            throw failure("cannot keep the articles' texts in " + folder, e);
        }
    }

    private ArticleTexts.Kept read(long place) {
        Recent seen = recent.get();
        int slot = (int) ((place >>> LENGTH_BITS) * 0x9E3779B97F4A7C15L >>> 58);
        if (seen.places[slot] == place && seen.texts[slot] != null) {
            return seen.texts[slot];
        }
        ArticleTexts.Kept texts = readAgain(place);
        seen.places[slot] = place;
        seen.texts[slot] = texts;
        return texts;
    }

    /** The last texts read on a thread, in {@value #RECENT} slots. */
    private static final class Recent {
        final long[] places = new long[RECENT];
        final ArticleTexts.Kept[] texts = new ArticleTexts.Kept[RECENT];
    }

    private ArticleTexts.Kept readAgain(long place) {
        long offset = place >>> LENGTH_BITS;
        int length = (int) (place & ((1 << LENGTH_BITS) - 1));
        ByteBuffer bytes = ByteBuffer.allocate(length);
        synchronized (lock) {
            if (offset >= written) {
                bytes.put(0, block, (int) (offset - written), length);
                return decode(bytes);
            }
        }
        try {
            long at = offset;
            while (bytes.hasRemaining()) {
                int read = channel.read(bytes, at);
                if (read < 0) {
                    throw new IOException("the file of articles' texts ends early");
                }
                at += read;
            }
        } catch (IOException e) {
            throw failure("cannot read the articles' texts again from " + folder, e);
        }
        return decode(bytes.flip());
    }

    /** An I/O error that names the folder and says what failed, for the build's message. */
    private static UncheckedIOException failure(String what, IOException e) {
        return new UncheckedIOException(new IOException(what + ": " + e.getMessage(), e));
    }

    private static byte[] encode(String title, Optional<String> headline, Attribution attribution,
            Optional<String> correction) {
        Encoder out = new Encoder();
        int flags = (headline.isPresent() ? HEADLINE : 0) | (attribution.dateline().isPresent() ? DATELINE : 0)
                | (attribution.agency().isPresent() ? AGENCY : 0)
                | (attribution.sourceUrl().isPresent() ? SOURCE_URL : 0)
                | (attribution.sourceName().isPresent() ? SOURCE_NAME : 0)
                | (correction.isPresent() ? CORRECTION : 0);
        out.number(flags);
        out.text(title);
        headline.ifPresent(out::text);
        attribution.dateline().ifPresent(out::text);
        attribution.agency().ifPresent(out::text);
        out.number(attribution.reporters().size());
        attribution.reporters().forEach(out::text);
        attribution.sourceUrl().ifPresent(out::text);
        attribution.sourceName().ifPresent(out::text);
        correction.ifPresent(out::text);
        return out.bytes();
    }

    private static ArticleTexts.Kept decode(ByteBuffer in) {
        int flags = number(in);
        String title = text(in);
        Optional<String> headline = optional(in, flags, HEADLINE);
        Optional<String> dateline = optional(in, flags, DATELINE);
        Optional<String> agency = optional(in, flags, AGENCY);
        int count = number(in);
        List<String> reporters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reporters.add(text(in));
        }
        Optional<String> sourceUrl = optional(in, flags, SOURCE_URL);
        Optional<String> sourceName = optional(in, flags, SOURCE_NAME);
        Optional<String> correction = optional(in, flags, CORRECTION);
        return new ArticleTexts.Kept(title, headline, new Attribution(dateline, agency, reporters, sourceUrl,
                sourceName), correction);
    }

    private static Optional<String> optional(ByteBuffer in, int flags, int flag) {
        return (flags & flag) != 0 ? Optional.of(text(in)) : Optional.empty();
    }

    private static String text(ByteBuffer in) {
        int length = number(in);
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static int number(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** Numbers in seven-bit groups and texts in UTF-8, each after its length. */
    private static final class Encoder {
        private byte[] bytes = new byte[128];
        private int size;

        void number(int value) {
            int rest = value;
            while ((rest & ~0x7F) != 0) {
                put((byte) (rest & 0x7F | 0x80));
                rest >>>= 7;
            }
            put((byte) rest);
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        private void put(byte b) {
            ensure(1);
            bytes[size++] = b;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }

    /**
     * Texts in a store: where they are in its file, and their length in bytes, in one number. Two are equal when
     * they are the same texts of the same store.
     */
    static final class Stored implements ArticleTexts {

        private final TextStore store;
        private final long place;

        Stored(TextStore store, long place) {
            this.store = store;
            this.place = place;
        }

        @Override
        public String title() {
            return store.read(place).title();
        }

        @Override
        public Optional<String> headline() {
            return store.read(place).headline();
        }

        @Override
        public Attribution attribution() {
            return store.read(place).attribution();
        }

        @Override
        public Optional<String> correction() {
            return store.read(place).correction();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Stored stored && stored.store == store && stored.place == place;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(place);
        }
    }
}
