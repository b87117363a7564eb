package dev.duet.output;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Severity;
import dev.duet.model.Lifecycle;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text form of a {@link BuildSnapshot}: one record a line, fields separated by tabs, paths in sorted order so
 * that the same snapshot is always the same text. Text fields escape backslashes, tabs and line breaks. A file that
 * does not parse whole, to its last line, is no snapshot at all.
 *
 * <pre>
 * duet-build-snapshot  2
 * digest   &lt;hex&gt;
 * listed   &lt;nanoseconds since the epoch&gt;
 * stamped  &lt;nanoseconds since the epoch&gt;
 * articles &lt;n&gt;
 * files    &lt;n&gt;
 * schedule &lt;stories waiting&gt; &lt;next due, ISO instant or -&gt; &lt;latest published, ISO instant or -&gt;
 * problem  &lt;severity&gt; &lt;code&gt; &lt;file&gt; &lt;line&gt; &lt;message&gt;
 * input    &lt;size, -1 when absent&gt; &lt;modified&gt; &lt;digest of the bytes, or - when the time can be trusted&gt; &lt;path&gt;
 * output   &lt;size&gt; &lt;modified&gt; &lt;content digest or -&gt; &lt;site path&gt;
 * end
 * </pre>
 */
final class SnapshotFile {

    private static final String MAGIC = "duet-build-snapshot";
    private static final String VERSION = "4";

    private SnapshotFile() {
    }

    static String format(BuildSnapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(snapshot, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the snapshot's text as UTF-8 ({@link SnapshotLines}). */
    static void write(BuildSnapshot snapshot, OutputStream stream) throws IOException {
        SnapshotLines.write(snapshot, MAGIC, VERSION, stream);
    }

    /** The snapshot the text holds, or empty when it is not one whole snapshot of this version. */
    static Optional<BuildSnapshot> parse(String text) {
        try {
            return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The snapshot read a line at a time, or empty when it is not one whole snapshot of this version. */
    static Optional<BuildSnapshot> read(InputStream in) throws IOException {
        try {
            return Optional.of(new Parser(in).snapshot());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * The inputs of the snapshot read a line at a time, without its outputs, or empty when its lines up to them are
     * not those of a snapshot of this version.
     */
    static Optional<BuildInputs> readInputs(InputStream in) throws IOException {
        try {
            return Optional.of(new Parser(in).inputsOnly());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Reads the lines in the order {@link #format} writes them; throws IllegalArgumentException on anything else. */
    private static final class Parser {
        private final InputStream in;
        /** Bytes read ahead of the line, a chunk at a time: a snapshot has a line per file of the site. */
        private final byte[] chunk = new byte[65536];
        private int position;
        private int limit;
        /** The part of a line that began in an earlier chunk. */
        private final ByteArrayOutputStream spill = new ByteArrayOutputStream(256);
        /** The next line, without its line break: {@code lineBytes[lineFrom, lineTo)}; none once the text ended. */
        private byte[] lineBytes = new byte[0];
        private int lineFrom;
        private int lineTo;
        /** Where {@link #longField} and {@link #textField} read the line's next field. */
        private int cursor;
        private boolean ended;

        Parser(InputStream in) throws IOException {
            this.in = in;
            advance();
        }

        /** Reads the next line; a text whose last line has no line break was cut short. */
        private void advance() throws IOException {
            spill.reset();
            while (true) {
                if (position == limit) {
                    limit = Math.max(0, in.readNBytes(chunk, 0, chunk.length));
                    position = 0;
                    if (limit == 0) {
                        if (spill.size() > 0) {
                            throw new IllegalArgumentException("cut short");
                        }
                        lineBytes = new byte[0];
                        lineFrom = 0;
                        lineTo = 0;
                        ended = true;
                        return;
                    }
                }
                int start = position;
                while (position < limit && chunk[position] != '\n') {
                    position++;
                }
                if (position < limit && spill.size() == 0) {
                    lineBytes = chunk;
                    lineFrom = start;
                    lineTo = position;
                    position++;
                    return;
                }
                spill.write(chunk, start, position - start);
                if (position < limit) {
                    position++;
                    lineBytes = spill.toByteArray();
                    lineFrom = 0;
                    lineTo = lineBytes.length;
                    return;
                }
            }
        }

        /** The tab-separated fields of the UTF-8 line in {@code bytes[from, to)}, unescaped. */
        private static String[] fields(byte[] bytes, int from, int to) {
            int count = 1;
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\t') {
                    count++;
                }
            }
            String[] fields = new String[count];
            int field = 0;
            int start = from;
            for (int i = from; i <= to; i++) {
                if (i == to || bytes[i] == '\t') {
                    fields[field++] = unescape(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return fields;
        }

        /** The inputs of the snapshot, its lines before them read and the outputs after them left unread. */
        BuildInputs inputsOnly() throws IOException {
            require(expect(MAGIC, 1)[0].equals(VERSION));
            expect("digest", 1);
            long listed = Long.parseLong(expect("listed", 1)[0]);
            for (String line : List.of("stamped", "articles", "files")) {
                expect(line, 1);
            }
            expect("schedule", 3);
            while (peek("problem")) {
                expect("problem", 5);
            }
            return inputs(listed);
        }

        BuildSnapshot snapshot() throws IOException {
            require(expect(MAGIC, 1)[0].equals(VERSION));
            String digest = expect("digest", 1)[0];
            long listed = Long.parseLong(expect("listed", 1)[0]);
            long stamped = Long.parseLong(expect("stamped", 1)[0]);
            int articles = Integer.parseInt(expect("articles", 1)[0]);
            int files = Integer.parseInt(expect("files", 1)[0]);
            String[] s = expect("schedule", 3);
            Lifecycle.Schedule schedule = new Lifecycle.Schedule(Integer.parseInt(s[0]), instant(s[1]),
                    instant(s[2]));
            List<Problem> problems = new ArrayList<>();
            while (peek("problem")) {
                String[] f = expect("problem", 5);
                problems.add(new Problem(Severity.valueOf(f[0]), f[1], f[2], Integer.parseInt(f[3]), f[4]));
            }
            BuildInputs inputs = inputs(listed);
            AscendingMap<BuildSnapshot.Output> outputs = new AscendingMap<>();
            while (peek("output")) {
                FileStamp stamp = stamp(longField(), longField());
                String content = textField();
                require(outputs.add(lastField(), new BuildSnapshot.Output(stamp, content)));
            }
            expect("end", 0);
            require(ended);
            return new BuildSnapshot(digest, inputs, stamped, outputs.map(), articles, files, problems, schedule);
        }

        private BuildInputs inputs(long listed) throws IOException {
            AscendingMap<FileStamp> inputs = new AscendingMap<>();
            AscendingMap<String> contents = new AscendingMap<>();
            AscendingMap<String> digests = new AscendingMap<>();
            // A line per file of the site: its fields are read where they lie, numbers without strings made.
            while (peek("input")) {
                FileStamp stamp = stamp(longField(), longField());
                String content = textField();
                String fileDigest = textField();
                String path = lastField();
                require(inputs.add(path, stamp));
                if (!content.isEmpty()) {
                    require(contents.add(path, content));
                }
                if (!fileDigest.isEmpty()) {
                    require(digests.add(path, fileDigest));
                }
            }
            return new BuildInputs(listed, inputs.map(), contents.map(), digests.map());
        }

        private static Optional<Instant> instant(String field) {
            try {
                return field.equals("-") ? Optional.empty() : Optional.of(Instant.parse(field));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not an instant: " + field, e);
            }
        }

        private static FileStamp stamp(long size, long modified) {
            return size < 0 ? FileStamp.ABSENT : new FileStamp(size, modified);
        }

        /**
         * Whether the next line is of this kind (its first field); if so, its other fields are read from here on by
         * {@link #longField}, {@link #textField} and, for the last, {@link #lastField}.
         */
        private boolean peek(String kind) {
            if (ended || lineTo - lineFrom < kind.length()) {
                return false;
            }
            for (int i = 0; i < kind.length(); i++) {
                if (lineBytes[lineFrom + i] != kind.charAt(i)) {
                    return false;
                }
            }
            int end = lineFrom + kind.length();
            if (end != lineTo && lineBytes[end] != '\t') {
                return false;
            }
            cursor = end;
            return true;
        }

        /** The line's next field, a decimal number of at most 19 digits, perhaps negative. */
        private long longField() {
            require(cursor < lineTo && lineBytes[cursor] == '\t');
            cursor++;
            boolean negative = cursor < lineTo && lineBytes[cursor] == '-';
            if (negative) {
                cursor++;
            }
            int start = cursor;
            long value = 0;
            while (cursor < lineTo && lineBytes[cursor] != '\t') {
                int digit = lineBytes[cursor] - '0';
                require(digit >= 0 && digit <= 9 && cursor - start < 19);
                value = value * 10 + digit;
                require(value >= 0);
                cursor++;
            }
            require(cursor > start);
            return negative ? -value : value;
        }

        /** The line's next field, not its last, unescaped; empty for {@code -}. */
        private String textField() {
            require(cursor < lineTo && lineBytes[cursor] == '\t');
            int start = ++cursor;
            while (cursor < lineTo && lineBytes[cursor] != '\t') {
                cursor++;
            }
            require(cursor < lineTo);
            if (cursor - start == 1 && lineBytes[start] == '-') {
                return "";
            }
            return unescape(new String(lineBytes, start, cursor - start, StandardCharsets.UTF_8));
        }

        /** The line's last field, unescaped; then the line after it is read. */
        private String lastField() throws IOException {
            require(cursor < lineTo && lineBytes[cursor] == '\t');
            int start = ++cursor;
            while (cursor < lineTo && lineBytes[cursor] != '\t') {
                cursor++;
            }
            require(cursor == lineTo);
            String field = unescape(new String(lineBytes, start, cursor - start, StandardCharsets.UTF_8));
            advance();
            return field;
        }

        /** The next line's fields after its kind, which must be {@code kind}, with exactly {@code count} fields. */
        private String[] expect(String kind, int count) throws IOException {
            require(!ended);
            String[] fields = fields(lineBytes, lineFrom, lineTo);
            advance();
            require(fields.length == count + 1 && fields[0].equals(kind));
            return java.util.Arrays.copyOfRange(fields, 1, fields.length);
        }

        private static String unescape(String field) {
            if (field.indexOf('\\') < 0) {
                return field;
            }
            StringBuilder out = new StringBuilder(field.length());
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = field.charAt(++i);
                out.append(switch (escaped) {
                    case '\\' -> '\\';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> throw new IllegalArgumentException("unknown escape \\" + escaped);
                });
            }
            return out.toString();
        }

        private static void require(boolean condition) {
            if (!condition) {
                throw new IllegalArgumentException("not a build snapshot");
            }
        }
    }
}
