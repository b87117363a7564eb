package dev.duet.source;

/**
 * One line of a source file: its 1-based number, its text as written (trimmed), and a matching key, the NFKC form
 * of its beginning in lower case, so that {@code Ｔｉｔｌｅ：} and {@code 英语如下：} match like their ASCII forms while
 * the text itself keeps its full-width punctuation.
 */
record SourceLine(int number, String text, String key) {

    boolean isBlank() {
        return text.isEmpty();
    }
}
