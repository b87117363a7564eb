package dev.duet.content;

import dev.duet.io.FileClock;
import dev.duet.io.Hash128;
import dev.duet.io.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Markdown body of an article file. A body is kept in memory, or — for a site too large to hold every body at
 * once — only its digest and length are kept and the text is read from its file again whenever a page needs it.
 * Two bodies are equal when their texts are: their digests are compared, so an article read again in a later
 * build equals the one of the last, whichever way each is kept.
 */
public final class Body {

    /*
     * One object a body, its parts in fields rather than records of their own: a shard's build holds the body of
     * every article of the site, two million at a million stories.
     */
    /** The text, when it is kept in memory; else null, and it is read from its file again. */
    private final String text;
    /**
     * The file the body was read from, when it was read from one: the folder its path is relative to, that path
     * (shared with the article), and the file's stamp then ({@link Stamp}). Null for a body not read from a file.
     */
    private final Path root;
    private final String file;
    private final long size;
    private final long modifiedNanos;
    private final boolean settled;
    private final boolean plain;
    private final int length;
    /** The length of the text in UTF-8, once digested. */
    private int utf8Length;
    /** The digest's 128 bits, once known. */
    private volatile boolean digested;
    private long high;
    private long low;
    /** The addresses of the body's pictures ({@link BodyImages#sources}), once known. */
    private volatile List<String> imageSources;

    /**
     * A file's size and modification time, taken before it was read, and whether its body is its last
     * {@code bodyBytes} bytes as they are (no byte order mark, no carriage return to normalise). A file whose stamp
     * has not changed since is read again without its body being digested, when the stamp can be trusted: taken
     * more than {@link FileClock#RACY_WINDOW} after the file was last changed, since a change in the same tick of
     * the file system's clock keeps the time it had, and a time that is not a whole second, which a time put on the
     * file is ({@link FileClock#isTrusted}).
     */
    record Stamp(long size, long modifiedNanos, boolean settled, boolean plain) {

        /** The stamp of {@code attributes}, taken at {@code now}, of a file whose bytes are {@code bytes}. */
        static Stamp of(BasicFileAttributes attributes, long nowNanos, byte[] bytes) {
            return of(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), nowNanos, bytes);
        }

        /** The stamp of a file of {@code size} bytes last modified at {@code modified}, taken at {@code nowNanos}. */
        static Stamp of(long size, long modified, long nowNanos, byte[] bytes) {
            return new Stamp(size, modified, FileClock.isTrusted(modified, nowNanos), isPlain(bytes));
        }

        private static boolean isPlain(byte[] bytes) {
            if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
                return false;
            }
            for (byte b : bytes) {
                if (b == '\r') {
                    return false;
                }
            }
            return true;
        }

        boolean matches(BasicFileAttributes now) {
            return matches(now.size(), now.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }

        /** Whether a file of {@code size} bytes last modified at {@code modified} (nanoseconds) has this stamp. */
        boolean matches(long size, long modified) {
            return this.size == size && this.modifiedNanos == modified;
        }
    }

    private Body(String text, Path root, String file, Stamp stamp, int length) {
        this.text = text;
        this.root = root;
        this.file = file;
        this.size = stamp == null ? 0 : stamp.size();
        this.modifiedNanos = stamp == null ? 0 : stamp.modifiedNanos();
        this.settled = stamp != null && stamp.settled();
        this.plain = stamp != null && stamp.plain();
        this.length = length;
    }

    /** A body kept in memory. */
    public static Body of(String text) {
        return new Body(text, null, null, null, text.length());
    }

    /** A body kept in memory, read from the file at {@code root.resolve(file)} with that file's {@code stamp}. */
    static Body read(Path root, String file, String text, Stamp stamp) {
        return new Body(text, root, file, stamp, text.length());
    }

    /**
     * A body read from the file at {@code root.resolve(file)} that is not kept: {@link #text()} reads the file
     * again. Only the length and the digest stay in memory, and the path is the string the article already holds.
     */
    static Body onDisk(Path root, String file, String text, Stamp stamp) {
        Body body = new Body(null, root, file, stamp, text.length());
        body.digest(text);
        body.imageSources = List.copyOf(BodyImages.sources(text));
        return body;
    }

    /**
     * The Markdown text. For a body not kept in memory, the file is read again; a file that no longer holds the
     * same body (changed during the build, or since the reading a build keeps of a file it cannot read) is an I/O
     * error, not another text.
     */
    public String text() {
        return text != null ? text : readAgain(root.resolve(file), stamp());
    }

    /**
     * The Markdown text, when it can be had: empty for a body on disk whose file no longer holds it, as when an
     * article kept from its last reading while its file cannot be read had its text edited too. For a reader that
     * can do without it; the build reports the file.
     */
    public Optional<String> findText() {
        try {
            return Optional.of(text());
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The stamp of the file the body was read from. */
    private Stamp stamp() {
        return new Stamp(size, modifiedNanos, settled, plain);
    }

    private String readAgain(Path path, Stamp stamp) {
        try {
            boolean asRead = stamp.settled() && stamp.plain()
                    && stamp.matches(Files.readAttributes(path, BasicFileAttributes.class));
            byte[] bytes = Files.readAllBytes(path);
            if (asRead && bytes.length == stamp.size() && utf8Length <= bytes.length) {
                // The file as it was read: its body is its last bytes, with nothing to digest again.
                String text = new String(bytes, bytes.length - utf8Length, utf8Length, StandardCharsets.UTF_8);
                if (text.length() == length) {
                    return text;
                }
            }
            Optional<String> again = ArticleFileText.bodyOf(bytes);
            if (again.isEmpty() || again.get().length() != length || !Body.of(again.get()).sameDigest(this)) {
                throw new IOException(path + " no longer holds the text read from it: " + (isUtf8(bytes)
                        ? "it changed while the site was built (build again), or since its last version read, which"
                        + " is kept until the file is fixed"
                        : "it is no longer UTF-8 (saved in another encoding?): save it as UTF-8, and its pages are"
                        + " made again"));
            }
            return again.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A body on disk as an earlier build read it ({@link ReadCache}): its file, the stamp the file had then, and the
     * lengths and digest of its text, so that it is not read again until a page needs it.
     */
    static Body restored(Path root, String file, Stamp stamp, int length, int utf8Length, long high, long low,
            List<String> imageSources) {
        Body body = new Body(null, root, file, stamp, length);
        body.imageSources = List.copyOf(imageSources);
        body.utf8Length = utf8Length;
        body.high = high;
        body.low = low;
        body.digested = true;
        return body;
    }

    /**
     * What a store needs to make this body again ({@link #fromDisk}): a body on disk, read from
     * {@code root.resolve(file)}. Empty for a body kept in memory or read from elsewhere, which a store does not take.
     */
    public Optional<OnDisk> onDiskBelow(Path root, String file) {
        if (text != null || stampBelow(root, file).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OnDisk(size, modifiedNanos, settled, plain, length, utf8Length, high, low,
                imageSources()));
    }

    /** The body on disk at {@code root.resolve(file)} that {@link #onDiskBelow} described. */
    public static Body fromDisk(Path root, String file, OnDisk body) {
        return restored(root, file, new Stamp(body.size(), body.modifiedNanos(), body.settled(), body.plain()),
                body.length(), body.utf8Length(), body.high(), body.low(), body.imageSources());
    }

    /**
     * A body on disk as a store keeps it: its file's stamp when it was read, the lengths and digest of its text, and
     * the addresses of its pictures.
     */
    public record OnDisk(long size, long modifiedNanos, boolean settled, boolean plain, int length, int utf8Length,
            long high, long low, List<String> imageSources) {
    }

    /**
     * The stamp its file had when this body was read from {@code root.resolve(file)}, kept or not; empty for a
     * body read from elsewhere or not from a file.
     */
    Optional<Stamp> stampBelow(Path root, String file) {
        return this.root != null && this.root.equals(root) && this.file.equals(file)
                ? Optional.of(stamp()) : Optional.empty();
    }

    /**
     * The size and modification time of the file this body was read from, when it had settled by then (see {@link
     * Stamp}): a later run that finds the file with the same stamp finds the same file, front matter and body, as
     * the read cache trusts. Empty for a body not read from a file or read from one changed just before.
     */
    public Optional<String> settledStamp() {
        return root != null && settled ? Optional.of(size + ":" + modifiedNanos) : Optional.empty();
    }

    /** The length of the text in UTF-8; a body kept in memory is digested first. */
    int utf8Length() {
        known();
        return utf8Length;
    }

    /** The digest's first 64 bits; a body kept in memory is digested first. */
    long high() {
        known();
        return high;
    }

    /** The digest's last 64 bits; a body kept in memory is digested first. */
    long low() {
        known();
        return low;
    }

    /**
     * The addresses of the body's pictures, each once, in order ({@link BodyImages#sources}); for a body on disk,
     * without reading it again.
     */
    public List<String> imageSources() {
        List<String> known = imageSources;
        if (known == null) {
            known = List.copyOf(BodyImages.sources(text()));
            imageSources = known;
        }
        return known;
    }

    /** The length of the text in UTF-16 units, without reading it. */
    public int length() {
        return length;
    }

    /**
     * The text's 128 bits of {@link Hash128}, as hex. Made each time it is asked for, in a few tens of nanoseconds:
     * kept, it would take 72 bytes a body, 14 MB of a build of 100,000 stories. A body is digested when it is read,
     * and again when a file whose time is too recent to be trusted is read again for a page: a cold build just after
     * an import does so for every body, and SHA-256 (which the client compiler runs without its intrinsic) took five
     * times as long.
     */
    public String digest() {
        known();
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    private void known() {
        // A body on disk is digested when it is made.
        if (!digested && text != null) {
            digest(text);
        }
    }

    private synchronized void digest(String of) {
        long[] bits = new Hash128().mark('B').text(of).bits();
        utf8Length = utf8Length(of);
        high = bits[0];
        low = bits[1];
        digested = true;
    }

    /**
     * 128 bits of SHA-256 of the text's UTF-8 bytes, as hex: the digest that builds before {@link Hash128}'s gave a
     * body, which histories they kept still hold. Reads a body on disk again.
     */
    public String sha256() {
        return Sha256.hex128(text().getBytes(StandardCharsets.UTF_8));
    }

    /** The length of {@code text} in UTF-8, as {@link String#getBytes} encodes it (a lone surrogate as '?'). */
    static int utf8Length(String text) {
        int n = text.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (!Character.isSurrogate(c)) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                // A pair: two units, four bytes.
                bytes += 2;
                i++;
            }
        }
        return bytes;
    }

    private boolean sameDigest(Body other) {
        known();
        other.known();
        return high == other.high && low == other.low;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Body body && length == body.length
                && (text != null && body.text != null ? text.equals(body.text) : sameDigest(body));
    }

    @Override
    public int hashCode() {
        known();
        return Long.hashCode(high);
    }

    /** The length and digest: enough to tell bodies apart in a digest of the article that holds one. */
    @Override
    public String toString() {
        return "Body[" + length + " chars, " + digest() + "]";
    }
}
