package dev.duet.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing array of bytes for records kept compactly: numbers in seven-bit groups (one byte below 128), texts in
 * UTF-8 after their length, and fixed eight-byte numbers; {@link #number(ByteBuffer)} and {@link #text(ByteBuffer)}
 * read them back. Not thread-safe.
 */
public final class PackedBytes {

    private byte[] bytes = new byte[128];
    private int size;

    /** A non-negative number in seven-bit groups, the lowest first; a negative one takes five bytes. */
    public void number(int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            put((byte) (rest & 0x7F | 0x80));
            rest >>>= 7;
        }
        put((byte) rest);
    }

    /** A text in UTF-8, after its length in bytes. */
    public void text(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        number(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** A number in eight bytes, the highest first, as {@link ByteBuffer#getLong()} reads it. */
    public void fixed(long value) {
        ensure(Long.BYTES);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    /** How many bytes are written. */
    public int size() {
        return size;
    }

    /** The bytes written, in an array of their own. */
    public byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** The number at the buffer's position, as {@link #number(int)} wrote it. */
    public static int number(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** The text at the position of a buffer backed by an array, as {@link #text(String)} wrote it. */
    public static String text(ByteBuffer in) {
        int length = number(in);
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
