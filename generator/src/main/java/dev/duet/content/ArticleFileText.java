package dev.duet.content;

import dev.duet.diagnostic.Problems;
import dev.duet.io.StrictText;
import dev.duet.source.Utf8Scan;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;

/**
 * An article file's bytes decoded (strict UTF-8, no byte order mark, every line break a {@code \n}) and split into
 * the YAML between its {@code ---} lines and the body after them.
 *
 * @param yaml the front matter's YAML, each line ending with {@code \n}
 * @param body the Markdown body
 * @param bodyLine the 1-based line of the file where the body starts
 */
record ArticleFileText(String yaml, String body, int bodyLine) {

    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    /** Splits one file's bytes; reports problems and returns empty when they are not an article's text. */
    static Optional<ArticleFileText> split(String path, byte[] bytes, Problems problems) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.error("content.too-large", path, 0, "file is larger than " + (MAX_FILE_BYTES >> 20)
                    + " MB; split it or remove it from articles/");
            return Optional.empty();
        }
        String text;
        try {
            text = StrictText.utf8(bytes);
        } catch (CharacterCodingException e) {
            problems.error("content.encoding", path, Utf8Scan.lineOfFirstMalformed(bytes),
                    "not valid UTF-8 (the line holds the first byte that is not); save the file as UTF-8");
            return Optional.empty();
        }
        text = normalized(text);
        int start = yamlStart(text);
        if (start < 0) {
            problems.error("content.no-front-matter", path, 1, text.startsWith("+++\n")
                    ? "front matter in TOML ('+++'), as Hugo writes it, is not read: write it as YAML between two"
                    + " lines '---' (title = \"…\" becomes title: \"…\")"
                    : isJBakeHeader(text) ? "a JBake header (key=value lines, then '~~~~~~') is not read: write it"
                    + " as YAML between two lines '---' (title=… becomes title: \"…\", status=draft draft: true)"
                    : "no front matter: the file must start with a line '---', then YAML, then '---'");
            return Optional.empty();
        }
        int close = frontMatterClose(text, start);
        if (close < 0) {
            problems.error("content.unclosed-front-matter", path, 1,
                    "front matter is not closed: add a line '---' after the YAML");
            return Optional.empty();
        }
        String yaml = text.substring(start, close + 1);
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        return Optional.of(new ArticleFileText(yaml, text.substring(bodyStart(text, close)), bodyLine));
    }

    /**
     * The body of an article file's bytes, as {@link #split} finds it, or empty when the file is not one (not UTF-8,
     * no front matter). For a {@link Body} read again.
     */
    static Optional<String> bodyOf(byte[] bytes) {
        String text;
        try {
            text = normalized(StrictText.utf8(bytes));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        int start = yamlStart(text);
        int close = start < 0 ? -1 : frontMatterClose(text, start);
        return close < 0 ? Optional.empty() : Optional.of(text.substring(bodyStart(text, close)));
    }

    /** The text without a byte order mark, with every line break a {@code \n}. */
    private static String normalized(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Where the YAML starts in a text that opens with a line of three dashes, with the spaces or tabs an editor may
     * leave unseen after them; -1 when the text does not open so.
     */
    private static int yamlStart(String text) {
        if (!text.startsWith("---")) {
            return -1;
        }
        int end = afterBlanks(text, 3);
        return end < text.length() && text.charAt(end) == '\n' ? end + 1 : -1;
    }

    private static int afterBlanks(String text, int from) {
        int end = from;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return end;
    }

    /**
     * In a text whose YAML starts at {@code yamlStart}, the line break before the closing {@code ---} line (spaces
     * or tabs after its dashes allowed), or -1 when the front matter is not closed.
     */
    private static int frontMatterClose(String text, int yamlStart) {
        for (int at = text.indexOf("\n---", yamlStart - 1); at >= 0; at = text.indexOf("\n---", at + 1)) {
            int end = afterBlanks(text, at + 4);
            if (end == text.length() || text.charAt(end) == '\n') {
                return at;
            }
        }
        return -1;
    }

    /** Where the body starts: after the closing line that begins at {@code close + 1}, or at the end. */
    private static int bodyStart(String text, int close) {
        return Math.min(afterBlanks(text, close + 4) + 1, text.length());
    }

    /** Whether the text opens with JBake's header: {@code key=value} lines, then a line of tildes. */
    private static boolean isJBakeHeader(String text) {
        int tildes = text.indexOf("\n~~~~~~");
        return tildes > 0 && tildes < 4_000 && text.substring(0, text.indexOf('\n') + 1).contains("=");
    }
}
