package dev.duet.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Where a YAML error is, as a reader of the file would look for it. The parser marks where it noticed the error,
 * which for a flow collection or a quoted text left open is the line after the one that opened it, or the end of the
 * text; there the line it was opened on is the one to fix.
 */
final class YamlErrors {

    private YamlErrors() {
    }

    /** A value that opens with a double quote, as a key's or a list item's: {@code title: "…}, {@code - "…}. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:[^\"#:]+:|-)\\s+\"(.*)$");

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

    /**
     * The line to fix of an error in {@code yaml}: a quoted text left open ({@code title: "Err}) runs on to the next
     * quote, on a later line, and the parser stumbles only after it; then the last line before the one it marked
     * whose quoted value is not closed on it is the line to fix.
     */
    static Optional<Integer> line(MarkedYamlEngineException e, String yaml) {
        Optional<Integer> marked = line(e);
        if (marked.isEmpty() || marked.get() == 0 || e.getContextMark().isPresent() && marked.equals(e
                .getContextMark().map(mark -> mark.getLine()))) {
            return marked;
        }
        List<String> lines = yaml.lines().limit(marked.get() + 1L).toList();
        for (int i = marked.get() - 1; i >= 0; i--) {
            Matcher value = QUOTED_VALUE.matcher(lines.get(i));
            if (value.matches() && !closesQuote(value.group(1))) {
                // Only a text that closes on the line the parser marked is what it stumbled on.
                int closes = i + 1;
                while (closes < marked.get() && !closesQuote(lines.get(closes))) {
                    closes++;
                }
                return closes == marked.get() ? Optional.of(i) : marked;
            }
        }
        return marked;
    }

    /** Whether a double-quoted YAML text that goes on in {@code rest} ends in it. */
    private static boolean closesQuote(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '\\') {
                i++;
            } else if (rest.charAt(i) == '"') {
                return true;
            }
        }
        return false;
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
