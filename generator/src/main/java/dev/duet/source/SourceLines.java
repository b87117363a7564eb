package dev.duet.source;

import dev.duet.diagnostic.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits decoded text into {@link SourceLine}s in one pass. A line longer than {@link #MAX_LINE_CHARS} is reported
 * and cut, so that no later step ever works on megabytes of one line.
 */
final class SourceLines {

    /** A long news paragraph is a few thousand characters; a hundred thousand is not an article any more. */
    static final int MAX_LINE_CHARS = 100_000;

    /** Labels and markers are short; only this much of a line is normalised for matching. */
    private static final int KEY_CHARS = 80;

    List<SourceLine> split(String file, String text, Problems problems) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int length = end - start;
            if (length > MAX_LINE_CHARS) {
                problems.error("source.line-too-long", file, number, "line is " + length
                        + " characters long, more than " + MAX_LINE_CHARS
                        + "; a source line holds one paragraph: check the file is an article and break the line up");
                end = start + MAX_LINE_CHARS;
            }
            String line = text.substring(start, end).strip();
            lines.add(new SourceLine(number, line, key(line)));
            start = start + length + 1;
            number++;
        }
        // A final line break does not start another line.
        if (!lines.isEmpty() && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String key(String line) {
        String head = line.length() > KEY_CHARS ? line.substring(0, KEY_CHARS) : line;
        return Nfkc.normalize(head).strip().toLowerCase(Locale.ROOT);
    }
}
