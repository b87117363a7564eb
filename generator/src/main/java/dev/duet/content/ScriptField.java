package dev.duet.content;

import dev.duet.diagnostic.Problems;
import dev.duet.source.ScriptDetector;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a Chinese article's {@code script}: {@code Hans} or {@code Hant}, in any case. A file without one is read
 * as its text is written: an article typed in Traditional characters is published as {@code zh-Hant}, with a
 * warning that asks for the key, since a reader's browser picks its fonts and voice by the page's language. A value
 * that is neither is a warning at its line, and the text decides. A file in Simplified characters needs no key.
 */
final class ScriptField {

    /** Immutable once made: its table is read by every thread. */
    private static final ScriptDetector DETECTOR = new ScriptDetector();

    private ScriptField() {
    }

    /**
     * The script of the article: empty for an English one, and for a Chinese one in Simplified characters that does
     * not name its script.
     */
    static Optional<String> read(String path, Fields fields, String lang, String title, String body,
            Problems problems) {
        Optional<String> written = fields.string("script").map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> known = written.map(s -> s.toLowerCase(Locale.ROOT)).flatMap(s -> switch (s) {
            case "hans" -> Optional.of("Hans");
            case "hant" -> Optional.of("Hant");
            default -> Optional.empty();
        });
        if (!lang.equals("zh")) {
            return known;
        }
        if (known.isPresent()) {
            return known;
        }
        String read = DETECTOR.chineseScript(List.of(title, body));
        if (written.isPresent()) {
            problems.warning("content.script", path, fields.line("script"), "script must be \"Hans\" (Simplified)"
                    + " or \"Hant\" (Traditional), was '" + written.get() + "'; the text reads as " + name(read)
                    + ", so the page is published as zh-" + read);
        } else if (read.equals("Hant")) {
            problems.warning("content.script", path, fields.line("lang"), "the text is written in Traditional"
                    + " characters and the front matter has no script, so the page is published as zh-Hant: add"
                    + " 'script: \"Hant\"' (or 'script: \"Hans\"' to publish it as Simplified)");
        }
        return read.equals("Hant") ? Optional.of(read) : Optional.empty();
    }

    private static String name(String script) {
        return script.equals("Hant") ? "Traditional" : "Simplified";
    }
}
