package dev.duet.content;

/**
 * Writes YAML double-quoted scalars. Every string Duet writes into front matter is double-quoted, so that values
 * such as {@code yes}, {@code 0123} or {@code 2024-05-21} stay strings for YAML 1.1 readers too, and so that any
 * character in an untrusted title survives a round trip.
 */
final class YamlText {

    private YamlText() {
    }

    static String quote(String value) {
        return isPlain(value) ? '"' + value + '"' : quoteEscaping(value);
    }

    /** {@link #quote} one character at a time, escaping what needs it. */
    static String quoteEscaping(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u0085' -> out.append("\\N");
                // YAML's \\L and \\P are not read by every parser (snakeyaml-engine rejects them); \\u is.
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                case '\uFEFF' -> out.append("\\uFEFF");
                // Not printable for YAML: a raw U+FFFE or U+FFFF makes the whole front matter unreadable.
                case '\uFFFE' -> out.append("\\uFFFE");
                case '\uFFFF' -> out.append("\\uFFFF");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
                    } else if (Character.isSurrogate(c) && !isPairedSurrogate(value, i)) {
                        out.append("\\uFFFD");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * True when {@link #quote} writes every character of the value as it is: no quote, backslash, control character,
     * line or paragraph separator, byte order mark, U+FFFE or U+FFFF, or surrogate (a paired surrogate is kept too, but is rare enough
     * to take the careful path).
     */
    static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c < 0xA0)) {
                return false;
            }
            if (c >= '\u2028' && (c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
