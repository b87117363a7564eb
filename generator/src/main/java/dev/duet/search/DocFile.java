package dev.duet.search;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A doc table kept in a file of the cache folder: each entry's JSON, one after the other, and in memory only where
 * each starts (8 bytes an entry). A segment of a million Chinese articles has about a gigabyte of entries, which its
 * build writes into chunk files of eight long after they are made. Reads are thread-safe; {@link #release()}
 * deletes the file and its folder, which holds nothing else.
 */
final class DocFile implements DocTable {
    private final Path file;
    private final FileChannel channel;
    /** Where each entry starts, and one past the last entry's end. */
    private final long[] starts;

    private DocFile(Path file, FileChannel channel, long[] starts) {
        this.file = file;
        this.channel = channel;
        this.starts = starts;
    }

    /** Writes the entries it is given, in order, into a file in {@code dir}; {@link #finish()} opens the table. */
    static final class Writer implements AutoCloseable {
        private final Path file;
        private final OutputStream out;
        private long[] starts = new long[1024];
        private int count;
        private long written;
        private boolean finished;

        Writer(Path dir) throws IOException {
            this.file = dir.resolve("docs.bin");
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }

        void add(Doc doc) {
            if (count + 1 == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            try {
                out.write(doc.json());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            starts[count++] = written;
            written += doc.json().length;
        }

        /** The table of the entries written. */
        DocFile finish() throws IOException {
            out.close();
            finished = true;
            long[] table = Arrays.copyOf(starts, count + 1);
            table[count] = written;
            return new DocFile(file, FileChannel.open(file, StandardOpenOption.READ), table);
        }

        /** Deletes the file and its folder unless the table was opened. */
        @Override
        public void close() throws IOException {
            if (!finished) {
                try {
                    out.close();
                } finally {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(file.getParent());
                }
            }
        }
    }

    @Override
    public int size() {
        return starts.length - 1;
    }

    @Override
    public List<Doc> range(int from, int to) {
        byte[] bytes = new byte[Math.toIntExact(starts[to] - starts[from])];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, starts[from] + buffer.position()) < 0) {
                    throw new IOException("doc table cut short: " + file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Doc> docs = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            int at = (int) (starts[k] - starts[from]);
            docs.add(new Doc(Arrays.copyOfRange(bytes, at, at + (int) (starts[k + 1] - starts[k]))));
        }
        return docs;
    }

    @Override
    public void release() {
        try {
            channel.close();
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // A folder left in the cache is deleted by the next build.
        }
    }
}
