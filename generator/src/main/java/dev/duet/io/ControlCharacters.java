package dev.duet.io;

/**
 * The characters no page can show and no XML document may hold: U+0000 to U+001F but for tab, line feed and
 * carriage return; the noncharacters U+FFFE and U+FFFF; and a surrogate that is not half of a pair (an escape such
 * as {@code "\uD800"} in YAML). A feed or sitemap with one is not XML, and a reader rejects all of it.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code c} is one of them, whatever stands beside it: a surrogate is not, alone. */
    public static boolean isBanned(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
    }

    /** Whether the character at {@code i} is one of them: a banned character, or half of no surrogate pair. */
    private static boolean bannedAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 0xD800) {
            return isBanned(c);
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isBanned(c);
    }

    /** The index of the first of them in {@code text}, or -1. */
    public static int first(CharSequence text) {
        if (text instanceof String string) {
            return first(string);
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            if (bannedAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The same for a string, asked of every page a build writes: most characters are passed by one comparison,
     * and only the rare one below a space or from the surrogates up is looked at closely.
     */
    private static int first(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 ? c >= 0xD800 && bannedAt(text, i) : c != '\n' && c != '\t' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} without them; the same string when it has none. */
    public static String strip(String text) {
        int first = first(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first + 1, n = text.length(); i < n; i++) {
            if (!bannedAt(text, i)) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
