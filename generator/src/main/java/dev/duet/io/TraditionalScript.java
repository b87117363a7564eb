package dev.duet.io;

import java.util.Map;

/**
 * Writes a site's own short texts (its title, description and section names) in Traditional characters, for the
 * pages of Traditional Chinese articles: each Simplified character becomes its usual Traditional form, every other
 * character stays. The table is OpenCC's {@code STCharacters.txt} (Apache-2.0, kept unchanged beside this class with
 * its licence), each character taken to its first form, the usual one (发 → 發, 后 → 後, 台 → 臺). Character by
 * character, not phrase by phrase: right for the names of a site and its sections, not meant for running text,
 * which an article gives in its own script.
 */
public final class TraditionalScript {

    private static final String TABLE = "STCharacters.txt";

    /** Code point → its usual Traditional form, for the characters the table changes. Immutable once loaded. */
    private static final Map<Integer, Integer> TRADITIONAL = load();

    private TraditionalScript() {
    }

    /** The text with each Simplified character in its usual Traditional form. */
    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Integer traditional = cp < 0x2E80 ? null : TRADITIONAL.get(cp);
            if (traditional != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(traditional != null ? traditional : cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    private static Map<Integer, Integer> load() {
        return Map.copyOf(OpenCcTable.firstForms(TABLE));
    }
}
