package dev.duet.markdown;

import java.util.function.Consumer;

/** Finds the block of a Markdown text that a parser cannot take, by trying its blocks one at a time. */
final class Blocks {

    private Blocks() {
    }

    /**
     * The line (1-based) where the first block that overflows the stack in {@code parse} starts; blocks are runs
     * of lines between blank lines. When no single block overflows on its own, line 1.
     */
    static int firstFailing(String markdown, Consumer<String> parse) {
        int line = 1;
        int start = 0;
        int n = markdown.length();
        while (start < n) {
            int blockLine = line;
            int end = start;
            // A block ends at a blank line or at the end of the text.
            while (end < n) {
                int nl = markdown.indexOf('\n', end);
                int lineEnd = nl < 0 ? n : nl;
                boolean blank = markdown.substring(end, lineEnd).isBlank();
                end = nl < 0 ? n : nl + 1;
                line++;
                if (blank) {
                    break;
                }
            }
            try {
                parse.accept(markdown.substring(start, end));
            } catch (StackOverflowError e) {
                return blockLine;
            }
            start = end;
        }
        return 1;
    }
}
