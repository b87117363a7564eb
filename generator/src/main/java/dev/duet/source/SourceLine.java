package dev.duet.source;

/**
 * One line of a source file: its 1-based number and its text as written (trimmed). {@link LineClassifier} matches
 * labels against a normalised key of the text, so the text itself keeps its full-width punctuation.
 */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isEmpty();
    }
}
