package dev.duet.content;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code image:} of an article's front matter: the lead picture, its alternative text, caption and credit.
 * Text fields are written either once, in the file's own language, or per language
 * ({@code caption: {zh: …, en: …}}); a plain value is kept under the file's language.
 *
 * @param src a path relative to the article file (or, with a leading {@code /}, to the site folder), or an
 *     http(s) address
 * @param alt the alternative text by language code
 * @param caption the caption by language code
 * @param credit who made the picture, by language code (one credit as written is kept under the file's language)
 * @param line the line of {@code image:} in the file, for messages
 */
public record ImageField(String src, Map<String, String> alt, Map<String, String> caption,
        Map<String, String> credit, int line) {

    public ImageField {
        alt = new TreeMap<>(alt);
        caption = new TreeMap<>(caption);
        credit = new TreeMap<>(credit);
    }

    /**
     * The credit in {@code lang}: the file's own for that language ({@code credit: {zh: …, en: …}}), else the one
     * credit it gives, which is the same in both languages (a name, an agency).
     */
    public Optional<String> credit(String lang) {
        Optional<String> own = Optional.ofNullable(credit.get(lang)).filter(s -> !s.isBlank());
        return own.isPresent() || credit.size() != 1 ? own
                : credit.values().stream().filter(s -> !s.isBlank()).findFirst();
    }

    /** The alternative text in {@code lang}, when the file gives one. */
    public Optional<String> alt(String lang) {
        return Optional.ofNullable(alt.get(lang)).filter(s -> !s.isBlank());
    }

    /** The caption in {@code lang}, when the file gives one. */
    public Optional<String> caption(String lang) {
        return Optional.ofNullable(caption.get(lang)).filter(s -> !s.isBlank());
    }
}
