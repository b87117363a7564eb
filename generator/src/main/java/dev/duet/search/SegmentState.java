package dev.duet.search;

import dev.duet.io.AtomicWriter;
import dev.duet.io.CacheFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a segment's shards were last made from, kept in the cache folder ({@code segment-states/<lang>-seg-F.txt}):
 * the digest their fingerprints hold and each document's digest, in id order. From it the next build tells which
 * documents changed, and may patch the shards ({@link ShardPatch}) rather than analyse every document again. It
 * proves nothing by itself: the digest must be the one the document digests give, and every shard must still be in
 * the output as the render cache has it made from that digest.
 *
 * @param digest the digest of the segment's documents, as the shards' fingerprints hold it
 * @param documents each document's digest, the segment's first id first
 */
record SegmentState(String digest, DocDigests documents) {

    static final String HEADER = "duet-search-segment 1";
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{1,64}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    /** The file of a language's segment in the cache folder; none for a language code unfit for a file name. */
    static Optional<Path> file(Path cacheDir, String language, Segment segment) {
        return LANGUAGE.matcher(language).matches()
                ? Optional.of(cacheDir.resolve("segment-states").resolve(language + "-" + segment.dir() + ".txt"))
                : Optional.empty();
    }

    /**
     * The state kept in {@code file}; none when there is none or it is not in this form: the header, the digest and
     * one document digest of {@value DocDigests#HEX_LENGTH} hex digits a line, each line ended by a line feed.
     */
    static Optional<SegmentState> read(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        int header = lineEnd(bytes, 0);
        if (header < 0 || !HEADER.equals(new String(bytes, 0, header, StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        int digestEnd = lineEnd(bytes, header + 1);
        if (digestEnd < 0 || digestEnd - header - 1 > 64) {
            return Optional.empty();
        }
        String digest = new String(bytes, header + 1, digestEnd - header - 1, StandardCharsets.ISO_8859_1);
        if (!DIGEST.matcher(digest).matches()) {
            return Optional.empty();
        }
        int from = digestEnd + 1;
        return DocDigests.parse(bytes, from, (bytes.length - from) / (DocDigests.HEX_LENGTH + 1))
                .map(documents -> new SegmentState(digest, documents));
    }

    /** The index of the line feed that ends the line starting at {@code from}, or -1. */
    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length && i < from + 80; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Keeps this state in {@code file} (of {@link #file}), replacing the last, streamed: a million documents' lines
     * are 33 MB. A file where the folder of states should be is removed.
     */
    void write(Path file) throws IOException {
        CacheFolder.make(file.getParent().getParent(), file.getParent());
        new AtomicWriter().write(file, out -> {
            out.write((HEADER + "\n" + digest + "\n").getBytes(StandardCharsets.US_ASCII));
            byte[] line = new byte[DocDigests.HEX_LENGTH + 1];
            line[DocDigests.HEX_LENGTH] = '\n';
            for (int k = 0; k < documents.size(); k++) {
                documents.hex(k, line);
                out.write(line);
            }
        });
    }
}
