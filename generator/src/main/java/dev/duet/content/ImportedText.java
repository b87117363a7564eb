package dev.duet.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of an article file as import writes it: front matter in {@link FrontMatterFormat}'s fixed layout with
 * an {@code importDigest} line, then the body. Tells whether a file is still exactly as import wrote it, and reads
 * back from such a file the little a re-import needs (the source it came from) without parsing its YAML: its
 * digest proves that every value in it was written by {@link YamlText#quote}, so the layout is known.
 */
final class ImportedText {

    private static final Pattern DIGEST_LINE =
            Pattern.compile("\\n" + FrontMatterFormat.DIGEST_KEY
                    + ": \"(sha256:([0-9a-f]{64})(?: [a-zA-Z]+:[0-9a-f]{8})*)\"\\n");
    private static final String SOURCE_FILE = "\nsourceFile: \"";
    private static final String SLUG = "\nslug: \"";
    private static final String LANG = "\nlang: \"";
    /** The source's URL: import writes {@code url} first in the {@code source} block. */
    private static final String SOURCE_URL = "\nsource:\n  url: \"";

    /** YAML front matter longer than this is refused by {@link FrontMatterYaml}; such a file is read in full. */
    private static final int MAX_YAML_CHARS = FrontMatterYaml.MAX_YAML_CODE_POINTS;

    private ImportedText() {
    }

    /** The digest import wrote into a file's text (64 hex digits), or empty when it has none. */
    static String digest(String text) {
        var matcher = DIGEST_LINE.matcher(text);
        return matcher.find() ? matcher.group(2) : "";
    }

    /** Whether two files' texts are the same but for their digest lines. */
    static boolean sameButDigest(byte[] one, byte[] other) {
        return sameButDigest(new String(one, StandardCharsets.UTF_8), new String(other, StandardCharsets.UTF_8));
    }

    /** Whether two texts are the same but for their digest lines. */
    static boolean sameButDigest(String one, String other) {
        return FrontMatterFormat.withoutDigest(one).equals(FrontMatterFormat.withoutDigest(other));
    }

    /**
     * The text with its digest line made again for what the text now holds: the same digests of its fields, the
     * digest of the whole file new, the line where import writes it. The same text when it has no digest line.
     */
    static String withWholeDigest(String text) {
        var matcher = DIGEST_LINE.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        String fields = matcher.group(1).substring("sha256:".length() + matcher.group(2).length());
        String plain = FrontMatterFormat.withoutDigest(text);
        return FrontMatterFormat.withDigest(plain, "sha256:" + Slug.sha256(plain) + fields);
    }

    /**
     * The whole value of the digest line import wrote into a file's text: {@code sha256:} and the file's digest, then
     * the digest of each field ({@link FieldDigests}) when the import was recent enough; empty when it has none.
     */
    static String digestValue(String text) {
        var matcher = DIGEST_LINE.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    /**
     * What a re-import needs of an article file whose bytes are exactly what import wrote, or empty when they may not
     * be: an edited, damaged or unusual file (byte order mark, CR line breaks, escapes in the values read here,
     * characters YAML refuses) is left to {@link ContentReader}, so that both ways agree on every file.
     *
     * @param path the file's path relative to the site, with forward slashes
     */
    static Optional<ArticleOnDisk> readUnedited(String path, byte[] bytes) {
        if (bytes.length > ArticleFileText.MAX_FILE_BYTES) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Import writes neither U+FFFD from a decoding error, nor a BOM, nor CR; a file with any of them is unusual.
        if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\r') >= 0 || !text.startsWith("---\n")) {
            return Optional.empty();
        }
        var matcher = DIGEST_LINE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String digest = matcher.group(2);
        String plain = FrontMatterFormat.withoutDigest(text);
        String sha = matcher.group(1);
        if (!Slug.sha256(plain).equals(digest) || !FrontMatterFormat.withDigest(plain, sha).equals(text)) {
            return Optional.empty();
        }
        int close = text.indexOf("\n---\n", 3);
        if (close < 0) {
            return Optional.empty();
        }
        String yaml = text.substring(4, close + 1);
        // YamlText.quote keeps U+FFFE and U+FFFF as they are, and YAML refuses them.
        if (yaml.length() > MAX_YAML_CHARS || yaml.indexOf('\uFFFE') >= 0 || yaml.indexOf('\uFFFF') >= 0) {
            return Optional.empty();
        }
        Optional<String> lang = value(text, LANG, close);
        Optional<String> title = value(text, "\ntitle: \"", close);
        if (lang.isEmpty() || !(lang.get().equals("zh") || lang.get().equals("en"))
                || title.isEmpty() || title.get().isBlank()) {
            return Optional.empty();
        }
        int sourceLine = text.indexOf(SOURCE_FILE);
        Optional<String> sourceFile = Optional.empty();
        if (sourceLine >= 0 && sourceLine < close) {
            sourceFile = value(text, SOURCE_FILE, close);
            if (sourceFile.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<String> sourceUrl = Optional.empty();
        if (text.indexOf(SOURCE_URL) >= 0 && text.indexOf(SOURCE_URL) < close) {
            sourceUrl = value(text, SOURCE_URL, close);
            if (sourceUrl.isEmpty()) {
                return Optional.empty();
            }
        }
        boolean dated = text.lastIndexOf("\ndate: \"", close) >= 0;
        Optional<String> slug = Optional.empty();
        if (text.indexOf(SLUG) >= 0 && text.indexOf(SLUG) < close) {
            slug = value(text, SLUG, close);
            if (slug.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new ArticleOnDisk(path, ContentFile.pairName(path), sourceFile,
                Optional.of(digest), dated, sourceUrl, MovedStories.evidence(FieldDigests.parse(sha)), slug, false,
                text.lastIndexOf("\nduplicateOf: ", close) >= 0));
    }

    /**
     * The value of a top-level key in the front matter when it is a double-quoted string without escapes (read as
     * it is), else empty.
     */
    private static Optional<String> value(String text, String keyLine, int close) {
        int at = text.indexOf(keyLine);
        if (at < 0 || at >= close) {
            return Optional.empty();
        }
        int start = at + keyLine.length();
        int end = text.indexOf('\n', start);
        if (end < 0 || end - 1 < start || text.charAt(end - 1) != '"') {
            return Optional.empty();
        }
        String value = text.substring(start, end - 1);
        return value.indexOf('\\') >= 0 || value.indexOf('"') >= 0 ? Optional.empty() : Optional.of(value);
    }
}
