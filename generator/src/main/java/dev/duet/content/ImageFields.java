package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code image:} from parsed front matter: a path or address alone ({@code image: photo.jpg}) or a map with
 * {@code src}, {@code alt}, {@code caption} and {@code credit}, the texts either plain or per language.
 */
final class ImageFields {

    private ImageFields() {
    }

    static Optional<ImageField> read(String path, Map<?, ?> map, String lang, int line, Problems problems) {
        Object value = map.get("image");
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String src) {
            return src.isBlank() ? Optional.empty()
                    : Optional.of(new ImageField(src.strip(), Map.of(), Map.of(), Map.of(), line));
        }
        if (!(value instanceof Map<?, ?> image) || !(image.get("src") instanceof String src) || src.isBlank()) {
            problems.warning("content.image", path, line, "'image' should be a path or a map with 'src' (and"
                    + " 'alt', 'caption', 'credit'); it is ignored");
            return Optional.empty();
        }
        // A key misspelt (cedit:) lost its credit without a word.
        image.keySet().stream().map(String::valueOf).filter(key -> !KEYS.contains(key)).sorted().forEach(key ->
                problems.warning("content.image", path, line, "'image' has '" + key + "', which is not read (a"
                        + " picture has src, alt, caption and credit): is it misspelt? It is ignored"));
        return Optional.of(new ImageField(src.strip(), texts(image.get("alt"), "alt", lang, path, line, problems),
                texts(image.get("caption"), "caption", lang, path, line, problems),
                texts(image.get("credit"), "credit", lang, path, line, problems), line));
    }

    private static final java.util.Set<String> KEYS = java.util.Set.of("src", "alt", "caption", "credit");

    /**
     * A text per language: a map of them, or one text in the file's language. A list, or a map with no text in the
     * file's language, is a warning: a credit written as a list was printed as "[a, b]", and a caption given in
     * another language only was dropped without a word.
     */
    private static Map<String, String> texts(Object value, String key, String lang, String path, int line,
            Problems problems) {
        Map<String, String> out = new HashMap<>();
        if (value instanceof Map<?, ?> byLang) {
            byLang.forEach((k, v) -> {
                if (k != null && isText(v)) {
                    out.put(k.toString(), v.toString().strip());
                } else if (k != null && v != null) {
                    problems.warning("content.image", path, line, "the image's " + key + " in '" + k + "' should be"
                            + " a text; it is ignored");
                }
            });
            if (!byLang.isEmpty() && byLang.keySet().stream().noneMatch(k -> lang.equals(String.valueOf(k)))) {
                problems.warning("content.image", path, line, "the image's " + key + " has no text in this file's"
                        + " language (" + lang + "), so its page shows none: give one as " + lang + ": \"…\"");
            }
        } else if (isText(value)) {
            out.put(lang, value.toString().strip());
        } else if (value != null) {
            problems.warning("content.image", path, line, "the image's " + key + " should be a text, or a text per"
                    + " language ({zh: \"…\", en: \"…\"}); it is ignored");
        }
        return out;
    }

    private static boolean isText(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
