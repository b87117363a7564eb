package dev.duet.content;

import java.util.regex.Pattern;

/**
 * Turns a paragraph of plain text into Markdown that renders as exactly that text: a line starting {@code 1.} or
 * {@code #} stays a line of text, {@code *stars*} stay stars, {@code <tags>} stay visible. Escapes only what
 * CommonMark would read as markup, so the file stays pleasant to edit by hand.
 */
final class MarkdownText {

    /** Characters that start inline markup anywhere in a line. */
    private static final String INLINE = "\\`*_[]<>|~";
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /**
     * The characters of {@link #INLINE} and {@code &}, by code: any of them may need a backslash; and the line
     * breaks, which {@link #escape} turns into spaces, so that a line without any of these needs nothing.
     */
    private static final boolean[] MAY_ESCAPE = mayEscape();

    private MarkdownText() {
    }

    static String escape(String text) {
        // A paragraph as the parser gives it is already one stripped line: then one pass tells it is plain.
        if (isPlainLine(text)) {
            return text;
        }
        String line = text.strip().replace('\n', ' ').replace('\r', ' ');
        if (isPlain(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        int start = 0;
        int digits = orderedListNumber(line);
        if (digits > 0) {
            out.append(line, 0, digits).append('\\').append(line.charAt(digits));
            start = digits + 1;
        } else if (!line.isEmpty() && "#>-+=".indexOf(line.charAt(0)) >= 0) {
            out.append('\\').append(line.charAt(0));
            start = 1;
        }
        int copied = start;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= MAY_ESCAPE.length || !MAY_ESCAPE[c]) {
                continue;
            }
            if (c != '&' || ENTITY.matcher(line).region(i, line.length()).lookingAt()) {
                out.append(line, copied, i).append('\\');
                copied = i;
            }
        }
        return out.append(line, copied, line.length()).toString();
    }

    /**
     * The number of digits of an ordered list item's number at the start of a line (1 to 9 digits, then {@code .}
     * or {@code )}, as CommonMark reads it), or 0 when the line does not start like one.
     */
    private static int orderedListNumber(String line) {
        int digits = 0;
        while (digits < line.length() && digits <= 9 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > 9 || digits == line.length()) {
            return 0;
        }
        char after = line.charAt(digits);
        return after == '.' || after == ')' ? digits : 0;
    }

    /**
     * True when {@link #escape} has nothing to escape in a line: no character that may start inline markup or an
     * entity, no line break, and no digit or block marker at its start. Most paragraphs are such lines, and this one
     * pass is all they cost.
     */
    static boolean isPlain(String line) {
        if (!line.isEmpty()) {
            char first = line.charAt(0);
            if ((first >= '0' && first <= '9') || "#>-+=".indexOf(first) >= 0) {
                return false;
            }
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < MAY_ESCAPE.length && MAY_ESCAPE[c]) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} is already stripped and {@link #isPlain} (which also means it holds no line break). */
    private static boolean isPlainLine(String text) {
        int n = text.length();
        if (n > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1)))) {
            return false;
        }
        return isPlain(text);
    }

    private static boolean[] mayEscape() {
        boolean[] table = new boolean[128];
        for (char c : (INLINE + "&\n\r").toCharArray()) {
            table[c] = true;
        }
        return table;
    }
}
