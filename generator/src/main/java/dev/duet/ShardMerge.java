package dev.duet;

import dev.duet.config.Shard;
import dev.duet.config.SiteConfig;
import dev.duet.content.ReadCache;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import dev.duet.io.Parallel;
import dev.duet.output.BuildMarker;
import dev.duet.output.BuildSnapshot;
import dev.duet.output.OutputLinkException;
import dev.duet.output.OutputLinks;
import dev.duet.output.OutputPaths;
import dev.duet.output.ShardOutputs;
import dev.duet.output.ShardStamp;
import dev.duet.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Puts the shards' folders ({@code K-of-N}, each with its stamp, {@code site/} and {@code cache/}) together into the
 * site's output folder, as one build of the whole site would have left it: the files, the manifest (stale files
 * removed), the render cache and the snapshot, so that the next build of the site is incremental. It refuses, and
 * changes nothing, when the shards are not the N shares of one build: a shard missing, unfinished or there twice,
 * shards of different N or of other inputs, or two shards with the same file. Copying is safe to stop: the
 * {@link BuildMarker} is set until the merge has written everything, so a merge or build after a stopped one
 * trusts nothing it recorded.
 */
final class ShardMerge {

    /** A shard found in the folder. */
    private record Found(Path folder, ShardStamp stamp) {

        Path site() {
            return folder.resolve(Shard.SITE);
        }

        Path cache() {
            return folder.resolve(Shard.CACHE);
        }
    }

    /** How many files one copying task writes. */
    private static final int COPY_RUN = 256;

    private final SiteConfig config;
    private final BuildListener listener;

    ShardMerge(SiteConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
    }

    MergeResult run(Path shardsDir) throws IOException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        List<Found> shards = find(shardsDir, problems);
        if (problems.isEmpty()) {
            check(shards, problems);
        }
        Listing files = problems.isEmpty() ? files(shards, problems) : new Listing(List.of(), new int[0]);
        if (problems.isEmpty()) {
            refuseLinks(shards, files, problems);
        }
        if (!problems.isEmpty()) {
            problems.forEach(listener::problem);
            MergeResult refused = new MergeResult(shards.size(), 0, 0, List.of(), problems, elapsed(start));
            listener.info(refused.summary());
            return refused;
        }
        MergeResult result = write(shards, files, start);
        listener.info(result.summary());
        return result;
    }

    /** Every folder of {@code shardsDir} with a shard's stamp; a folder of a shard that did not finish is an error. */
    private List<Found> find(Path shardsDir, List<Problem> problems) throws IOException {
        if (!Files.isDirectory(shardsDir)) {
            problems.add(Problem.error("merge.no-shards", name(shardsDir), 0, "no shards folder at " + shardsDir
                    + ": build the shards first (duet:build -Dduet.shard=K/N), or set -Dduet.mergeShards to the"
                    + " folder that holds their K-of-N folders"));
            return List.of();
        }
        List<Found> shards = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> list = Files.list(shardsDir)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            Optional<ShardStamp> stamp = ShardStamp.read(folder);
            if (stamp.isPresent()) {
                shards.add(new Found(folder, stamp.get()));
            } else if (Files.isDirectory(folder.resolve(Shard.SITE)) || Files.isDirectory(folder.resolve(Shard.CACHE))) {
                problems.add(Problem.error("merge.unfinished", name(folder), 0, "the shard in " + folder.getFileName()
                        + " has no " + ShardStamp.FILE + ": its build did not finish; build it again"));
            }
        }
        if (shards.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error("merge.no-shards", name(shardsDir), 0, "no shards in " + shardsDir
                    + ": build them with duet:build -Dduet.shard=K/N (K = 1 … N) first"));
        }
        return shards;
    }

    /** One shard of each K from 1 to N, all of the same N and the same inputs. */
    private void check(List<Found> shards, List<Problem> problems) {
        Found first = shards.get(0);
        int count = first.stamp().shard().count();
        Map<Integer, Found> byIndex = new TreeMap<>();
        for (Found shard : shards) {
            Shard share = shard.stamp().shard();
            if (share.count() != count) {
                problems.add(Problem.error("merge.mixed-count", name(shard.folder()), 0, "shard " + share
                        + " was built as one of " + share.count() + " shards, but shard " + first.stamp().shard()
                        + " (" + first.folder().getFileName() + ") as one of " + count + ": build every shard with"
                        + " the same N"));
                continue;
            }
            Found other = byIndex.putIfAbsent(share.index(), shard);
            if (other != null) {
                problems.add(Problem.error("merge.duplicate-shard", name(shard.folder()), 0, "shard " + share
                        + " is here twice, in " + other.folder().getFileName() + " and " + shard.folder().getFileName()
                        + ": keep one of them"));
            }
            if (shard.stamp().inputs().isEmpty()) {
                problems.add(Problem.error("merge.unknown-inputs", name(shard.folder()), 0, "shard " + share
                        + " could not list the files it was built from, so nothing says it belongs with the others;"
                        + " build it again"));
            } else if (!shard.stamp().inputs().equals(first.stamp().inputs())) {
                problems.add(Problem.error("merge.other-inputs", name(shard.folder()), 0, "shard " + share + " ("
                        + shard.folder().getFileName() + ") was built from other inputs or configuration than shard "
                        + first.stamp().shard() + " (" + first.folder().getFileName() + "): build every shard from"
                        + " the same articles, theme and settings, with the same -Dduet.buildTime"));
            }
        }
        for (int k = 1; k <= count; k++) {
            if (!byIndex.containsKey(k)) {
                problems.add(Problem.error("merge.missing-shard", name(first.folder().getParent()), 0, "shard " + k
                        + "/" + count + " is missing: build it with -Dduet.shard=" + k + "/" + count));
            }
        }
    }

    /**
     * Every file of the merged site, in path order, and the shard that made each: the shards' lists merged as they
     * are read, sorted, so that a large site holds each path once. Two shards with one file is an error.
     */
    private record Listing(List<String> paths, int[] shardOf) {
    }

    private Listing files(List<Found> shards, List<Problem> problems) throws IOException {
        List<List<String>> lists = new ArrayList<>();
        for (Found shard : shards) {
            Optional<List<String>> made;
            try {
                made = ShardOutputs.files(shard.cache());
            } catch (java.nio.charset.CharacterCodingException e) {
                problems.add(Problem.error("merge.unfinished", name(shard.folder()), 0, "shard "
                        + shard.stamp().shard() + " has a damaged list of its files in " + Shard.CACHE
                        + "/ (not UTF-8): build it again"));
                lists.add(List.of());
                continue;
            }
            if (made.isEmpty()) {
                problems.add(Problem.error("merge.unfinished", name(shard.folder()), 0, "shard "
                        + shard.stamp().shard() + " has no list of its files in " + Shard.CACHE + "/: build it again"));
                lists.add(List.of());
            } else {
                List<String> sorted = new ArrayList<>(made.get());
                sorted.sort(null);
                lists.add(sorted);
            }
        }
        int total = lists.stream().mapToInt(List::size).sum();
        List<String> paths = new ArrayList<>(total);
        int[] shardOf = new int[total];
        int[] next = new int[lists.size()];
        PriorityQueue<Integer> heads = new PriorityQueue<>(
                Comparator.comparing((Integer s) -> lists.get(s).get(next[s])).thenComparing(s -> s));
        for (int s = 0; s < lists.size(); s++) {
            if (!lists.get(s).isEmpty()) {
                heads.add(s);
            }
        }
        while (!heads.isEmpty()) {
            int s = heads.poll();
            String path = lists.get(s).get(next[s]++);
            if (!paths.isEmpty() && paths.get(paths.size() - 1).equals(path)) {
                Found other = shards.get(shardOf[paths.size() - 1]);
                problems.add(Problem.error("merge.same-file", name(shards.get(s).folder()), 0, "shards "
                        + other.stamp().shard() + " and " + shards.get(s).stamp().shard() + " both made " + path
                        + ": they were not built as shares of one site; build them again"));
            } else {
                shardOf[paths.size()] = s;
                paths.add(path);
            }
            if (next[s] < lists.get(s).size()) {
                heads.add(s);
            }
        }
        return new Listing(paths, shardOf);
    }

    /**
     * A file the shards list that is a symbolic link, or lies below a folder that is one, is an error: copied, it
     * would publish whatever the link names, from outside the site. Each link is told once; only the listed files
     * and their folders are looked at, each folder once.
     */
    private void refuseLinks(List<Found> shards, Listing files, List<Problem> problems) throws IOException {
        List<OutputLinks> links = new ArrayList<>();
        Map<Path, Found> found = new java.util.concurrent.ConcurrentHashMap<>();
        for (Found shard : shards) {
            links.add(new OutputLinks(shard.site()));
            if (Files.isSymbolicLink(shard.site())) {
                found.put(shard.site(), shard);
            }
        }
        List<String> paths = files.paths();
        List<Integer> runs = new ArrayList<>();
        for (int from = 0; from < paths.size() && found.isEmpty(); from += COPY_RUN) {
            runs.add(from);
        }
        Parallel.map(config.threads(), runs, from -> {
            for (int i = from; i < Math.min(paths.size(), from + COPY_RUN); i++) {
                int s = files.shardOf()[i];
                Optional<Path> source = new OutputPaths(shards.get(s).site()).find(paths.get(i));
                if (source.isPresent()) {
                    links.get(s).link(source.get()).ifPresent(link -> found.putIfAbsent(link, shards.get(s)));
                }
            }
            return from;
        });
        new TreeMap<>(found).forEach((link, shard) -> problems.add(Problem.error("merge.link", name(link), 0,
                "shard " + shard.stamp().shard() + " has a link at " + shard.folder().relativize(link) + " to "
                        + OutputLinks.target(link) + ": a merge copies only files a shard's build wrote, never what"
                        + " a link names; build the shard again into a fresh folder")));
    }

    /**
     * Copies every file whose bytes differ into the output, removes the stale ones, and writes the manifest, render
     * cache and snapshot; the marker is set from before the first file is written until all of that is done.
     */
    private MergeResult write(List<Found> shards, Listing files, long start) throws IOException {
        Path outputDir = config.outputDir();
        Path cacheDir = config.cacheDir();
        BuildSnapshot.delete(cacheDir);
        SiteWriter writer = new SiteWriter(outputDir, cacheDir, true);
        if (BuildMarker.in(cacheDir).isSet()) {
            writer.removeLeftovers();
        }
        List<String> paths = files.paths();
        writer.begin(paths);
        // Copied in runs of paths, so that a large site's list is not boxed path by path.
        List<Integer> runs = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += COPY_RUN) {
            runs.add(from);
        }
        Set<Problem> linked = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Integer> wrote = Parallel.map(config.threads(), runs, from -> {
            int written = 0;
            for (int i = from; i < Math.min(paths.size(), from + COPY_RUN); i++) {
                try {
                    written += copy(paths.get(i), shards.get(files.shardOf()[i]), writer) ? 1 : 0;
                } catch (OutputLinkException e) {
                    linked.add(e.problem());
                }
            }
            return written;
        });
        // One problem a link, however many files below it were not copied.
        List<Problem> problems = new ArrayList<>(linked);
        problems.sort(Comparator.comparing(Problem::file));
        List<String> deleted = writer.finish(paths, problems);
        MovedPages.record(cacheDir, deleted, paths);
        ShardOutputs.mergeRenderCaches(shards.stream().map(Found::cache).toList(), cacheDir);
        // Every shard reports the problems of reading the site, and its own pages'. A shard whose build found
        // errors took no snapshot, and then the merged site has none either.
        Set<Problem> all = new LinkedHashSet<>();
        boolean snapshots = true;
        for (Found shard : shards) {
            Optional<BuildSnapshot> snapshot = ShardOutputs.snapshot(shard.cache());
            snapshot.ifPresent(taken -> all.addAll(taken.problems()));
            snapshots &= snapshot.isPresent();
        }
        // A link in the output kept files from being copied: no snapshot vouches for the output then.
        snapshots &= linked.isEmpty();
        Optional<BuildSnapshot> first = snapshots ? ShardOutputs.snapshot(shards.get(0).cache()) : Optional.empty();
        if (first.isPresent()) {
            ShardOutputs.saveSnapshot(first.get(), shards.get(0).cache(), shards.get(0).stamp().output(),
                    ShardStamp.outputKey(config.siteDir(), outputDir), List.copyOf(all), outputDir, paths, cacheDir,
                    config.threads());
        }
        // What the first shard read in each article file (every shard reads them all), for the snapshot's stamps
        // are its: the next build of the whole site parses only the files changed since, and knows what a file
        // deleted since held, to keep its place.
        for (String name : List.of(ReadCache.FILE_NAME, ReadCache.RECENT_FILE_NAME)) {
            Path read = shards.get(0).cache().resolve(name);
            if (first.isPresent() && Files.isRegularFile(read)) {
                new AtomicWriter().write(cacheDir.resolve(name), out -> Files.copy(read, out));
            } else {
                Files.deleteIfExists(cacheDir.resolve(name));
            }
        }
        // Only now does what the merge recorded describe the output.
        BuildMarker.in(cacheDir).clear();
        problems.forEach(listener::problem);
        int written = wrote.stream().mapToInt(Integer::intValue).sum();
        return new MergeResult(shards.size(), paths.size(), written, deleted, problems, elapsed(start));
    }

    /** Writes a file the shard made into the output, when its bytes differ; true when it wrote. */
    private static boolean copy(String path, Found shard, SiteWriter writer) throws IOException {
        Optional<Path> source = new OutputPaths(shard.site()).find(path);
        Optional<Path> target = writer.find(path);
        if (source.isEmpty() || target.isEmpty()
                || !Files.isRegularFile(source.get(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("shard " + shard.stamp().shard() + " lists " + path + " but has no such file in "
                    + shard.site());
        }
        return writer.writeIfChanged(target.get(), Files.readAllBytes(source.get()));
    }

    private String name(Path path) {
        return SitePath.of(config, path);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
