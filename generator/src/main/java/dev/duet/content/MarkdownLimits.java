package dev.duet.content;

import java.util.Optional;

/**
 * What a Markdown body asks of the parser, measured line by line without parsing it, so that a body the parser
 * cannot take is refused with its line before a parser sees it.
 *
 * <ul>
 * <li>Depth. The parser and renderer handle block quotes and lists by recursion, and test a line for a thematic
 * break with a recursive regular expression, so a few kilobytes written to be deep (a thousand {@code >},
 * {@code - } five thousand times, a list nested five hundred levels, two thousand {@code *}) overflow the stack.
 * A line's depth is the number of block-quote and list markers it opens with, plus half the columns of indentation
 * left (a nested list needs at least two columns a level): an overestimate, never an under-.</li>
 * <li>Time. Each link, entity, code span, tag or table cell the inline parser matches copies the rest of its
 * paragraph, so a long paragraph packed with them takes time that grows with the square of its length: a 100 kB
 * paragraph of entities took seconds, 200 kB most of a minute. A block (lines between blank lines) costs its
 * length times the characters in it that can start such a construct; a block or a body that costs more than any
 * article needs is refused.</li>
 * </ul>
 */
final class MarkdownLimits {

    /** Block quotes and lists nested deeper than this on one line are refused; articles use a handful. */
    static final int MAX_DEPTH = 64;
    /** A line that opens with more characters of a thematic break ({@code * - _}, spaces) than this is refused. */
    static final int MAX_BREAK_RUN = 400;

    /** Where a body nests too deeply: the line within the body (1-based) and what is wrong there. */
    record Finding(int line, String message) {
    }

    private MarkdownLimits() {
    }

    /**
     * The cost a block may have: its length times the characters in it that can start a link, entity, code span,
     * tag or table cell. A news paragraph of 2,000 characters with twenty links costs 40,000; this bound is reached
     * by a 10,000-character paragraph in which every character starts one.
     */
    static final long MAX_BLOCK_COST = 100_000_000L;
    /** The cost all the blocks of a body may have together. */
    static final long MAX_BODY_COST = 4 * MAX_BLOCK_COST;

    /** The first line of the body that the parser cannot take, or empty when there is none. */
    static Optional<Finding> tooDeep(String body) {
        int line = 1;
        int start = 0;
        int length = body.length();
        int blockLine = 0;
        long blockLength = 0;
        long blockMarks = 0;
        long bodyCost = 0;
        // No block costs more than (length + 1) x length, so a body of under 10,000 characters (most articles)
        // is within both bounds without counting.
        boolean mayCostTooMuch = (length + 1L) * length > MAX_BLOCK_COST;
        while (start <= length) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            Optional<String> problem = lineProblem(body, start, end);
            if (problem.isPresent()) {
                return Optional.of(new Finding(line, problem.get()));
            }
            if (!mayCostTooMuch) {
                start = end + 1;
                line++;
                continue;
            }
            int marks = marks(body, start, end);
            if (marks < 0) {
                // A blank line ends the block.
                long cost = blockLength * blockMarks;
                bodyCost += cost;
                Optional<String> tooSlow = costProblem(cost, bodyCost, blockLength, blockMarks);
                if (tooSlow.isPresent()) {
                    return Optional.of(new Finding(blockLine, tooSlow.get()));
                }
                blockLength = 0;
                blockMarks = 0;
            } else {
                if (blockLength == 0) {
                    blockLine = line;
                }
                blockLength += end - start + 1;
                blockMarks += marks;
            }
            start = end + 1;
            line++;
        }
        long cost = blockLength * blockMarks;
        int lastBlock = blockLine;
        return costProblem(cost, bodyCost + cost, blockLength, blockMarks).map(m -> new Finding(lastBlock, m));
    }

    private static Optional<String> costProblem(long cost, long bodyCost, long length, long marks) {
        if (cost > MAX_BLOCK_COST) {
            return Optional.of("this block of " + length + " characters holds " + marks + " links, entities, code"
                    + " spans, tags or table cells, more than Duet parses in good time; split it into paragraphs");
        }
        if (bodyCost > MAX_BODY_COST) {
            return Optional.of("the body's long blocks, up to this one, hold more links, entities, code spans, tags"
                    + " or table cells than Duet parses in good time; split them into paragraphs");
        }
        return Optional.empty();
    }

    /**
     * The characters of a line that can start an inline construct the parser matches with a pattern, or -1 for a
     * blank line.
     */
    private static int marks(String s, int from, int to) {
        int marks = 0;
        boolean blank = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '[' || c == '`' || c == '<' || c == '|' || c == '>' || c == '(') {
                marks++;
            }
            if (c != ' ' && c != '\t') {
                blank = false;
            }
        }
        return blank ? -1 : marks;
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
