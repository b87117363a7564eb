package dev.duet.render;

import dev.duet.config.SiteConfig;
import dev.duet.model.ArticleImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The images of a rendered body, pointed at their resized copies: {@code src}, {@code srcset}, {@code sizes},
 * {@code width} and {@code height} from the picture, and {@code loading="lazy"} (only the lead picture loads at
 * once). An image of the site that could not be published (its problem was reported) is left out rather than shown
 * broken; a remote image stays as written. A picture alone in its paragraph, with a title, is a figure with the title
 * as its caption.
 */
final class BodyPictures {

    private BodyPictures() {
    }

    /** The rows of a story's parallel text as HTML, each language's pictures pointed at their copies. */
    static List<Views.ParallelRow> rows(dev.duet.markdown.MarkdownRenderer markdown,
            dev.duet.model.ParallelText text, dev.duet.model.ArticlePage left, dev.duet.model.ArticlePage right,
            SiteConfig config) {
        String leftLinks = markdown.definitions(text.rows().stream().flatMap(row -> row.left().stream()).toList());
        String rightLinks = markdown.definitions(text.rows().stream().flatMap(row -> row.right().stream()).toList());
        return text.rows().stream().map(row -> new Views.ParallelRow(
                render(markdown, withLinks(row.left(), leftLinks), left.inline(), config),
                render(markdown, withLinks(row.right(), rightLinks), right.inline(), config).stream()
                        .map(ForeignRuns::mark).toList())).toList();
    }

    /** Each paragraph with the text's link definitions after it, which render as nothing. */
    private static List<String> withLinks(List<String> paragraphs, String definitions) {
        return definitions.isEmpty() ? paragraphs : paragraphs.stream().map(p -> p + definitions).toList();
    }

    /** Each paragraph of Markdown as HTML, its pictures pointed at their copies. */
    static List<String> render(dev.duet.markdown.MarkdownRenderer markdown, List<String> paragraphs,
            List<ArticleImage> pictures, SiteConfig config) {
        return paragraphs.stream().map(p -> apply(markdown.render(p), pictures, config)).toList();
    }

    /** {@code html} (a sanitised body) with its images resolved against {@code pictures}. */
    static String apply(String html, List<ArticleImage> pictures, SiteConfig config) {
        if (!html.contains("<img")) {
            return html;
        }
        Map<String, ArticleImage> bySrc = pictures.stream()
                .collect(Collectors.toMap(ArticleImage::src, Function.identity(), (a, b) -> a));
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img")) {
            String src = img.attr("src");
            ArticleImage picture = bySrc.get(src);
            if (picture == null) {
                // Refused when the article was read (named in an error): the article is published without it.
                img.remove();
                continue;
            }
            ImageViews.ImageView view = ImageViews.of(picture, config);
            img.attr("src", view.src());
            if (!view.srcset().isEmpty()) {
                img.attr("srcset", view.srcset()).attr("sizes", view.sizes());
            }
            if (view.width() > 0) {
                img.attr("width", Integer.toString(view.width())).attr("height", Integer.toString(view.height()));
            }
            img.attr("loading", "lazy").attr("decoding", "async");
            captioned(img);
        }
        return doc.body().html();
    }

    /**
     * A picture alone in its paragraph with a title ({@code ![alt](a.jpg "湛江一处临时安置点")}) is a figure, its
     * title the caption under it that every reader sees, where it was a tooltip a phone never shows.
     */
    private static void captioned(Element img) {
        String title = img.attr("title").strip();
        Element paragraph = img.parent();
        if (title.isEmpty() || paragraph == null || !paragraph.normalName().equals("p")
                || paragraph.childrenSize() != 1 || !paragraph.ownText().isBlank()) {
            return;
        }
        img.removeAttr("title");
        Element figure = new Element("figure").addClass("body-image");
        figure.appendChild(img.clone());
        figure.appendElement("figcaption").text(title);
        paragraph.replaceWith(figure);
    }
}
