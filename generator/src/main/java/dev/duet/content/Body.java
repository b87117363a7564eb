package dev.duet.content;

import dev.duet.io.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Markdown body of an article file. A body is kept in memory, or — for a site too large to hold every body at
 * once — only its digest and length are kept and the text is read from its file again whenever a page needs it.
 * Two bodies are equal when their texts are: their digests are compared, so an article read again in a later
 * build equals the one of the last, whichever way each is kept.
 */
public final class Body {

    private final String text;
    private final Path file;
    private final int length;
    private volatile String digest;

    private Body(String text, Path file, int length, String digest) {
        this.text = text;
        this.file = file;
        this.length = length;
        this.digest = digest;
    }

    /** A body kept in memory. */
    public static Body of(String text) {
        return new Body(text, null, text.length(), null);
    }

    /** A body read from {@code file} that is not kept: {@link #text()} reads the file again. */
    static Body onDisk(Path file, String text) {
        return new Body(null, file, text.length(), digestOf(text));
    }

    /**
     * The Markdown text. For a body not kept in memory, the file is read again; a file that no longer holds the
     * same body (changed during the build) is an I/O error, not another text.
     */
    public String text() {
        if (text != null) {
            return text;
        }
        try {
            String again = ContentReader.bodyOf(Files.readAllBytes(file)).orElse(null);
            if (again == null || again.length() != length || !digestOf(again).equals(digest)) {
                throw new IOException(file + " changed while the site was built; build again");
            }
            return again;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The length of the text in UTF-16 units, without reading it. */
    public int length() {
        return length;
    }

    /** 128 bits of SHA-256 of the text's UTF-8 bytes, as hex. */
    public String digest() {
        String known = digest;
        if (known == null) {
            known = digestOf(text);
            digest = known;
        }
        return known;
    }

    private static String digestOf(String text) {
        return Sha256.hex128(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Body body && length == body.length
                && (text != null && body.text != null ? text.equals(body.text) : digest().equals(body.digest()));
    }

    @Override
    public int hashCode() {
        return digest().hashCode();
    }

    /** The length and digest: enough to tell bodies apart in a digest of the article that holds one. */
    @Override
    public String toString() {
        return "Body[" + length + " chars, sha256:" + digest() + "]";
    }
}
