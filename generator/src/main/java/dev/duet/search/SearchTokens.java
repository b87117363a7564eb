package dev.duet.search;

import dev.duet.io.TraditionalFold;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns text into search terms, for the index and for queries, exactly as {@code static/js/search.js} does in the
 * browser. Each code point is folded on its own (NFKC, so full-width {@code ＡＢＣ１２} becomes {@code abc12};
 * lower case; NFD with combining marks removed and recomposed, so {@code café} becomes {@code cafe}); then runs of Chinese,
 * Japanese or Korean characters become overlapping bigrams plus unigrams, as Lucene's CJKAnalyzer does, and other
 * letters and digits become words, which lose English stop words and are stemmed ({@link EnglishStemmer}).
 * Traditional Chinese characters fold to their Simplified forms ({@link TraditionalFold}), so 臺北 and 台北 are one
 * term.
 *
 * <p>A query keeps only the bigrams of a run of two or more CJK characters, and the unigram of a lone one, so that
 * every term of a query is one the index holds for every matching text. Offsets are UTF-16 indexes into the
 * original text, for highlighting.
 */
final class SearchTokens {

    /** A term and the span {@code [start, end)} of the original text it came from. */
    record Token(String term, int start, int end) {
    }

    /** Lucene's English stop words: too common to be worth a posting list. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
            "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with");

    /** Longer "words" are URLs, hashes or noise; nobody types them into a search box. */
    static final int LONGEST_WORD = 40;

    private SearchTokens() {
    }

    /** The terms of a text to index, in text order, repeats kept (they make the term frequency). */
    static List<Token> forIndex(String text) {
        return analyze(text, false);
    }

    /** The terms of a query, in text order. */
    static List<Token> forQuery(String text) {
        return analyze(text, true);
    }

    /** Receives terms as they are found. */
    @FunctionalInterface
    interface Sink {
        void term(String term, int start, int end);
    }

    /**
     * Receives terms as they are found, a Chinese, Japanese or Korean unigram or bigram as its {@link #cjkKey} (no
     * String is made for it: a build meets tens of millions of them), any other term as a string.
     */
    interface KeySink {
        void cjk(long key, int start, int end);

        void word(String word, int start, int end);
    }

    /** Unigram keys are below this; a bigram's key is its first code point times this, plus its second. */
    private static final long CJK_PAIR = 1L << 21;

    /** The key of a CJK unigram: its code point, never 0 (no CJK code point is below U+1100). */
    static long cjkKey(int cp) {
        return cp;
    }

    /** The key of a CJK bigram, distinct from every unigram's key. */
    static long cjkKey(int first, int second) {
        return first * CJK_PAIR + second;
    }

    /** The term a {@link #cjkKey} stands for. */
    static String cjkTerm(long key) {
        if (key < CJK_PAIR) {
            return Character.toString((int) key);
        }
        return new String(new int[] {(int) (key / CJK_PAIR), (int) (key % CJK_PAIR)}, 0, 2);
    }

    private static List<Token> analyze(String text, boolean query) {
        List<Token> out = new ArrayList<>();
        analyze(text, query, (term, start, end) -> out.add(new Token(term, start, end)));
        return out;
    }

    /** The index terms of a text, given to a sink: {@link #forIndex} without a list of records. */
    static void forEachIndexTerm(String text, Sink sink) {
        analyze(text, false, sink);
    }

    /** The index terms of a text, CJK terms as keys: {@link #forEachIndexTerm} without a String per CJK term. */
    static void forEachIndexKey(String text, KeySink sink) {
        analyze(text, false, sink);
    }

    private static void analyze(String text, boolean query, Sink out) {
        analyze(text, query, new KeySink() {
            @Override
            public void cjk(long key, int start, int end) {
                out.term(cjkTerm(key), start, end);
            }

            @Override
            public void word(String word, int start, int end) {
                out.term(word, start, end);
            }
        });
    }

    private static void analyze(String text, boolean query, KeySink out) {
        Folded f = fold(text);
        int n = f.size;
        // A text uses its words many times over: each is stemmed once.
        Map<String, Optional<String>> terms = new HashMap<>();
        int i = 0;
        while (i < n) {
            int cp = f.cps[i];
            if (isCjk(cp)) {
                int j = i;
                while (j < n && isCjk(f.cps[j])) {
                    j++;
                }
                boolean lone = j - i == 1;
                for (int k = i; k < j; k++) {
                    if (!query || lone) {
                        out.cjk(cjkKey(f.cps[k]), f.starts[k], f.ends[k]);
                    }
                    if (k + 1 < j) {
                        out.cjk(cjkKey(f.cps[k], f.cps[k + 1]), f.starts[k], f.ends[k + 1]);
                    }
                }
                i = j;
            } else if (isWord(cp)) {
                int j = i + 1;
                while (j < n && (isWord(f.cps[j]) || isApostrophe(f.cps[j]) && j + 1 < n && isWord(f.cps[j + 1])
                        || joinsNumber(f.cps, j, n))) {
                    j++;
                }
                String raw = new String(f.cps, i, j - i);
                Optional<String> word = STOP_WORDS.contains(raw) && inCapitals(text, f.starts[i], f.ends[j - 1])
                        ? Optional.of(raw) : terms.computeIfAbsent(raw, SearchTokens::word);
                if (word.isPresent()) {
                    out.word(word.get(), f.starts[i], f.ends[j - 1]);
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    /**
     * Whether the point or comma at {@code at} is a number's own: a decimal point between digits ({@code 3.5},
     * {@code 46.40}), or a comma before a group of three digits ({@code 250,000}), so that a figure is one term and
     * {@code 5%} does not find {@code 3.5}.
     */
    private static boolean joinsNumber(int[] cps, int at, int n) {
        if (at == 0 || at + 1 >= n || !isDigit(cps[at - 1]) || !isDigit(cps[at + 1])) {
            return false;
        }
        return cps[at] == '.' || cps[at] == ',' && at + 3 < n && isDigit(cps[at + 2]) && isDigit(cps[at + 3])
                && (at + 4 >= n || !isDigit(cps[at + 4]));
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /**
     * Whether the text from {@code start} to {@code end} is written in capitals, two or more: {@code IT} or {@code US}
     * is a name, not the stop word it would be in small letters.
     */
    private static boolean inCapitals(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c >= '\uFF21' && c <= '\uFF3A')) {
                return false;
            }
        }
        return true;
    }

    /** The term for a word, or empty when it is not worth indexing. */
    private static Optional<String> word(String raw) {
        String word = raw.indexOf(',') >= 0 ? raw.replace(",", "") : raw;
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            word = word.substring(0, word.length() - 2);
        }
        if (word.indexOf('\'') >= 0 || word.indexOf('\u2019') >= 0) {
            word = word.replace("'", "").replace("\u2019", "");
        }
        // No stop word is longer than five letters.
        if (word.isEmpty() || word.length() > LONGEST_WORD || word.length() <= 5 && STOP_WORDS.contains(word)) {
            return Optional.empty();
        }
        return Optional.of(isAsciiLower(word) ? EnglishStemmer.stem(word) : word);
    }

    private static boolean isAsciiLower(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    static boolean isCjk(int cp) {
        // The common cases without the script table: nothing below U+1100 (the first Hangul jamo) is CJK, and the
        // unified ideographs assigned since Unicode 11 are Han.
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FEF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** A letter or number ({@code [\p{L}\p{N}]}) that is not CJK. */
    static boolean isWord(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        }
        if (isCjk(cp)) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    /** Folds one code point: NFKC, lower case, NFD without combining marks, NFC. May give none, one or several. */
    static String fold(int cp) {
        if (cp < 0x80) {
            return Character.toString(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            // Unified ideographs: no normalisation form changes them; Traditional ones fold to Simplified.
            return Character.toString(TraditionalFold.fold(cp));
        }
        String s = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !isMark(c)).forEach(out::appendCodePoint);
        // Recompose what NFD split without marks to drop, such as Hangul syllables; a compatibility ideograph has
        // become a unified one, which may be Traditional.
        StringBuilder folded = new StringBuilder(out.length());
        Normalizer.normalize(out, Normalizer.Form.NFC).codePoints().map(TraditionalFold::fold)
                .forEach(folded::appendCodePoint);
        return folded.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The folded text as code points, each with the span of the original code point it came from. */
    private static Folded fold(String text) {
        Folded f = new Folded(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80) {
                f.add(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp, i, next); // the common cases, without a String
            } else if (cp >= 0x4E00 && cp <= 0x9FFF) {
                f.add(TraditionalFold.fold(cp), i, next);
            } else {
                String folded = Punctuation.fold(cp);
                for (int k = 0; k < folded.length(); k += Character.charCount(folded.codePointAt(k))) {
                    f.add(folded.codePointAt(k), i, next);
                }
            }
            i = next;
        }
        return f;
    }

    /**
     * The folds of the code points besides letters that news text is full of, made once: Latin letters with
     * accents, general punctuation (“” — …), CJK punctuation (，。、《》) and full-width forms. Folding one of
     * them normalises it three times over, and a Chinese text has one in every few characters.
     */
    private static final class Punctuation {
        private static final int[][] RANGES = {{0x80, 0x250}, {0x2000, 0x2070}, {0x3000, 0x3040}, {0xFF00, 0xFFF0}};
        private static final String[][] FOLDS = new String[RANGES.length][];

        static {
            for (int r = 0; r < RANGES.length; r++) {
                FOLDS[r] = new String[RANGES[r][1] - RANGES[r][0]];
                for (int cp = RANGES[r][0]; cp < RANGES[r][1]; cp++) {
                    FOLDS[r][cp - RANGES[r][0]] = SearchTokens.fold(cp);
                }
            }
        }

        private Punctuation() {
        }

        static String fold(int cp) {
            for (int r = 0; r < RANGES.length; r++) {
                if (cp >= RANGES[r][0] && cp < RANGES[r][1]) {
                    return FOLDS[r][cp - RANGES[r][0]];
                }
            }
            return SearchTokens.fold(cp);
        }
    }

    private static final class Folded {
        int[] cps;
        int[] starts;
        int[] ends;
        int size;

        Folded(int capacity) {
            cps = new int[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(int cp, int start, int end) {
            if (size == cps.length) {
                int grown = size * 2;
                cps = java.util.Arrays.copyOf(cps, grown);
                starts = java.util.Arrays.copyOf(starts, grown);
                ends = java.util.Arrays.copyOf(ends, grown);
            }
            cps[size] = cp;
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }
}
