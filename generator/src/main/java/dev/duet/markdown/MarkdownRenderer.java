package dev.duet.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Renders an article's Markdown body to safe HTML. Raw HTML in Markdown is escaped, never passed through, and the
 * result is cleaned with an allow-list that keeps only http(s) and mailto links, so a hand-edited article cannot
 * inject script or a {@code javascript:} link; a web address written as text is a link ({@link BareLinks}). Built once
 * per build; thread-safe.
 */
public final class MarkdownRenderer {

    private static final java.util.regex.Pattern ALIGN =
            java.util.regex.Pattern.compile("<(th|td) align=\"(left|center|right)\"");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;
    private final Document.OutputSettings output;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.safelist = new NoBackslashes(Safelist.relaxed())
                .addAttributes("th", "class").addAttributes("td", "class")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(true);
        this.output = new Document.OutputSettings().prettyPrint(false);
    }

    /**
     * The allow-list that refuses an address with a backslash: a browser reads it as a slash, so that {@code /\\x.com},
     * kept as a link of the site, leads to another site, {@code //x.com}. The link is kept as its text.
     */
    private static final class NoBackslashes extends Safelist {
        NoBackslashes(Safelist base) {
            super(base);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            return (!attr.getKey().equals("href") && !attr.getKey().equals("src") || attr.getValue().indexOf('\\') < 0)
                    && super.isSafeAttribute(tagName, el, attr);
        }
    }

    /** The body as HTML, safe to insert into a page without further escaping. */
    public String render(String markdown) {
        Optional<String> plain = PlainParagraphs.render(markdown);
        return BareLinks.link(plain.isPresent() ? plain.get() : renderParsed(markdown), output);
    }

    /**
     * The link reference definitions among {@code blocks} ({@code [1]: https://…}), as Markdown, to be appended to a
     * block rendered alone: the parallel view renders a story paragraph by paragraph, and a link written
     * {@code [text][1]} needs its definition, which is in a paragraph of its own. Empty when there is none.
     */
    public String definitions(List<String> blocks) {
        StringBuilder out = new StringBuilder();
        for (String block : blocks) {
            if (!block.contains("]:")) {
                continue;
            }
            parser.parse(block).getDescendants().forEach(node -> {
                if (node instanceof Reference reference) {
                    out.append("\n\n").append(reference.getChars().toString().strip());
                }
            });
        }
        return out.toString();
    }

    /**
     * The text of a body made of plain paragraphs (see {@link #render}'s fast path): lines joined by a space,
     * paragraphs by a line break. Empty when the body has Markdown syntax and must be parsed.
     */
    public static Optional<String> plainText(String markdown) {
        return PlainParagraphs.text(markdown);
    }

    /**
     * The body as HTML through the full parser and sanitiser, without the plain-paragraph fast path.
     *
     * @throws MarkdownTooDeep when the parser or renderer overflows the stack on it, naming the block's line
     */
    String renderParsed(String markdown) {
        String html;
        try {
            html = renderer.render(parser.parse(markdown));
        } catch (StackOverflowError e) {
            throw new MarkdownTooDeep(Blocks.firstFailing(markdown, block -> renderer.render(parser.parse(block))));
        }
        // A column's alignment as a class of the theme's: the obsolete align attribute is no HTML, and a style
        // attribute is refused by the pages' Content-Security-Policy. Raw HTML is escaped, so that every th and td,
        // and so every class on one, is the table renderer's.
        if (html.contains(" align=\"")) {
            html = ALIGN.matcher(html).replaceAll("<$1 class=\"align-$2\"");
        }
        // With raw HTML escaped, only links and images can carry a URL (and so a javascript: link); HTML without
        // any needs no cleaning, which saves a parse per page for the plain paragraphs news articles are made of.
        if (!html.contains(" href=") && !html.contains(" src=")) {
            return html.strip();
        }
        return Jsoup.clean(html, "http://duet.invalid/", safelist, output).strip();
    }
}
