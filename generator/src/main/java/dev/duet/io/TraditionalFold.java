package dev.duet.io;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds Traditional Chinese characters into their Simplified forms, so that a search for 臺北 finds 台北 and the
 * other way round: the index holds folded terms, and {@code search.js} folds a query with the same table, which the
 * index ships as {@code search/fold.json} ({@link #pairsJson}). The table is OpenCC's {@code TSCharacters.txt}
 * (Apache-2.0, kept unchanged beside this class with its licence), each character taken to its first Simplified
 * form and chains followed to their end, so that folding twice is folding once. Only the characters it changes are
 * kept: about 3,200 pairs.
 */
public final class TraditionalFold {

    private static final String TABLE = "TSCharacters.txt";

    /** Code point → its Simplified form, for the characters the table changes. Immutable once loaded. */
    private static final Map<Integer, Integer> SIMPLIFIED = load();

    /** The unified ideographs' part of {@link #SIMPLIFIED} as an array, for the index's common case. */
    private static final int[] BASIC = basic();
    private static final int BASIC_FROM = 0x4E00;
    private static final int BASIC_TO = 0x9FFF;

    private TraditionalFold() {
    }

    /** The Simplified form of a code point; the code point itself when the table does not change it. */
    public static int fold(int cp) {
        if (cp >= BASIC_FROM && cp <= BASIC_TO) {
            int folded = BASIC[cp - BASIC_FROM];
            return folded == 0 ? cp : folded;
        }
        if (cp < 0x2E80) { // below the CJK radicals nothing folds
            return cp;
        }
        return SIMPLIFIED.getOrDefault(cp, cp);
    }

    /** A text with each of its Traditional characters in its Simplified form; the same string when none folds. */
    public static String text(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int folded = fold(cp);
            if (folded != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(folded);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /** The table, Traditional → Simplified, in code point order. */
    public static Map<Integer, Integer> table() {
        return SIMPLIFIED;
    }

    /**
     * The table as the browser takes it: {@code {"pairs":"臺台乾干…"}}, each Traditional character followed by its
     * Simplified form, in code point order. About 20 KB; fetched only for a query that has a Han character.
     */
    public static String pairsJson() {
        StringBuilder pairs = new StringBuilder();
        SIMPLIFIED.forEach((from, to) -> pairs.appendCodePoint(from).appendCodePoint(to));
        return Json.writeSorted(Map.of("version", 1, "pairs", pairs.toString()));
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> table = OpenCcTable.firstForms(TABLE);
        // Follow chains (薴 → 苧 → 苎) to their end; the table has no cycles, and a bound keeps a bad one finite.
        Map<Integer, Integer> resolved = new TreeMap<>();
        table.forEach((from, to) -> {
            int end = to;
            for (int i = 0; i < 8 && table.containsKey(end); i++) {
                end = table.get(end);
            }
            if (end != from) {
                resolved.put(from, end);
            }
        });
        return Collections.unmodifiableMap(resolved);
    }

    private static int[] basic() {
        int[] basic = new int[BASIC_TO - BASIC_FROM + 1];
        SIMPLIFIED.forEach((from, to) -> {
            if (from >= BASIC_FROM && from <= BASIC_TO) {
                basic[from - BASIC_FROM] = to;
            }
        });
        return basic;
    }
}
