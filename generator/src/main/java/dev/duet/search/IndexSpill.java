package dev.duet.search;

import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A language's postings analysed once and written to one file per group of shards, for a language whose postings
 * would not fit in memory at once: each group's index is then read from its own file ({@link #group}). Holds the
 * doc table and the files; {@link #close()} deletes the files left.
 */
final class IndexSpill implements AutoCloseable {
    private final int firstId;
    private final int shards;
    private final int groups;
    private final Path dir;
    private final List<Doc> docs;

    private IndexSpill(int firstId, int shards, int groups, Path dir, List<Doc> docs) {
        this.firstId = firstId;
        this.shards = shards;
        this.groups = groups;
        this.dir = dir;
        this.docs = docs;
    }

    /**
     * Analyses the articles once, writing each group's terms to its file in {@code dir}; the first article has id
     * {@code firstId}.
     */
    static IndexSpill write(LanguageSite language, int firstId, int shards, int groups, Path dir,
            Function<ArticlePage, Analyzed> analysis) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        List<OutputStream> outs = new ArrayList<>(groups);
        try {
            for (int g = 0; g < groups; g++) {
                outs.add(new BufferedOutputStream(Files.newOutputStream(file(dir, g)), 1 << 16));
            }
            List<Doc> docs = Batches.analyseAll(language, firstId, analysis, (first, batch) -> {
                byte[][] encoded = new byte[groups][];
                IntStream.range(0, groups).parallel().forEach(g -> {
                    SpillRecords records = new SpillRecords();
                    for (int k = 0; k < batch.size(); k++) {
                        records.startDoc(first + k);
                        batch.get(k).forEachTerm(first + k, hash -> inGroup(hash, shards, groups, g), records);
                    }
                    encoded[g] = records.bytes();
                });
                for (int g = 0; g < groups; g++) {
                    outs.get(g).write(encoded[g]);
                }
            });
            return new IndexSpill(firstId, shards, groups, dir, docs);
        } finally {
            for (OutputStream out : outs) {
                out.close();
            }
        }
    }

    int groups() {
        return groups;
    }

    /** The index with the postings of one group of shards, read from its file, which is then deleted. */
    LanguageIndex group(int group) throws IOException {
        Partition partition = new Partition();
        Path file = file(dir, group);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            SpillRecords.read(in, partition);
        }
        Files.deleteIfExists(file);
        return new LanguageIndex(firstId, shards, group == 0 ? docs : List.of(),
                Partition.intoShards(new ArrayList<>(List.of(partition)), shards));
    }

    @Override
    public void close() throws IOException {
        deleteTree(dir);
    }

    /** True when a term of this hash goes to a shard of the group (shards is a power of two, as is groups). */
    private static boolean inGroup(int hash, int shards, int groups, int group) {
        return groups == 1
                || LanguageIndex.groupOf((int) (Integer.toUnsignedLong(hash) % shards), shards, groups) == group;
    }

    private static Path file(Path dir, int group) {
        return dir.resolve("group-" + group + ".bin");
    }

    /**
     * Deletes the spills a build left in {@code parent} under names that start with {@code prefix}: one stopped
     * before it read all its groups (killed, or a patched segment that read only some) left its files there.
     */
    static void deleteLeft(Path parent, String prefix) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path left : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                deleteTree(left);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
