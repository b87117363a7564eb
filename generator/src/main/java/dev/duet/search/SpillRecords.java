package dev.duet.search;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The terms of a batch of articles as a spill file stores them: a record per article ({@code 0}, its id), then a
 * record per term ({@code 1}, a CJK key and its weight; or {@code 2}, a word's UTF-8 bytes and its weight), every
 * number an unsigned LEB128 varint. Read back, the terms reach a sink in the order they were written.
 */
final class SpillRecords implements TermSink {

    private static final int DOC = 0;
    private static final int CJK = 1;
    private static final int WORD = 2;

    private byte[] bytes;
    private int size;
    private int doc = -1;

    SpillRecords() {
        this(1 << 12);
    }

    /** Records that start with room for {@code capacity} bytes. */
    SpillRecords(int capacity) {
        bytes = new byte[capacity];
    }

    /** Starts the terms of the article {@code id}. */
    void startDoc(int id) {
        put(DOC);
        putLong(id);
        doc = id;
    }

    @Override
    public void cjk(long key, int id, int weight) {
        check(id);
        put(CJK);
        putLong(key);
        putLong(weight);
    }

    @Override
    public void word(String word, int id, int weight) {
        check(id);
        byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
        put(WORD);
        putLong(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        putLong(weight);
    }

    /** The records written so far. */
    byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** Writes the records written so far to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void check(int id) {
        if (id != doc) {
            throw new IllegalStateException("term of article " + id + " in the records of article " + doc);
        }
    }

    private void put(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    private void putLong(long value) {
        room(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Reads records until the end of {@code in}, giving each term to {@code sink}. */
    static void read(InputStream in, TermSink sink) throws IOException {
        int doc = -1;
        byte[] word = new byte[64];
        for (int kind = in.read(); kind >= 0; kind = in.read()) {
            switch (kind) {
                case DOC -> doc = (int) readLong(in);
                case CJK -> {
                    long key = readLong(in);
                    sink.cjk(key, doc, (int) readLong(in));
                }
                case WORD -> {
                    int length = (int) readLong(in);
                    if (length > word.length) {
                        word = new byte[Math.max(length, word.length * 2)];
                    }
                    if (in.readNBytes(word, 0, length) != length) {
                        throw new EOFException("spill file ends inside a word");
                    }
                    String text = new String(word, 0, length, StandardCharsets.UTF_8);
                    sink.word(text, doc, (int) readLong(in));
                }
                default -> throw new IOException("spill file damaged: record kind " + kind);
            }
        }
    }

    private static long readLong(InputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("spill file ends inside a number");
            }
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("spill file damaged: number too long");
    }
}
