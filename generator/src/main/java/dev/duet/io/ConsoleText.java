package dev.duet.io;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Messages for a console that may not show every character. Under the C locale a Java 17 process writes its output
 * in ASCII, and each Chinese character of a message came out as {@code ?}: an error about a file named in Chinese
 * named {@code sources/?? ?.txt}, which no one could find, and two files the same. A character the console cannot
 * show is written as its Java escape instead (a backslash, u and its four hex digits), which names it.
 */
public final class ConsoleText {

    private final Charset console;

    private ConsoleText(Charset console) {
        this.console = console;
    }

    /** For a console that writes {@code console}. */
    public static ConsoleText of(Charset console) {
        return new ConsoleText(console);
    }

    /**
     * For this process's standard output: the encoding the JVM was told its console has, else its default, which a
     * Java 17 process takes from the locale.
     */
    public static ConsoleText standardOutput() {
        String named = System.getProperty("sun.stdout.encoding");
        Charset charset = Charset.defaultCharset();
        if (named != null) {
            try {
                charset = Charset.forName(named);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // The default, then.
            }
        }
        return of(charset);
    }

    /** {@code text}, each character the console cannot show written as its escape; the same string when all can. */
    public String readable(String text) {
        if (!console.canEncode()) {
            return text;
        }
        CharsetEncoder encoder = console.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            CharSequence one = text.subSequence(i, i + n);
            if (encoder.canEncode(one)) {
                out.append(one);
            } else {
                for (int k = i; k < i + n; k++) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(k)));
                }
            }
            i += n;
        }
        return out.toString();
    }
}
