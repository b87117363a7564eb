package dev.duet.content;

import java.util.Optional;

/**
 * How deeply a Markdown body nests, measured line by line without parsing it. The Markdown parser and renderer
 * handle block quotes and lists by recursion, and test a line for a thematic break with a recursive regular
 * expression, so a few kilobytes written to be deep (a thousand {@code >}, {@code - } five thousand times, a list
 * nested five hundred levels, two thousand {@code *}) overflow the stack. A body that nests deeper than any article
 * needs is refused here, with the line where it does, before a parser sees it.
 *
 * <p>The measure errs on the safe side: a line's depth is the number of block-quote and list markers it opens with,
 * plus half the columns of indentation in front of them (a nested list needs at least two columns a level).
 */
final class MarkdownNesting {

    /** Block quotes and lists nested deeper than this on one line are refused; articles use a handful. */
    static final int MAX_DEPTH = 64;
    /** A line that opens with more characters of a thematic break ({@code * - _}, spaces) than this is refused. */
    static final int MAX_BREAK_RUN = 400;

    /** Where a body nests too deeply: the line within the body (1-based) and what is wrong there. */
    record Finding(int line, String message) {
    }

    private MarkdownNesting() {
    }

    /** The first line of the body that nests too deeply, or empty when none does. */
    static Optional<Finding> tooDeep(String body) {
        int line = 1;
        int start = 0;
        int length = body.length();
        while (start <= length) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            Optional<String> problem = lineProblem(body, start, end);
            if (problem.isPresent()) {
                return Optional.of(new Finding(line, problem.get()));
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    private static Optional<String> lineProblem(String s, int from, int to) {
        int i = from;
        int markers = 0;
        int indent = 0;
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ') {
                indent++;
                i++;
            } else if (c == '\t') {
                indent += 4;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && endsMarker(s, i + 1, to)) {
                markers++;
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < to && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j < to && (s.charAt(j) == '.' || s.charAt(j) == ')') && endsMarker(s, j + 1, to)) {
                    markers++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // The space after each marker belongs to it; what is left is indentation that nests lists further.
        int depth = markers == 0 ? 0 : markers + Math.max(0, indent - markers) / 2;
        if (depth > MAX_DEPTH) {
            return Optional.of("block quotes and lists nest about " + depth + " levels deep on this line, more than"
                    + " the " + MAX_DEPTH + " Duet renders; flatten them");
        }
        int run = 0;
        for (int j = i; j < to; j++) {
            char c = s.charAt(j);
            if (c != '*' && c != '-' && c != '_' && c != ' ' && c != '\t') {
                break;
            }
            run++;
        }
        if (run > MAX_BREAK_RUN) {
            return Optional.of("the line opens with " + run + " characters of '*', '-', '_' and spaces, more than the "
                    + MAX_BREAK_RUN + " Duet reads; shorten it");
        }
        return Optional.empty();
    }

    /** Whether a list or quote marker that ended just before {@code i} is followed by a space, a tab or the end. */
    private static boolean endsMarker(String s, int i, int to) {
        return i >= to || s.charAt(i) == ' ' || s.charAt(i) == '\t';
    }
}
