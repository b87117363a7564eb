package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * Tells readers that a published story changed: when import writes a source's change into the title, headline or
 * text of an article that has a date, is no draft and whose moment has come, the article's {@code updated} becomes
 * the time of the import, so that its page says so and its feed entry and sitemap line move, where an agency's
 * re-sent figure changed the live story without a sign. A change of nothing a reader reads (the view count) keeps
 * the {@code updated} the file had.
 */
final class Revision {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm",
            java.util.Locale.ROOT);

    private Revision() {
    }

    /**
     * {@code after}, the text import writes over {@code before}, with the {@code updated} line it should have: the
     * time {@code at} when the text changed, else the line {@code before} had. When {@code after} is exactly what
     * import made of the source ({@code asImported}), its digest is made again to cover the line, so that the file
     * still reads as unedited.
     */
    static byte[] stamped(String path, byte[] before, byte[] after, Instant at, boolean asImported) {
        Optional<ContentFile> old = new ContentReader().read(path, before, new Problems());
        Optional<ContentFile> now = new ContentReader().read(path, after, new Problems());
        Optional<ArticleFileText> split = ArticleFileText.split(path, after, new Problems());
        if (old.isEmpty() || now.isEmpty() || split.isEmpty()) {
            return after;
        }
        FrontMatter was = old.get().frontMatter();
        FrontMatter is = now.get().frontMatter();
        Optional<String> line;
        if (published(was, at) && (!was.title().equals(is.title()) || !was.headline().equals(is.headline())
                || !old.get().body().text().equals(now.get().body().text()))) {
            line = Optional.of("updated: " + YamlText.quote(LocalDateTime.ofInstant(at, NewsTime.CHINA)
                    .format(WRITTEN)) + "\n");
        } else {
            line = FrontMatterEdit.block(split.get().yaml(), "updated").isPresent() ? Optional.empty()
                    : ArticleFileText.split(path, before, new Problems())
                            .flatMap(beforeText -> FrontMatterEdit.block(beforeText.yaml(), "updated"));
        }
        if (line.isEmpty()) {
            return after;
        }
        String yaml = split.get().yaml();
        Optional<String> edited = FrontMatterEdit.replace(yaml, Map.of("updated", line.get()));
        String text = new String(after, StandardCharsets.UTF_8);
        int start = text.indexOf(yaml);
        if (edited.isEmpty() || start < 0) {
            return after;
        }
        String written = text.substring(0, start) + edited.get() + text.substring(start + yaml.length());
        return (asImported ? ImportedText.withWholeDigest(written) : written).getBytes(StandardCharsets.UTF_8);
    }

    /** The text without the {@code updated} block of its front matter; the same text when it has none. */
    static String withoutUpdated(String path, String text) {
        Optional<ArticleFileText> split = ArticleFileText.split(path, text.getBytes(StandardCharsets.UTF_8),
                new Problems());
        if (split.isEmpty() || FrontMatterEdit.block(split.get().yaml(), "updated").isEmpty()) {
            return text;
        }
        String yaml = split.get().yaml();
        int start = text.indexOf(yaml);
        // An empty block removes the key.
        Optional<String> without = FrontMatterEdit.replace(yaml, Map.of("updated", ""));
        return without.isEmpty() || start < 0 ? text
                : text.substring(0, start) + without.get() + text.substring(start + yaml.length());
    }

    /** Whether the article is out: dated, no draft, not withdrawn, and its moment at or before {@code at}. */
    private static boolean published(FrontMatter fm, Instant at) {
        return fm.date().isPresent() && !fm.draft() && !fm.publication().unpublished()
                && fm.publication().due().map(p -> !p.isAfter(at)).orElse(false);
    }
}
