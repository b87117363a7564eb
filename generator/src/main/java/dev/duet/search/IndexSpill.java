package dev.duet.search;

import dev.duet.io.CacheFolder;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A language's postings analysed once and written to one file per group of shards, for a language whose postings
 * would not fit in memory at once: each group's index is then read from its own file ({@link #group}). The doc
 * table is written to a file of its own ({@link DocFile}), which the first group's index holds until it is released;
 * {@link #close()} deletes the group files left.
 */
final class IndexSpill implements AutoCloseable {
    /** The bytes of the group files' write buffers together, at most. */
    private static final int BUFFERS = 16 << 20;
    /** Parts of a batch routed at the same time. */
    private static final int PARTS = 4;

    private final int firstId;
    private final int shards;
    private final int groups;
    private final Path dir;
    private final DocFile docs;

    private IndexSpill(int firstId, int shards, int groups, Path dir, DocFile docs) {
        this.firstId = firstId;
        this.shards = shards;
        this.groups = groups;
        this.dir = dir;
        this.docs = docs;
    }

    /**
     * {@link #write} into two new folders of {@code cache} whose names start with {@code prefix}. A doc table that
     * fails to be written ({@link java.io.UncheckedIOException}) fails the spill as any other write.
     */
    static IndexSpill inCache(Path cache, String prefix, LanguageSite language, int firstId, int shards, int groups,
            Function<ArticlePage, Analyzed> analysis) throws IOException {
        CacheFolder.require(cache);
        try {
            return write(language, firstId, shards, groups, Files.createTempDirectory(cache, prefix),
                    Files.createTempDirectory(cache, prefix), analysis);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Analyses the articles once, writing each group's terms to its file in {@code dir} and the doc table to a file
     * in {@code docsDir}, which the first group's index holds until it is released; the first article has id
     * {@code firstId}.
     */
    static IndexSpill write(LanguageSite language, int firstId, int shards, int groups, Path dir, Path docsDir,
            Function<ArticlePage, Analyzed> analysis) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        List<OutputStream> outs = new ArrayList<>(groups);
        // The buffers of many groups together take at most BUFFERS bytes.
        int buffer = Math.max(1 << 12, Math.min(1 << 16, BUFFERS / groups));
        try (DocFile.Writer docs = new DocFile.Writer(docsDir)) {
            for (int g = 0; g < groups; g++) {
                outs.add(new BufferedOutputStream(Files.newOutputStream(file(dir, g)), buffer));
            }
            Batches.analyseAll(language, firstId, analysis, docs::add, (first, batch) -> {
                // Each term goes to its group's records in one pass; the batch is cut in parts, one per core, whose
                // records are written in order.
                int parts = Math.min(PARTS, batch.size());
                SpillRecords[][] records = new SpillRecords[parts][groups];
                IntStream.range(0, parts).parallel().forEach(p -> {
                    SpillRecords[] part = records[p];
                    int[] started = new int[groups];
                    Arrays.fill(started, -1);
                    for (int k = batch.size() * p / parts; k < batch.size() * (p + 1) / parts; k++) {
                        int id = first + k;
                        batch.get(k).routeTerms(id, hash -> {
                            int g = groupOfHash(hash, shards, groups);
                            if (part[g] == null) {
                                part[g] = new SpillRecords(256);
                            }
                            if (started[g] != id) {
                                part[g].startDoc(id);
                                started[g] = id;
                            }
                            return part[g];
                        });
                    }
                });
                for (int g = 0; g < groups; g++) {
                    for (SpillRecords[] part : records) {
                        if (part[g] != null) {
                            part[g].writeTo(outs.get(g));
                        }
                    }
                }
            });
            closeAll(outs);
            return new IndexSpill(firstId, shards, groups, dir, docs.finish());
        } catch (IOException | RuntimeException e) {
            // A disk that filled up, say: nothing of the spill is left behind.
            try {
                closeAll(outs);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            try {
                deleteTree(dir);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** Closes every stream, all of them even when one fails; the first failure is thrown. */
    private static void closeAll(List<OutputStream> outs) throws IOException {
        IOException failed = null;
        for (OutputStream out : outs) {
            try {
                out.close();
            } catch (IOException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
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
        return new LanguageIndex(firstId, shards, group == 0 ? docs : DocTable.of(List.of()),
                Partition.intoShards(new ArrayList<>(List.of(partition)), shards));
    }

    @Override
    public void close() throws IOException {
        deleteTree(dir);
    }

    /** The group of the shard a term of this hash goes to (shards is a power of two, as is groups). */
    private static int groupOfHash(int hash, int shards, int groups) {
        return groups == 1 ? 0 : LanguageIndex.groupOf((int) (Integer.toUnsignedLong(hash) % shards), shards, groups);
    }

    private static Path file(Path dir, int group) {
        return dir.resolve("group-" + group + ".bin");
    }

    /**
     * Deletes the folders a build left in {@code parent} under names that start with {@code prefix}: a build
     * stopped before it read all its groups (killed, or a patched segment that read only some) left its spill there,
     * and one killed before a doc table's last chunk was written left the table's file.
     */
    static void deleteLeft(Path parent, String prefix) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path left : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                deleteTree(left);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
