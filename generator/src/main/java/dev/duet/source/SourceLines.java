package dev.duet.source;

import dev.duet.diagnostic.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into {@link SourceLine}s in one pass. A line longer than {@link #MAX_LINE_CHARS} is reported
 * and cut, so that no later step ever works on megabytes of one line.
 */
final class SourceLines {

    /** A long news paragraph is a few thousand characters; a hundred thousand is not an article any more. */
    static final int MAX_LINE_CHARS = 100_000;

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
            lines.add(new SourceLine(number, line));
            start = start + length + 1;
            number++;
        }
        // A final line break does not start another line.
        if (!lines.isEmpty() && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
