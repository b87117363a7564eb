package dev.duet.content;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

/**
 * HTML comments in an article's Markdown ({@code <!-- note to the desk -->}, Hugo's {@code <!--more-->}) are notes for
 * those who edit it, as in Hugo and JBake: no page, feed, summary or search index shows them. A comment written as
 * code ({@code `<!-- -->`}, a fenced block) is text the article shows, and stays. What comes before a
 * {@code <!--more-->} is the article's summary, as in Hugo.
 */
public final class HtmlComments {

    private static final String OPEN = "<!--";
    private static final Parser PARSER = Parser.builder().build();
    /** Hugo's summary divider, as a block or within a line, in any case and with spaces inside. */
    private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile(
            "\\s*<!--\\s*more\\s*-->\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);

    private HtmlComments() {
    }

    /**
     * The Markdown before the article's first {@code <!--more-->} (Hugo's end of a summary written by hand), without
     * its comments; empty when it has none, or none outside code.
     */
    public static java.util.Optional<String> beforeMore(String markdown) {
        if (!markdown.contains(OPEN)) {
            return java.util.Optional.empty();
        }
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            return java.util.Optional.empty();
        }
        for (Node node : document.getDescendants()) {
            if ((node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment
                    || node instanceof HtmlInnerBlockComment) && MORE.matcher(node.getChars()).matches()) {
                return java.util.Optional.of(strip(markdown.substring(0, node.getStartOffset())));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The Markdown without its HTML comments, each line break of a comment kept so that the lines after it keep their
     * numbers; the same string when it has none.
     */
    public static String strip(String markdown) {
        if (!markdown.contains(OPEN)) {
            return markdown;
        }
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // Markdown the parser cannot take fails its pages, reported where they are rendered.
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int copied = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment
                    || node instanceof HtmlInnerBlockComment) {
                int start = node.getStartOffset();
                if (start >= copied) {
                    out.append(markdown, copied, start);
                    copied = node.getEndOffset();
                    // Its line breaks stay, so that every line after it keeps its number.
                    markdown.chars().skip(start).limit(copied - start).filter(c -> c == '\n')
                            .forEach(c -> out.append('\n'));
                }
            }
        }
        if (copied == 0) {
            return markdown;
        }
        return out.append(markdown, copied, markdown.length()).toString();
    }
}
