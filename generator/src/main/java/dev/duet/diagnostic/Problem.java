package dev.duet.diagnostic;

import java.util.Objects;

/**
 * Something wrong with the user's input, found by a stage and carried as data. A problem names the file it comes
 * from (relative to the site, with forward slashes) and the line where it applies ({@code 0} when it applies to the
 * whole file), and says what to do about it.
 *
 * @param severity whether this is an error or a warning
 * @param code a short stable identifier such as {@code source.no-title}, for filtering and tests
 * @param file the site-relative path of the file, or an empty string for the whole site
 * @param line the 1-based line, or 0 for the whole file
 * @param message what is wrong and what to do, in one sentence
 */
public record Problem(Severity severity, String code, String file, int line, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or positive: " + line);
        }
    }

    public static Problem error(String code, String file, int line, String message) {
        return new Problem(Severity.ERROR, code, file, line, message);
    }

    public static Problem warning(String code, String file, int line, String message) {
        return new Problem(Severity.WARNING, code, file, line, message);
    }

    /** The same problem naming its file by another path (forward slashes), for a reader elsewhere. */
    public Problem inFile(String path) {
        return new Problem(severity, code, path.replace('\\', '/'), line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: severity: message [code]}, the form compilers use, so editors can jump to it. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        out.append(severity.label()).append(": ").append(message).append(" [").append(code).append(']');
        return printable(out);
    }

    /**
     * {@code text} with each control character (a line break, an escape, NUL…) written as a backslash, a u and four
     * hex digits: a value taken from a file cannot start a line of its own in a log, or drive the terminal that
     * shows it.
     */
    private static String printable(CharSequence text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
