package dev.duet.content;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Writes front matter and body as the text of an article file, with a fixed key order so that the same article
 * always gives the same bytes.
 */
final class FrontMatterFormat {

    static final String DIGEST_KEY = "importDigest";

    /** The fields written after {@code lang}, in the order they are written. */
    private static final ImportedField[] AFTER_LANG =
            java.util.Arrays.copyOfRange(ImportedField.values(), 1, ImportedField.values().length);

    private FrontMatterFormat() {
    }

    /** The line that opens and closes the front matter. */
    static final String CLOSE_LINE = "---\n";

    /** The file text without the digest line. */
    static String format(FrontMatter fm, String body) {
        StringBuilder out = fields(fm, 256 + body.length()).append(CLOSE_LINE);
        if (!body.isEmpty()) {
            out.append('\n').append(body);
            if (!body.endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The first part of {@link #format(FrontMatter, String)}: the front matter up to, not including, its closing
     * {@code ---} line, where the digest line goes.
     */
    static String head(FrontMatter fm) {
        return fields(fm, 512).toString();
    }

    /**
     * The rest of {@link #format(FrontMatter, String)} after {@link #head}, with a body of these Markdown
     * paragraphs, each on its own line and a blank line between them: the closing {@code ---} line, then the body.
     */
    static String tail(List<String> paragraphs) {
        int length = CLOSE_LINE.length();
        for (String paragraph : paragraphs) {
            length += paragraph.length() + 2;
        }
        StringBuilder out = new StringBuilder(length).append(CLOSE_LINE);
        for (String paragraph : paragraphs) {
            out.append('\n').append(paragraph).append('\n');
        }
        return out.toString();
    }

    /** The opening line and the fields of the front matter, without its closing line. */
    private static StringBuilder fields(FrontMatter fm, int capacity) {
        StringBuilder out = new StringBuilder(capacity);
        out.append(CLOSE_LINE);
        ImportedField.TITLE.append(out, fm);
        scalar(out, "lang", Optional.of(fm.lang()));
        for (ImportedField field : AFTER_LANG) {
            field.append(out, fm);
        }
        scalar(out, "sourceFile", fm.sourceFile());
        scalar(out, "translationKey", fm.translationKey());
        if (fm.draft()) {
            out.append("draft: true\n");
        }
        return out;
    }

    /** Inserts the digest line just before the closing {@code ---} of the front matter. */
    static String withDigest(String text, String digest) {
        int close = text.indexOf("\n---\n", 3);
        return text.substring(0, close + 1) + DIGEST_KEY + ": " + YamlText.quote(digest) + "\n"
                + text.substring(close + 1);
    }

    /**
     * {@link #withDigest(String, String)} on UTF-8 bytes: the {@link #head} and {@link #tail} of a text, joined
     * around the digest line.
     */
    static byte[] withDigest(byte[] head, String digest, byte[] tail) {
        byte[] line = (DIGEST_KEY + ": " + YamlText.quote(digest) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + line.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(line, 0, out, head.length, line.length);
        System.arraycopy(tail, 0, out, head.length + line.length, tail.length);
        return out;
    }

    /** The text with its digest line removed, as it was when the digest was computed. */
    static String withoutDigest(String text) {
        int start = text.indexOf("\n" + DIGEST_KEY + ": ");
        if (start < 0) {
            return text;
        }
        int end = text.indexOf('\n', start + 1);
        return end < 0 ? text.substring(0, start + 1) : text.substring(0, start + 1) + text.substring(end + 1);
    }

    private static void scalar(StringBuilder out, String key, Optional<String> value) {
        ImportedField.scalar(out, key, value);
    }
}
