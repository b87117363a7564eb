package dev.duet.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One language's part of a source file.
 *
 * @param language {@code zh} or {@code en}
 * @param script the ISO 15924 script of the text: {@code Hans} or {@code Hant} for Chinese, {@code Latn} for English
 * @param title the title, without markup such as {@code **} or {@code Title:}
 * @param headline the long headline under "News Content:" when it differs from the title
 * @param paragraphs the body paragraphs, as written (trimmed), never including titles, markers or metadata lines
 * @param byline the dateline, agency and reporters read from the first paragraph
 * @param firstLine the 1-based line of the title in the source file, for messages
 */
public record ArticleText(
        String language,
        String script,
        String title,
        Optional<String> headline,
        List<String> paragraphs,
        Byline byline,
        int firstLine) {

    public ArticleText {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headline, "headline");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(byline, "byline");
    }
}
