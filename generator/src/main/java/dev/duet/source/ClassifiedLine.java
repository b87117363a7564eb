package dev.duet.source;

/** A line together with what it is, so that each line is classified once. */
record ClassifiedLine(SourceLine line, LineKind kind) {

    int number() {
        return line.number();
    }

    String text() {
        return line.text();
    }
}
