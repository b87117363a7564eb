package dev.duet.output;

import dev.duet.config.Shard;
import dev.duet.io.AtomicWriter;
import dev.duet.io.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a shard's build leaves beside its share of the site ({@code K-of-N/shard.txt}, not a file of the site): which
 * shard it is, and a digest of what it was built from, so that {@code duet:merge} puts together only shards of one
 * site. The digest covers the build's own digest (configuration without the output folder and the shard, theme,
 * Duet's version), the bytes of every input file it read (articles and their pictures, glossary, sections, static
 * files, theme overrides) and the build time. A shard's build removes its stamp first and writes it last, so a
 * shard without one did not finish.
 *
 * @param shard which share of the site
 * @param inputs the digest of what it was built from; empty when its inputs could not all be listed
 * @param output the shard's output folder as its build's inputs name it ({@link #outputKey}), so that a merge can
 *     name the same files of the merged output instead
 */
public record ShardStamp(Shard shard, String inputs, String output) {

    /** The stamp's file in a shard's folder. */
    public static final String FILE = "shard.txt";
    private static final String HEADER = "duet-shard 1";

    /**
     * The digest of a build's inputs: its {@code buildDigest}, its {@code buildTime}, and each input file by its
     * path below the site (or, outside the site, by its bytes alone) and its bytes; the files below
     * {@code outputDir}, whose presence a build notes, are left out, as a shard's output is its own.
     */
    public static String digest(String buildDigest, Instant buildTime, BuildInputs inputs, Path siteDir,
            Path outputDir) {
        String outputKey = outputKey(siteDir, outputDir);
        MessageDigest digest = Sha256.newDigest();
        update(digest, "duet-shard-inputs");
        update(digest, buildDigest);
        update(digest, buildTime.toString());
        for (Map.Entry<String, FileStamp> file : inputs.files().entrySet()) {
            String path = file.getKey();
            if (path.startsWith(outputKey)) {
                continue;
            }
            boolean outside = Path.of(path).isAbsolute();
            String bytes = file.getValue().isAbsent() ? "absent"
                    : Optional.ofNullable(inputs.digests().get(path)).orElse("unread " + file.getValue());
            update(digest, outside ? "outside" : path);
            update(digest, bytes);
        }
        return Sha256.hex128(digest);
    }

    /**
     * How a build's inputs name the files below its output folder: by their path from the site, or absolute when
     * the folder is outside the site; with a trailing slash.
     */
    public static String outputKey(Path siteDir, Path outputDir) {
        Path dir = outputDir.toAbsolutePath().normalize();
        Path site = siteDir.toAbsolutePath().normalize();
        String key = dir.startsWith(site) ? site.relativize(dir).toString() : dir.toString();
        return key.replace('\\', '/') + "/";
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    /** Writes the stamp into the shard's folder. */
    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        AtomicWriter.writeTextIfChanged(folder.resolve(FILE), out -> out.write(String.join("\n", HEADER,
                "shard " + shard, "inputs " + inputs, "output " + output) + "\n"));
    }

    /** Removes the stamp, as a shard's build starts. */
    public static void delete(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
    }

    /** The stamp in a folder; empty when it has none or it cannot be read. */
    public static Optional<ShardStamp> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("shard ")
                    || !lines.get(2).startsWith("inputs ") || !lines.get(3).startsWith("output ")) {
                return Optional.empty();
            }
            String[] share = lines.get(1).substring("shard ".length()).split("/");
            return Optional.of(new ShardStamp(new Shard(Integer.parseInt(share[0]), Integer.parseInt(share[1])),
                    lines.get(2).substring("inputs ".length()), lines.get(3).substring("output ".length())));
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
