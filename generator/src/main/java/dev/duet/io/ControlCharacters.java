package dev.duet.io;

/**
 * The control characters no page can show and no XML document may hold: U+0000 to U+001F but for tab, line feed
 * and carriage return. A feed or sitemap with one is not XML, and a reader rejects all of it.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code c} is one of them. */
    public static boolean isBanned(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** The index of the first of them in {@code text}, or -1. */
    public static int first(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (isBanned(text.charAt(i))) {
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
            char c = text.charAt(i);
            if (!isBanned(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
