package dev.duet.output;

import dev.duet.diagnostic.Problem;
import dev.duet.model.Lifecycle;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;

/**
 * Writes a {@link BuildSnapshot} in the text form {@link SnapshotFile} reads: lines of tab-separated fields,
 * escaped and encoded as UTF-8 into a buffer of bytes, numbers written as digits without strings made of them.
 */
final class SnapshotLines {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    private SnapshotLines(OutputStream out) {
        this.out = out;
    }

    /**
     * Writes the snapshot's text as UTF-8, a line at a time: a large site's snapshot is tens of megabytes. Numbers
     * are written as digits, without strings made of them.
     */
    static void write(BuildSnapshot snapshot, String magic, String version, OutputStream stream) throws IOException {
        SnapshotLines out = new SnapshotLines(stream);
        out.line(magic, version);
        out.line("digest", snapshot.digest());
        out.line("listed", Long.toString(snapshot.inputs().listed()));
        out.line("stamped", Long.toString(snapshot.stamped()));
        out.line("articles", Integer.toString(snapshot.articles()));
        out.line("files", Integer.toString(snapshot.files()));
        Lifecycle.Schedule schedule = snapshot.schedule();
        out.line("schedule", Integer.toString(schedule.waiting()),
                schedule.nextDue().map(Instant::toString).orElse("-"),
                schedule.lastPublished().map(Instant::toString).orElse("-"));
        for (Problem p : snapshot.problems()) {
            out.line("problem", p.severity().name(), p.code(), p.file(), Integer.toString(p.line()), p.message());
        }
        for (Map.Entry<String, FileStamp> input : snapshot.inputs().files().entrySet()) {
            FileStamp stamp = input.getValue();
            out.text("input");
            out.tab().number(stamp.size()).tab().number(stamp.modified());
            out.tab().text(snapshot.inputs().contents().getOrDefault(input.getKey(), "-"));
            out.tab().text(snapshot.inputs().digests().getOrDefault(input.getKey(), "-"));
            out.tab().text(input.getKey()).end();
        }
        for (Map.Entry<String, BuildSnapshot.Output> output : snapshot.outputs().entrySet()) {
            FileStamp stamp = output.getValue().stamp();
            String content = output.getValue().content();
            out.text("output");
            out.tab().number(stamp.size()).tab().number(stamp.modified());
            out.tab().text(content.isEmpty() ? "-" : content).tab().text(output.getKey()).end();
        }
        out.text("end").end();
        out.flush();
    }

    private void line(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                tab();
            }
            text(fields[i]);
        }
        end();
    }

    private SnapshotLines tab() throws IOException {
        return put('\t');
    }

    private void end() throws IOException {
        put('\n');
    }

    private SnapshotLines number(long value) throws IOException {
        if (value < 0) {
            // Only ever -1 (an absent file's size); Long.MIN_VALUE has no positive to write.
            return text(Long.toString(value));
        }
        if (size + 20 > buffer.length) {
            flushBuffer();
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /** A field: backslashes, tabs and line breaks escaped, the rest as UTF-8 (a lone surrogate as '?'). */
    private SnapshotLines text(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> put('\\').put('\\');
                    case '\t' -> put('\\').put('t');
                    case '\n' -> put('\\').put('n');
                    case '\r' -> put('\\').put('r');
                    default -> put(c);
                }
            } else if (c < 0x800) {
                put(0xC0 | c >> 6).put(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                put(0xF0 | cp >> 18).put(0x80 | cp >> 12 & 0x3F).put(0x80 | cp >> 6 & 0x3F).put(0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                put('?');
            } else {
                put(0xE0 | c >> 12).put(0x80 | c >> 6 & 0x3F).put(0x80 | c & 0x3F);
            }
        }
        return this;
    }

    private SnapshotLines put(int b) throws IOException {
        if (size == buffer.length) {
            flushBuffer();
        }
        buffer[size++] = (byte) b;
        return this;
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    private void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
}
