package dev.duet.search;

import dev.duet.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The digests the index's files are made from, which their fingerprints hold: each covers the index's version, and
 * those of articles the site's base path and every field of each article, its Markdown and translation included.
 */
final class IndexDigests {

    /** The version of the index's format and analysis. */
    static final String VERSION = "duet-search-" + LanguageIndex.VERSION
            + "-porter1-bigram-hans-typeset-uncommented-tables-hant-figures-capitals-joined";

    private final String basePath;

    IndexDigests(String basePath) {
        this.basePath = basePath;
    }

    /** The digest of files made from articles: what the files are ({@code what}) and each article's digest. */
    String of(String what, List<String> articleDigests) {
        MessageDigest sha = start(what);
        articleDigests.forEach(d -> update(sha, d));
        return Sha256.hex128(sha);
    }

    /** The same, of the articles' digests as a segment keeps them. */
    String of(String what, DocDigests articleDigests) {
        MessageDigest sha = start(what);
        byte[] prefix = (DocDigests.HEX_LENGTH + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] hex = new byte[DocDigests.HEX_LENGTH];
        for (int k = 0; k < articleDigests.size(); k++) {
            articleDigests.hex(k, hex);
            sha.update(prefix);
            sha.update(hex);
        }
        return Sha256.hex128(sha);
    }

    /** A digest of a text, with the index's version. */
    static String ofText(String text) {
        MessageDigest sha = Sha256.newDigest();
        update(sha, VERSION);
        update(sha, text);
        return Sha256.hex128(sha);
    }

    private MessageDigest start(String what) {
        MessageDigest sha = Sha256.newDigest();
        update(sha, VERSION);
        update(sha, basePath);
        update(sha, what);
        return sha;
    }

    private static void update(MessageDigest sha, String piece) {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
