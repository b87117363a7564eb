package dev.duet.render;

import dev.duet.config.SiteConfig;
import dev.duet.image.Picture;
import dev.duet.model.ArticleImage;
import dev.duet.model.Permalinks;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a picture is offered to the browser: every copy in {@code srcset}, the largest as {@code src}, its size as
 * {@code width}/{@code height} so the page does not move when it loads, and a small copy for lists. A remote
 * picture has only its address, and no size.
 */
final class ImageViews {

    /** The width a list card shows its picture at, at most. */
    static final int CARD_WIDTH = 480;

    /** How wide the lead picture is drawn: the text column's width, or the whole screen when narrower. */
    static final String LEAD_SIZES = "(min-width: 46rem) 44rem, 100vw";

    /**
     * A picture on a page.
     *
     * @param src the URL of the largest copy (root-relative), or the remote address
     * @param absoluteUrl the same as an absolute URL, for share cards, feeds and JSON-LD
     * @param srcset every copy with its width; empty for one copy
     * @param sizes how wide the picture is drawn, for the browser to choose a copy
     * @param width the largest copy's width in pixels; 0 when unknown
     * @param height its height; 0 when unknown
     * @param cardSrc the URL of the copy for a list card
     * @param cardWidth its width; 0 when unknown
     * @param cardHeight its height
     * @param type the media type of the copies ({@code image/jpeg}), empty when unknown
     * @param alt the alternative text
     * @param caption the caption, in the page's language
     * @param credit who made the picture
     * @param creditLang the credit's language when it is not the page's ({@code zh} for 中新社 on an English page,
     *     {@link TextLanguage}), so that a screen reader reads it in its voice; else empty
     */
    public record ImageView(String src, String absoluteUrl, String srcset, String sizes, int width, int height,
            String cardSrc, int cardWidth, int cardHeight, String type, String alt, String caption, String credit,
            String creditLang) {

        ImageView(String src, String absoluteUrl, String srcset, String sizes, int width, int height,
                String cardSrc, int cardWidth, int cardHeight, String type, String alt, String caption,
                String credit) {
            this(src, absoluteUrl, srcset, sizes, width, height, cardSrc, cardWidth, cardHeight, type, alt, caption,
                    credit, "");
        }

        /** This picture on a page in {@code pageLang}: its credit's language named when it is another. */
        ImageView on(String pageLang) {
            return new ImageView(src, absoluteUrl, srcset, sizes, width, height, cardSrc, cardWidth, cardHeight, type,
                    alt, caption, credit, TextLanguage.of(credit, pageLang));
        }
    }

    private ImageViews() {
    }

    static Optional<ImageView> of(Optional<ArticleImage> image, SiteConfig config) {
        return image.map(i -> of(i, config));
    }

    static ImageView of(ArticleImage image, SiteConfig config) {
        Picture picture = image.picture();
        String credit = image.credit().orElse("");
        if (picture.remote() || picture.largest().isEmpty()) {
            return new ImageView(picture.source(), picture.source(), "", "", 0, 0, picture.source(), 0, 0, "",
                    image.alt(), image.caption(), credit);
        }
        Permalinks links = new Permalinks(config.basePath());
        List<Picture.Variant> variants = picture.variants();
        Picture.Variant largest = picture.largest().get();
        Picture.Variant card = picture.atLeast(CARD_WIDTH).get();
        String srcset = variants.size() < 2 ? "" : variants.stream()
                .map(v -> links.href(v.path()) + " " + v.width() + "w").collect(Collectors.joining(", "));
        return new ImageView(links.href(largest.path()), config.absoluteUrl(largest.path()), srcset,
                srcset.isEmpty() ? "" : LEAD_SIZES, largest.width(), largest.height(), links.href(card.path()),
                card.width(), card.height(), type(picture.format()), image.alt(), image.caption(), credit);
    }

    private static String type(String format) {
        return switch (format) {
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            default -> "image/jpeg";
        };
    }
}
