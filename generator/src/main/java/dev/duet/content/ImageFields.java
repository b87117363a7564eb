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
        return Optional.of(new ImageField(src.strip(), texts(image.get("alt"), lang),
                texts(image.get("caption"), lang), texts(image.get("credit"), lang), line));
    }

    /** A text per language: a map of them, or one text in the file's language. */
    private static Map<String, String> texts(Object value, String lang) {
        Map<String, String> out = new HashMap<>();
        if (value instanceof Map<?, ?> byLang) {
            byLang.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k.toString(), v.toString().strip());
                }
            });
        } else if (value != null) {
            out.put(lang, value.toString().strip());
        }
        return out;
    }
}
