package dev.duet.search;

import dev.duet.io.AtomicWriter;
import dev.duet.io.StrictText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
record SegmentState(String digest, List<String> documents) {

    static final String HEADER = "duet-search-segment 1";
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{1,64}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    SegmentState {
        documents = List.copyOf(documents);
    }

    /** The file of a language's segment in the cache folder; none for a language code unfit for a file name. */
    static Optional<Path> file(Path cacheDir, String language, Segment segment) {
        return LANGUAGE.matcher(language).matches()
                ? Optional.of(cacheDir.resolve("segment-states").resolve(language + "-" + segment.dir() + ".txt"))
                : Optional.empty();
    }

    /** The state kept in {@code file}; none when there is none or it is not in this form. */
    static Optional<SegmentState> read(Path file) {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            text = StrictText.utf8(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !lines[0].equals(HEADER) || !lines[lines.length - 1].isEmpty()) {
            return Optional.empty();
        }
        List<String> documents = new ArrayList<>(lines.length - 3);
        for (int i = 1; i < lines.length - 1; i++) {
            if (!DIGEST.matcher(lines[i]).matches()) {
                return Optional.empty();
            }
            if (i > 1) {
                documents.add(lines[i]);
            }
        }
        return Optional.of(new SegmentState(lines[1], documents));
    }

    /** Keeps this state in {@code file}, replacing the last. */
    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER.length() + (documents.size() + 1) * 34);
        text.append(HEADER).append('\n').append(digest).append('\n');
        documents.forEach(d -> text.append(d).append('\n'));
        AtomicWriter.writeOnce(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
