package dev.duet.markdown;

/**
 * Markdown the parser cannot take: a construct that recursed deeper than the stack allows. Carries the line of the
 * body (1-based) where the block that overflowed starts, so the caller can name the file and line.
 */
public final class MarkdownTooDeep extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    MarkdownTooDeep(int line) {
        super("the Markdown from line " + line + " of the body is too deeply nested or too long to parse", null,
                false, false);
        this.line = line;
    }

    /** The line of the body, 1-based, where the block that could not be parsed starts. */
    public int line() {
        return line;
    }
}
