package dev.duet.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records of bytes in a file rather than in the heap, each found again by the one number {@link #put} gives: a
 * shard's build holds what it read of every article of the site, though it renders a share of the pages. The file is
 * made in a cache folder and removed at once where the system allows it (else when it is closed, or when the store is
 * collected), so a build stopped at any moment leaves nothing behind. Records are added to a block in memory and the
 * block is written when full; a record not yet written is read from the block. Thread-safe.
 */
public final class ByteStore implements AutoCloseable {

    /** Written in blocks of this size. */
    private static final int BLOCK = 1 << 20;
    private static final int LENGTH_BITS = 24;
    /** The longest record a store keeps. */
    public static final int MAX_LENGTH = (1 << LENGTH_BITS) - 1;

    private final FileChannel channel;
    /** What the store holds, for messages: "the articles' texts". */
    private final String what;
    /** The folder of the file, for messages. */
    private final Path folder;
    private final Object lock = new Object();
    /** Bytes of the file written so far; the block holds the ones after them. */
    private long written;
    private ByteBuffer block = ByteBuffer.allocate(BLOCK);

    private ByteStore(FileChannel channel, String what, Path folder) {
        this.channel = channel;
        this.what = what;
        this.folder = folder;
    }

    /**
     * A store of {@code what} (for messages) in a new file in {@code folder} named after {@code prefix}; the error
     * of a folder that cannot hold one names it.
     */
    public static ByteStore in(Path folder, String prefix, String what) throws IOException {
        try {
            Files.createDirectories(folder);
            Path file = Files.createTempFile(folder, prefix, ".bin");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A system that cannot remove an open file removes it when the store is closed.
            }
            return new ByteStore(channel, what, folder);
        } catch (IOException e) {
            throw new IOException("cannot make a file for " + what + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps {@code bytes}, at most {@link #MAX_LENGTH} of them, and returns where they are: their offset and length
     * in one number.
     */
    public long put(byte[] bytes) {
        if (bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException(bytes.length + " bytes, more than a store keeps in one record");
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
        return offset << LENGTH_BITS | bytes.length;
    }

    /** The bytes kept at {@code place}, as {@link #put} returned it. */
    public ByteBuffer get(long place) {
        long offset = place >>> LENGTH_BITS;
        int length = (int) (place & MAX_LENGTH);
        ByteBuffer bytes = ByteBuffer.allocate(length);
        synchronized (lock) {
            if (offset >= written) {
                bytes.put(0, block, (int) (offset - written), length);
                return bytes;
            }
        }
        try {
            long at = offset;
            while (bytes.hasRemaining()) {
                int read = channel.read(bytes, at);
                if (read < 0) {
                    throw new IOException("the file ends early");
                }
                at += read;
            }
        } catch (IOException e) {
            throw failure("cannot read " + what + " again from " + folder, e);
        }
        return bytes.flip();
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
            throw failure("cannot keep " + what + " in " + folder, e);
        }
    }

    /** An I/O error that names the folder and says what failed, for the build's message. */
    private static UncheckedIOException failure(String message, IOException e) {
        return new UncheckedIOException(new IOException(message + ": " + e.getMessage(), e));
    }
}
