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

    private FrontMatterFormat() {
    }

    /** The closing line of the front matter, with the line break before it. */
    private static final byte[] CLOSE = "\n---\n".getBytes(StandardCharsets.US_ASCII);

    /** The file text without the digest line. */
    static String format(FrontMatter fm, String body) {
        StringBuilder out = frontMatter(fm, body.length());
        if (!body.isEmpty()) {
            out.append('\n').append(body);
            if (!body.endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * {@link #format(FrontMatter, String)} with a body of these Markdown paragraphs, each on its own line and a blank
     * line between them, written straight after the front matter.
     */
    static String format(FrontMatter fm, List<String> paragraphs) {
        int length = 0;
        for (String paragraph : paragraphs) {
            length += paragraph.length() + 2;
        }
        StringBuilder out = frontMatter(fm, length);
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append('\n').append(paragraphs.get(i)).append('\n');
        }
        return out.toString();
    }

    private static StringBuilder frontMatter(FrontMatter fm, int bodyLength) {
        StringBuilder out = new StringBuilder(256 + bodyLength);
        out.append("---\n");
        scalar(out, "title", Optional.of(fm.title()));
        scalar(out, "lang", Optional.of(fm.lang()));
        scalar(out, "script", fm.script());
        scalar(out, "date", fm.date().map(Object::toString));
        scalar(out, "slug", fm.slug());
        list(out, "tags", fm.tags());
        scalar(out, "headline", fm.headline());
        scalar(out, "dateline", fm.dateline());
        scalar(out, "agency", fm.agency());
        list(out, "reporters", fm.reporters());
        if (fm.sourceUrl().isPresent() || fm.sourceName().isPresent()) {
            out.append("source:\n");
            scalar(out, "  url", fm.sourceUrl());
            scalar(out, "  name", fm.sourceName());
        }
        if (fm.views().isPresent()) {
            out.append("views: ").append(fm.views().get().intValue()).append('\n');
        }
        scalar(out, "sourceFile", fm.sourceFile());
        scalar(out, "translationKey", fm.translationKey());
        if (fm.draft()) {
            out.append("draft: true\n");
        }
        out.append("---\n");
        return out;
    }

    /** Inserts the digest line just before the closing {@code ---} of the front matter. */
    static String withDigest(String text, String digest) {
        int close = text.indexOf("\n---\n", 3);
        return text.substring(0, close + 1) + DIGEST_KEY + ": " + YamlText.quote(digest) + "\n"
                + text.substring(close + 1);
    }

    /**
     * {@link #withDigest(String, String)} on the UTF-8 bytes of a text, without decoding them: the closing
     * {@code ---} line is ASCII, and no byte of a multi-byte UTF-8 sequence is, so the first match in the bytes is the
     * first match in the text.
     */
    static byte[] withDigest(byte[] text, String digest) {
        int close = indexOf(text, CLOSE, 3);
        byte[] line = (DIGEST_KEY + ": " + YamlText.quote(digest) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + line.length];
        System.arraycopy(text, 0, out, 0, close + 1);
        System.arraycopy(line, 0, out, close + 1, line.length);
        System.arraycopy(text, close + 1, out, close + 1 + line.length, text.length - close - 1);
        return out;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
        if (value.isPresent()) {
            out.append(key).append(": ").append(YamlText.quote(value.get())).append('\n');
        }
    }

    private static void list(StringBuilder out, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(key).append(":\n");
        for (String value : values) {
            out.append("  - ").append(YamlText.quote(value)).append('\n');
        }
    }
}
