package dev.duet.content;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Where a YAML error is, as a reader of the file would look for it. The parser marks where it noticed the error,
 * which for a flow collection or a quoted text left open is the line after the one that opened it, or the end of the
 * text; there the line it was opened on is the one to fix.
 */
final class YamlErrors {

    private YamlErrors() {
    }

    /** The line (0-based, within the parsed text) of the error's cause, if the parser marked one. */
    static Optional<Integer> line(MarkedYamlEngineException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        if (context.startsWith("while parsing a flow") || context.startsWith("while scanning")) {
            Optional<Integer> opened = e.getContextMark().map(mark -> mark.getLine());
            if (opened.isPresent()) {
                return opened;
            }
        }
        return e.getProblemMark().map(mark -> mark.getLine());
    }

    /** What is wrong, on one line: what the parser was reading, if it said, and what it found. */
    static String describe(MarkedYamlEngineException e) {
        String problem = firstLine(e.getProblem());
        return e.getContext() == null ? problem : firstLine(e.getContext()) + ", " + problem;
    }

    /** What is wrong, on one line, of an error the parser marked no place for (a limit passed, a key refused). */
    static String describe(org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
        String message = firstLine(e.getMessage());
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
