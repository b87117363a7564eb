package dev.duet.content;

import java.util.OptionalInt;

/**
 * How deeply a YAML text nests, measured without parsing it. The YAML parser builds nested collections by
 * recursion, so front matter such as {@code tags:} followed by two thousand {@code [} or a thousand {@code {a: }
 * overflows the stack. Front matter and the glossary nest two or three levels; a text that nests far deeper is
 * refused here, with its line, before the parser sees it.
 *
 * <p>The measure errs on the safe side: on each line, the open {@code [} and {@code {} that start a node (at the
 * start of a value, not inside a quoted or plain scalar), plus the {@code - } and {@code ? } entries the line opens
 * with, plus its indentation (a nested block needs at least a column a level).
 */
final class YamlNesting {

    /** Nesting deeper than this is refused. */
    static final int MAX_DEPTH = 64;

    private YamlNesting() {
    }

    /** The first line (1-based) where the text nests deeper than {@link #MAX_DEPTH}, or empty. */
    static OptionalInt tooDeep(String yaml) {
        int flow = 0;
        int line = 1;
        int i = 0;
        int n = yaml.length();
        while (i < n) {
            int end = yaml.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            int indent = 0;
            while (i < end && yaml.charAt(i) == ' ') {
                indent++;
                i++;
            }
            int entries = 0;
            while (i < end && (yaml.charAt(i) == '-' || yaml.charAt(i) == '?')
                    && (i + 1 == end || isSpace(yaml.charAt(i + 1)))) {
                entries++;
                i++;
                while (i < end && isSpace(yaml.charAt(i))) {
                    i++;
                }
            }
            boolean nodeStart = true;
            int deepest = flow;
            while (i < end) {
                char c = yaml.charAt(i);
                if (c == '#' && (i == 0 || isSpace(yaml.charAt(i - 1)))) {
                    break;
                }
                if (nodeStart && (c == '\'' || c == '"')) {
                    i = closingQuote(yaml, i, end, c);
                    nodeStart = false;
                    continue;
                }
                if (nodeStart && (c == '[' || c == '{')) {
                    flow++;
                    deepest = Math.max(deepest, flow);
                } else if ((c == ']' || c == '}') && flow > 0) {
                    flow--;
                } else if (c == ',' && flow > 0 || c == ':' && (i + 1 == end || isSpace(yaml.charAt(i + 1)))) {
                    nodeStart = true;
                    i++;
                    continue;
                } else if (!isSpace(c)) {
                    nodeStart = false;
                }
                i++;
            }
            boolean opensNode = entries > 0 || deepest > 0;
            if (deepest + entries + (opensNode || hasKey(yaml, i - 1) ? indent : 0) > MAX_DEPTH) {
                return OptionalInt.of(line);
            }
            i = end + 1;
            line++;
        }
        return OptionalInt.empty();
    }

    /** Whether the line that ends at or before {@code last} could hold a key: it has a colon. */
    private static boolean hasKey(String yaml, int last) {
        for (int j = last; j >= 0 && yaml.charAt(j) != '\n'; j--) {
            if (yaml.charAt(j) == ':') {
                return true;
            }
        }
        return false;
    }

    /**
     * The index just after the quote that closes the scalar opened at {@code open}; a scalar may span lines, but
     * the scan of nesting only needs to skip its brackets, so it stops at the end of the line.
     */
    private static int closingQuote(String yaml, int open, int end, char quote) {
        int i = open + 1;
        while (i < end) {
            char c = yaml.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < end && yaml.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return Math.min(i, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
