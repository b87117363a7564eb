package dev.duet.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * What {@link RecordOutput} wrote, read through a buffer: the source's first {@code end} bytes, then the CRC-32C of
 * them. Every read past the end is damage, and {@link #finish} checks the CRC and that nothing follows it, so a
 * damaged, cut-short or lengthened file is an {@link IOException}, never a wrong record.
 */
public final class RecordInput {
    private final InputStream source;
    private final long end;
    private final byte[] buffer;
    private final CRC32C crc = new CRC32C();
    /** Bytes of the source before the buffer's first. */
    private long offset;
    private int position;
    private int limit;

    /** A reader of {@code source}, whose CRC follows its first {@code end} bytes, through {@code size} bytes. */
    public RecordInput(InputStream source, long end, int size) {
        this.source = source;
        this.end = end;
        this.buffer = new byte[Math.max(Long.BYTES, size)];
    }

    /** The bytes after the read position, up to the CRC. */
    public long remaining() {
        return end - offset - position;
    }

    public byte get() throws IOException {
        need(1);
        return buffer[position++];
    }

    public int getInt() throws IOException {
        return (int) bigEndian(Integer.BYTES);
    }

    public long getLong() throws IOException {
        return bigEndian(Long.BYTES);
    }

    /** The next {@code bytes} bytes as a big-endian number. */
    private long bigEndian(int bytes) throws IOException {
        need(bytes);
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = value << 8 | buffer[position++] & 0xFF;
        }
        return value;
    }

    /** A string {@link RecordOutput#writeString} wrote; a length past the bytes left is damage. */
    public String readString() throws IOException {
        return string(readCount());
    }

    /** A list of strings {@link RecordOutput#writeStrings} wrote. */
    public List<String> readStrings() throws IOException {
        int size = readCount();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readString());
        }
        return values;
    }

    /** A count of records or strings, each taking at least one byte of what is left; more is damage. */
    public int readCount() throws IOException {
        int count = getInt();
        if (count < 0 || count > remaining()) {
            throw new IOException("damaged");
        }
        return count;
    }

    /** The next {@code length} bytes as UTF-8; a length within the bytes left, as {@code count} checks. */
    public String string(int length) throws IOException {
        if (length <= buffer.length) {
            need(length);
            String value = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }
        byte[] bytes = new byte[length];
        int done = 0;
        while (done < length) {
            need(1);
            int n = Math.min(length - done, limit - position);
            System.arraycopy(buffer, position, bytes, done, n);
            position += n;
            done += n;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Checks that every byte before the CRC was read, then the CRC itself, and that nothing follows it. */
    public void finish() throws IOException {
        if (remaining() != 0) {
            throw new IOException("bytes left over");
        }
        byte[] tail = source.readNBytes(Long.BYTES + 1);
        if (tail.length != Long.BYTES) {
            throw new IOException("damaged");
        }
        long stored = 0;
        for (byte b : tail) {
            stored = stored << 8 | b & 0xFF;
        }
        if (stored != crc.getValue()) {
            throw new IOException("damaged");
        }
    }

    /** At least {@code bytes} bytes in the buffer after the read position, else damage. */
    private void need(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return;
        }
        if (remaining() < bytes) {
            throw new IOException("damaged");
        }
        int kept = limit - position;
        System.arraycopy(buffer, position, buffer, 0, kept);
        offset += position;
        position = 0;
        limit = kept;
        int wanted = (int) Math.min(buffer.length - kept, end - offset - kept);
        while (limit - position < bytes) {
            int n = source.read(buffer, limit, wanted - (limit - kept));
            if (n < 0) {
                throw new IOException("cut short");
            }
            crc.update(buffer, limit, n);
            limit += n;
        }
    }
}
