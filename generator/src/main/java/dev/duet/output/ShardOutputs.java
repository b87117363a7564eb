package dev.duet.output;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a merge of shards reads of each shard's cache folder, and writes into the site's: the files a shard made
 * (its manifest), the render caches put together, the output's expiry, and the snapshot of the merged output, so
 * that the next build of the site finds it as its own build would have left it.
 */
public final class ShardOutputs {

    private ShardOutputs() {
    }

    /**
     * The site paths a shard made, as its manifest lists them; empty when it has no manifest.
     *
     * @throws java.nio.charset.CharacterCodingException when the manifest is damaged (not UTF-8, or cut short)
     */
    public static Optional<List<String>> files(Path shardCache) throws IOException {
        Path manifest = shardCache.resolve(SiteWriter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        List<String> files = new ArrayList<>();
        if (SiteWriter.readList(manifest, files::add) != SiteWriter.Listing.READ) {
            throw new java.nio.charset.CharacterCodingException();
        }
        return Optional.of(files);
    }

    /**
     * Writes the render cache of the merged output: every shard's fingerprints, each path's from the shard that
     * made it (the shards' paths do not overlap), in path order as a build saves it.
     */
    public static void mergeRenderCaches(List<Path> shardCaches, Path cacheDir) throws IOException {
        // Each cache is saved in path order: merged as they are read, so that no shard's list is held whole.
        List<BufferedReader> readers = new ArrayList<>();
        try {
            for (Path shardCache : shardCaches) {
                Path file = shardCache.resolve(RenderCache.FILE);
                if (Files.isRegularFile(file)) {
                    BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    readers.add(in);
                    if (!RenderCache.HEADER.equals(Head.line(in))) {
                        // an older cache's format, or a damaged one: its pages are rendered again, only slower
                        readers.remove(readers.size() - 1).close();
                    }
                }
            }
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::line));
            for (BufferedReader reader : readers) {
                Head.next(reader).ifPresent(heads::add);
            }
            Files.createDirectories(cacheDir);
            AtomicWriter.writeTextIfChanged(cacheDir.resolve(RenderCache.FILE), out -> {
                out.write(RenderCache.HEADER);
                out.write('\n');
                while (!heads.isEmpty()) {
                    Head head = heads.poll();
                    out.write(head.line());
                    out.write('\n');
                    Head.next(head.reader()).ifPresent(heads::add);
                }
            });
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
    }

    /** The next line of a render cache being merged. */
    private record Head(String line, BufferedReader reader) {

        static Optional<Head> next(BufferedReader reader) throws IOException {
            for (String line = line(reader); line != null; line = line(reader)) {
                if (line.indexOf('\t') > 0) {
                    return Optional.of(new Head(line, reader));
                }
            }
            return Optional.empty();
        }

        /**
         * The next line, or null at the end or where the cache is damaged (not UTF-8): the pages after it have no
         * fingerprint, and are rendered again, which is only slower.
         */
        static String line(BufferedReader reader) throws IOException {
            try {
                return reader.readLine();
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
        }
    }

    /** A shard's snapshot; empty when its build took none (it found errors) or it cannot be read. */
    public static Optional<BuildSnapshot> snapshot(Path shardCache) {
        return BuildSnapshot.load(shardCache);
    }

    /**
     * Takes and saves the snapshot of the merged output, from a shard's: the same digest, inputs, counts and
     * schedule, the files below the shard's output folder that its build looked for named below the site's
     * instead ({@code shardOutput} and {@code siteOutput}, as {@link ShardStamp#outputKey} gives them), the
     * problems of every shard, and the merged output's files as they are now. The expiry of the output is the
     * shard's too: every shard's is the same.
     */
    public static void saveSnapshot(BuildSnapshot shard, Path shardCache, String shardOutput, String siteOutput,
            List<Problem> problems, Path outputDir, List<String> files, Path cacheDir, int threads)
            throws IOException {
        Path expiry = shardCache.resolve(OutputExpiry.FILE);
        if (Files.isRegularFile(expiry)) {
            AtomicWriter.writeTextIfChanged(cacheDir.resolve(OutputExpiry.FILE),
                    out -> out.write(Files.readString(expiry, StandardCharsets.UTF_8)));
        } else {
            Files.deleteIfExists(cacheDir.resolve(OutputExpiry.FILE));
        }
        BuildInputs inputs = shard.inputs();
        BuildInputs moved = new BuildInputs(inputs.listed(), moved(inputs.files(), shardOutput, siteOutput),
                moved(inputs.contents(), shardOutput, siteOutput), moved(inputs.digests(), shardOutput, siteOutput));
        BuildSnapshot.take(shard.digest(), moved, outputDir, files, shard.articles(), problems, threads)
                .scheduled(shard.schedule()).save(cacheDir);
    }

    private static <V> SortedMap<String, V> moved(Map<String, V> byPath, String from, String to) {
        SortedMap<String, V> moved = new TreeMap<>();
        byPath.forEach((path, value) -> moved.put(path.startsWith(from) ? to + path.substring(from.length()) : path,
                value));
        return moved;
    }
}
