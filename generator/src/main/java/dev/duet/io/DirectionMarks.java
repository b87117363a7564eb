package dev.duet.io;

/**
 * The embeddings, overrides and isolates that set the direction of text (U+202A to U+202E, U+2066 to U+2069). One
 * left open in a title runs on past it: into the site's name after it in the page's {@code <title>}, which then
 * reads backwards. A title keeps the ones it closes, and has the others closed at its end.
 */
public final class DirectionMarks {

    private static final char POP_FORMATTING = '\u202c';
    private static final char POP_ISOLATE = '\u2069';

    private DirectionMarks() {
    }

    /** {@code text} with every embedding, override and isolate it opens closed by its end; the same string if so. */
    public static String closed(String text) {
        int formatting = 0;
        int isolates = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202a' && c <= '\u202e' && c != POP_FORMATTING) {
                formatting++;
            } else if (c == POP_FORMATTING && formatting > 0) {
                formatting--;
            } else if (c >= '\u2066' && c <= '\u2068') {
                isolates++;
            } else if (c == POP_ISOLATE && isolates > 0) {
                isolates--;
            }
        }
        if (formatting == 0 && isolates == 0) {
            return text;
        }
        return text + String.valueOf(POP_FORMATTING).repeat(formatting) + String.valueOf(POP_ISOLATE).repeat(isolates);
    }
}
