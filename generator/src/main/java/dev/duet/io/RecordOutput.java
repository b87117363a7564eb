package dev.duet.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Big-endian numbers and byte strings written to a sink through a buffer of its own (a {@code DataOutputStream}
 * would lock the stream at every byte), with the CRC-32C of everything written taken as it goes and written last by
 * {@link #finish}: records too many to build in memory, such as the read cache of a million articles. Read back by
 * {@link RecordInput}.
 */
public final class RecordOutput {
    private final OutputStream sink;
    private final byte[] buffer;
    private final CRC32C crc = new CRC32C();
    private int position;

    /** A writer to {@code sink} through a buffer of {@code size} bytes (at least 8). */
    public RecordOutput(OutputStream sink, int size) {
        this.sink = sink;
        this.buffer = new byte[Math.max(Long.BYTES, size)];
    }

    /** One byte: 1 for true, 0 for false. */
    public void writeBoolean(boolean value) throws IOException {
        room(1);
        buffer[position++] = (byte) (value ? 1 : 0);
    }

    public void writeInt(int value) throws IOException {
        bigEndian(value, Integer.BYTES);
    }

    public void writeLong(long value) throws IOException {
        bigEndian(value, Long.BYTES);
    }

    /** The low {@code bytes} bytes of {@code value}, most significant first. */
    private void bigEndian(long value, int bytes) throws IOException {
        room(bytes);
        for (int shift = (bytes - 1) * Byte.SIZE; shift >= 0; shift -= Byte.SIZE) {
            buffer[position++] = (byte) (value >>> shift);
        }
    }

    /** A string as its length in UTF-8 bytes, then those bytes: read back by {@link RecordInput#readString}. */
    public void writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        write(bytes);
    }

    /** A list of strings as its size, then each string: read back by {@link RecordInput#readStrings}. */
    public void writeStrings(List<String> values) throws IOException {
        writeInt(values.size());
        for (String value : values) {
            writeString(value);
        }
    }

    /** The bytes as they are, with no length: a reader must know it. */
    public void write(byte[] bytes) throws IOException {
        int done = 0;
        while (done < bytes.length) {
            room(1);
            int n = Math.min(bytes.length - done, buffer.length - position);
            System.arraycopy(bytes, done, buffer, position, n);
            position += n;
            done += n;
        }
    }

    /** Writes what the buffer holds, then the CRC of everything written, itself not counted in it. */
    public void finish() throws IOException {
        flush();
        writeLong(crc.getValue());
        sink.write(buffer, 0, position);
        position = 0;
    }

    private void room(int bytes) throws IOException {
        if (buffer.length - position < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        crc.update(buffer, 0, position);
        sink.write(buffer, 0, position);
        position = 0;
    }
}
