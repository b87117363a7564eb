package dev.duet.content;

import dev.duet.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What import wrote for each field of an article file and for its body, as a short digest of each: written after
 * the file's digest on its {@code importDigest} line ({@code "sha256:<64 hex> title:1a2b3c4d … body:5e6f7a8b"}), so
 * that a later import can tell, field by field, what an editor changed and what the source changed.
 *
 * @param digests each field's digest by its key, and the body's under {@code body}; a field import did not write
 *     has the digest of an empty block
 */
record FieldDigests(Map<String, String> digests) {

    static final String BODY = "body";
    /** The digest of a field import did not write: an empty block's. */
    private static final String EMPTY_BLOCK = digest(Sha256.newDigest(), "");
    private static final Pattern ENTRY = Pattern.compile(" ([a-zA-Z]+):([0-9a-f]{8})");

    FieldDigests {
        digests = Collections.unmodifiableMap(new LinkedHashMap<>(digests));
    }

    /** The digests of an article's fields as {@link ImportedField#block} writes them, and of its body text. */
    static FieldDigests of(FrontMatter fm, String body) {
        Map<String, String> digests = new LinkedHashMap<>();
        MessageDigest sha256 = Sha256.newDigest();
        for (ImportedField field : ImportedField.values()) {
            digests.put(field.key, digest(sha256, field.block(fm)));
        }
        digests.put(BODY, digest(sha256, body));
        return new FieldDigests(digests);
    }

    /** The field digests written after a file's digest, or empty when its digest line has none (an older import). */
    static Optional<FieldDigests> parse(String digestValue) {
        Map<String, String> digests = new LinkedHashMap<>();
        Matcher matcher = ENTRY.matcher(digestValue);
        int at = digestValue.indexOf(' ');
        while (at >= 0 && matcher.find(at) && matcher.start() == at) {
            digests.put(matcher.group(1), matcher.group(2));
            at = matcher.end() == digestValue.length() ? -1 : matcher.end();
        }
        return digests.isEmpty() ? Optional.empty() : Optional.of(new FieldDigests(digests));
    }

    /**
     * What a build keeps of a digest line: the digests of the title and the body, as {@link #format} writes them
     * ({@code " title:1a2b3c4d body:5e6f7a8b"}), which tell the translation desk what an editor changed since import
     * without the rest of the line (a few hundred bytes an article); empty when the line has no field digests.
     */
    static Optional<String> forBuild(String digestValue) {
        return parse(digestValue).map(all -> {
            Map<String, String> kept = new LinkedHashMap<>();
            for (String key : List.of(ImportedField.TITLE.key, BODY)) {
                all.of(key).ifPresent(digest -> kept.put(key, digest));
            }
            return new FieldDigests(kept).format();
        }).filter(kept -> !kept.isEmpty());
    }

    /** The digest of a field's block or of a body as this class computes it. */
    static String digestOf(String text) {
        return digest(Sha256.newDigest(), text);
    }

    private static String digest(MessageDigest sha256, String text) {
        byte[] hash = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 4);
    }

    /** The digest import wrote for a field, or empty when it wrote none for it. */
    Optional<String> of(String key) {
        return Optional.ofNullable(digests.get(key));
    }

    /** Whether import wrote {@code field}, with a value, into the file of {@code fm}, by its digest line. */
    static boolean wrote(FrontMatter fm, ImportedField field) {
        return fm.importDigest().flatMap(FieldDigests::parse).filter(d -> d.wrote(field.key)).isPresent();
    }

    /** Whether import wrote the field, with a value: its digest is not an empty block's. */
    boolean wrote(String key) {
        return of(key).filter(digest -> !digest.equals(EMPTY_BLOCK)).isPresent();
    }

    /** The text written after the file's digest: a space, then {@code key:digest} for each field, space-separated. */
    String format() {
        StringBuilder out = new StringBuilder(digests.size() * 16);
        digests.forEach((key, digest) -> out.append(' ').append(key).append(':').append(digest));
        return out.toString();
    }
}
