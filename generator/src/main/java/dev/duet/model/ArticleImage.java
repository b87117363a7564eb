package dev.duet.model;

import dev.duet.image.Picture;
import java.util.Objects;
import java.util.Optional;

/**
 * A picture as one article shows it: the picture, and its words in the article's language.
 *
 * @param src the address as the article file writes it
 * @param picture the picture and its copies
 * @param alt the alternative text; empty when the file gives none
 * @param caption the caption; empty when there is none
 * @param credit who made the picture, when the file says
 */
public record ArticleImage(String src, Picture picture, String alt, String caption, Optional<String> credit) {

    public ArticleImage {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(caption, "caption");
    }
}
