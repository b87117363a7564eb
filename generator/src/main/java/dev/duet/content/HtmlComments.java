package dev.duet.content;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

/**
 * HTML comments in an article's Markdown ({@code <!-- note to the desk -->}, Hugo's {@code <!--more-->}) are notes for
 * those who edit it, as in Hugo and JBake: no page, feed, summary or search index shows them. A comment written as
 * code ({@code `<!-- -->`}, a fenced block) is text the article shows, and stays.
 */
public final class HtmlComments {

    private static final String OPEN = "<!--";
    private static final Parser PARSER = Parser.builder().build();

    private HtmlComments() {
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
