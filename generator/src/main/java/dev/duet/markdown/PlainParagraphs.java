package dev.duet.markdown;

import java.util.Optional;

/**
 * A fast path for the Markdown most news articles are made of: paragraphs of plain text separated by blank lines.
 * When every character is one that Markdown gives no meaning to in that place, the HTML is known without parsing:
 * each paragraph's lines joined by a space, escaped, in {@code <p>}. Anything else — a character that could start
 * emphasis, a link, code, an entity, HTML or a table; a line that could start a block (a heading, a list, a quote,
 * indented code); trailing spaces (a hard break); control or line-separator characters — is left to the full parser,
 * so the result is always the one the parser would give (a differential test checks that).
 */
final class PlainParagraphs {

    private PlainParagraphs() {
    }

    /** The HTML for plain paragraphs, or empty when the text needs the full parser. */
    static Optional<String> render(String markdown) {
        int start = 0;
        int end = markdown.length();
        while (start < end && markdown.charAt(start) == '\n') {
            start++;
        }
        while (end > start && markdown.charAt(end - 1) == '\n') {
            end--;
        }
        StringBuilder html = new StringBuilder(end - start + 64);
        boolean inParagraph = false;
        int lineStart = start;
        while (lineStart < end) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (lineEnd == lineStart) {
                if (inParagraph) {
                    html.append("</p>\n");
                    inParagraph = false;
                }
            } else {
                if (!isPlainLine(markdown, lineStart, lineEnd)) {
                    return Optional.empty();
                }
                html.append(inParagraph ? " " : "<p>");
                inParagraph = true;
                appendEscaped(html, markdown, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        if (inParagraph) {
            html.append("</p>");
        } else if (html.length() > 0) {
            html.setLength(html.length() - 1);
        }
        return Optional.of(html.toString());
    }

    /**
     * The text of plain paragraphs as a reader sees it: each paragraph's lines joined by a space, paragraphs by a
     * line break; empty when the text needs the full parser.
     */
    static Optional<String> text(String markdown) {
        if (render(markdown).isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(markdown.length());
        boolean blank = true;
        for (String line : markdown.strip().split("\n", -1)) {
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (text.length() > 0) {
                text.append(blank ? '\n' : ' ');
            }
            text.append(line);
            blank = false;
        }
        return Optional.of(text.toString());
    }

    /** ASCII characters Markdown may act on anywhere in a line, and controls (tab included). */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "\\`*_[]<>&|~!".toCharArray()) {
            SPECIAL[c] = true;
        }
        for (int c = 0; c < 0x20; c++) {
            SPECIAL[c] = true;
        }
        SPECIAL[0x7F] = true;
    }

    /** A line that starts with a letter, ends with no space, and holds no character Markdown could act on. */
    private static boolean isPlainLine(String s, int from, int to) {
        int first = s.codePointAt(from);
        int last = s.codePointBefore(to);
        if (!Character.isLetter(first) || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 128 ? SPECIAL[c] : c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFFFD'
                    || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static void appendEscaped(StringBuilder html, String s, int from, int to) {
        // Within the line: a search to the text's end at each line would make a body of many lines quadratic.
        int start = from;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '"') {
                html.append(s, start, i).append("&quot;");
                start = i + 1;
            }
        }
        html.append(s, start, to);
    }
}
