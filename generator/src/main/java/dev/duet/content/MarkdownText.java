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
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

    private MarkdownText() {
    }

    static String escape(String text) {
        String line = text.strip().replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(line.length() + 8);
        var ordered = ORDERED.matcher(line);
        int start = 0;
        if (ordered.find()) {
            out.append(ordered.group(1)).append('\\').append(ordered.group(2));
            start = ordered.end();
        } else if (!line.isEmpty() && "#>-+=".indexOf(line.charAt(0)) >= 0) {
            out.append('\\').append(line.charAt(0));
            start = 1;
        }
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            } else if (c == '&' && ENTITY.matcher(line).region(i, line.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
