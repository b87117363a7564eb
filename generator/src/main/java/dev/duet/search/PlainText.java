package dev.duet.search;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import dev.duet.config.SiteConfig;
import dev.duet.model.ArticlePage;
import dev.duet.model.WritingRule;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of a Markdown body without its syntax: link text without the address, emphasis without the stars,
 * backslash escapes resolved; raw HTML and code kept as the text the page shows. Made once per build; thread-safe,
 * as flexmark's parser is. (flexmark's own TextCollectingVisitor trips its internal assertions on some inputs.)
 */
final class PlainText {

    /** The pages' parser's extensions: a table is its cells' words, not its pipes and dashes. */
    private final Parser parser = Parser.builder(new com.vladsch.flexmark.util.data.MutableDataSet()
            .set(Parser.EXTENSIONS, java.util.List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create())))
            .build();
    private final Map<String, WritingRule> rules = new HashMap<>();

    /** Plain text for the search index, with no language's typesetting. */
    PlainText() {
    }

    /** Plain text for the search index of {@code config}'s languages, each typeset as its pages are. */
    PlainText(SiteConfig config) {
        config.languages().forEach(language -> rules.put(language.code(), WritingRule.of(language)));
    }

    /** The words of an article's body as its page prints them (see {@link WritingRule#typeset}). */
    String of(ArticlePage article) {
        String text = of(article.markdown());
        WritingRule rule = rules.get(article.lang());
        return rule == null ? text : rule.typeset(text);
    }

    String of(String markdown) {
        // Chinese lines wrapped in the file are one run of text, as the page prints them; plain paragraphs, most news
        // text, need no parser.
        String joined = dev.duet.model.ChineseLines.join(markdown);
        return dev.duet.markdown.MarkdownRenderer.plainText(joined).orElseGet(() -> parsed(joined));
    }

    /** The text through flexmark's parser, for any Markdown. */
    String parsed(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        try {
            collect(parser.parse(markdown), out);
        } catch (StackOverflowError e) {
            // Markdown the parser cannot take fails its pages, reported there; its words are still searchable.
            return markdown.strip();
        }
        return out.toString().strip();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
            return;
        }
        if (node instanceof com.vladsch.flexmark.ext.tables.TableCell) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child, out);
            }
            out.append(' ');
            return;
        }
        if (node instanceof Text) {
            out.append(node.getChars().unescape());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (!node.hasChildren() && !(node instanceof Block)) {
            out.append(node.getChars()); // inline HTML, entities: shown as written
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, out);
        }
        if (node instanceof com.vladsch.flexmark.ext.tables.TableRow) {
            out.append('\n');
        }
        if (node instanceof Block) {
            if (!node.hasChildren()) {
                out.append(node.getChars()); // code and HTML blocks
            }
            out.append('\n');
        }
    }
}
