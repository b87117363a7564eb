package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown other generators read and Duet does not, each a warning at the line of its first use, since the page
 * shows it as written: footnotes ({@code [^1]}), Hugo's shortcodes ({@code {{< figure … >}}}) and heading attributes
 * ({@code ## Results {#results}}). Each is looked for in one pass over the body, and only when its opening is there.
 */
final class UnreadSyntax {

    /** A footnote's text as other generators write it, {@code [^1]: …}, at the start of a line. */
    private static final Pattern FOOTNOTE = Pattern.compile("(?m)^ {0,3}\\[\\^[^\\]\\n]+\\]:");

    private UnreadSyntax() {
    }

    static void warn(String path, ArticleFileText text, Problems problems) {
        String body = text.body();
        int control = dev.duet.io.ControlCharacters.first(body);
        if (control >= 0) {
            warn(path, text, control, "content.control-character", "the text holds a control character (U+"
                    + String.format(java.util.Locale.ROOT,
                            "%04X", (int) body.charAt(control)) + "), left out of every page, feed and"
                    + " search file: no page can show one; delete it", problems);
        }
        Matcher note = body.contains("[^") ? FOOTNOTE.matcher(body) : null;
        if (note != null && note.find()) {
            warn(path, text, note.start(), "content.footnote", "footnotes are not supported: '[^…]' and its note are"
                    + " shown as written (a note without spaces as a link to its text); write the note as a paragraph",
                    problems);
        }
        int shortcode = first(body.indexOf("{{<"), body.indexOf("{{%"));
        if (shortcode >= 0) {
            warn(path, text, shortcode, "content.shortcode", "Hugo shortcodes are not read: '"
                    + body.substring(shortcode, shortcode + 3) + "…' is shown as written; write a picture as"
                    + " ![text](file) and a link as [text](address)", problems);
        }
        int heading = body.contains("{") ? headingWithAttributes(body) : -1;
        if (heading >= 0) {
            warn(path, text, heading, "content.heading-id", "heading attributes are not read: '{#…}' is shown in"
                    + " the heading; delete it", problems);
        }
    }

    private static int first(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * Where the first heading that ends in attributes ({@code {#id}}, {@code {.class}}) starts, or -1: line by line,
     * without a pattern that could backtrack over a long line.
     */
    private static int headingWithAttributes(String body) {
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String line = body.substring(start, end).strip();
            int hashes = 0;
            while (hashes < line.length() && line.charAt(hashes) == '#') {
                hashes++;
            }
            int open = line.lastIndexOf('{');
            if (hashes >= 1 && hashes <= 6 && hashes < line.length() && line.charAt(hashes) == ' '
                    && line.endsWith("}") && open > hashes && open + 2 < line.length()
                    && (line.charAt(open + 1) == '#' || line.charAt(open + 1) == '.')) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }

    private static void warn(String path, ArticleFileText text, int offset, String code, String message,
            Problems problems) {
        int line = text.bodyLine() + (int) text.body().substring(0, offset).chars().filter(c -> c == '\n').count();
        problems.warning(code, path, line, message);
    }
}
