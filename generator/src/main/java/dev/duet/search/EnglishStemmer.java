package dev.duet.search;

/**
 * Step 1 of Porter's stemmer (1980): plurals ({@code meetings → meeting}, {@code policies → polici}), {@code -ed}
 * and {@code -ing} ({@code attended → attend}, {@code meeting → meet}, {@code making → make}), and a final
 * {@code y → i} after a vowel-bearing stem ({@code policy → polici}). Enough to match the forms news English
 * uses for the same word, without the later steps' surprises. Mirrored line by line in {@code search.js}.
 */
final class EnglishStemmer {

    private EnglishStemmer() {
    }

    /** The stem of a lower-case word of ASCII letters. */
    static String stem(String word) {
        String w = word;
        if (w.length() <= 2) {
            return w;
        }
        // Step 1a: plurals.
        if (w.endsWith("sses") || w.endsWith("ies")) {
            w = w.substring(0, w.length() - 2);
        } else if (!w.endsWith("ss") && w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        // Step 1b: -eed, -ed, -ing.
        if (w.endsWith("eed")) {
            if (measure(w, w.length() - 3) > 0) {
                w = w.substring(0, w.length() - 1);
            }
        } else if (w.endsWith("ed") && hasVowel(w, w.length() - 2)) {
            w = tidy(w.substring(0, w.length() - 2));
        } else if (w.endsWith("ing") && hasVowel(w, w.length() - 3)) {
            w = tidy(w.substring(0, w.length() - 3));
        }
        // Step 1c: y → i.
        if (w.endsWith("y") && hasVowel(w, w.length() - 1)) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }

    /** After removing -ed or -ing: restore an e ({@code hop(e)}), or undouble a consonant ({@code hopp → hop}). */
    private static String tidy(String w) {
        if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
            return w + "e";
        }
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        if (measure(w, n) == 1 && endsConsonantVowelConsonant(w)) {
            return w + "e";
        }
        return w;
    }

    private static boolean consonant(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return false;
        }
        return c != 'y' || i == 0 || !consonant(w, i - 1);
    }

    /** Porter's m: the number of vowel-consonant sequences in {@code w[0, end)}. */
    private static int measure(String w, int end) {
        int m = 0;
        boolean vowelSeen = false;
        for (int i = 0; i < end; i++) {
            if (!consonant(w, i)) {
                vowelSeen = true;
            } else if (vowelSeen) {
                m++;
                vowelSeen = false;
            }
        }
        return m;
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if (!consonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsConsonantVowelConsonant(String w) {
        int n = w.length();
        return n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1)
                && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }
}
