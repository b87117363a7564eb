package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.FrontMatterStore;
import dev.duet.content.ReadCache;
import dev.duet.diagnostic.Problem;
import dev.duet.io.FileClock;
import dev.duet.io.Parallel;
import dev.duet.io.SharedStrings;
import dev.duet.io.SiteFileNames;
import dev.duet.io.SiteFiles;
import dev.duet.output.FileStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Reading the article files of the site, on every core; files and problems keep path order. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Every article file, for the desk and the checks: a site whose articles would take more than {@code
     * bodiesBudget} bytes reads each body again when a page needs it. A file as the last build's reading left it
     * comes from its {@link ReadCache} (unless {@code force} is set), with its body read again when a page needs it;
     * the cache is left as it was. The listing's warnings come last.
     */
    static ContentReader.Result readAll(SiteConfig config, long bodiesBudget) throws IOException {
        return read(config, bodiesBudget, Optional.empty(), false);
    }

    /**
     * {@link #readAll(SiteConfig, long)} for a publishing build, whose reading then replaces the cache, of the files
     * {@code listed} names, with the stamps it took, when a listing of the site's inputs has just walked the articles
     * folder; else the folder is walked now.
     */
    static ContentReader.Result readAll(SiteConfig config, long bodiesBudget, Optional<Listed> listedAlready)
            throws IOException {
        return read(config, bodiesBudget, listedAlready, true);
    }

    /**
     * Reads the files; with {@code keep}, this reading replaces the read cache. Only a build keeps its reading: the
     * cache is the record of what the last build read in each file, from which the next notes the place of a story
     * deleted since, and a desk or a check run on a file edited after it would put its own reading in its place.
     */
    private static ContentReader.Result read(SiteConfig config, long bodiesBudget, Optional<Listed> listedAlready,
            boolean keep) throws IOException {
        // The cache is decoded on another core while the files are listed: at 10,000 stories each takes about as
        // long as the other.
        java.util.concurrent.CompletableFuture<ReadCache> loading = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        return cache(config);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        Listed listed = listedAlready.isPresent() ? listedAlready.get() : listed(config);
        ReadCache cache = Parallel.join(loading);
        ContentReader reader = new ContentReader(listed.bytes() > bodiesBudget);
        List<ContentReader.Result> results = new ArrayList<>(Parallel.map(config.threads(), listed.indices(),
                i -> listed.read(i, cache, reader, config.siteDir())));
        try {
            if (keep) {
                cache.save(config.cacheDir(), config.siteDir(), lastFinishedRead(config, listed.lastFinished()));
            }
        } catch (IOException e) {
            // The cache only saves time, and the one on disk, if any, still holds: a full disk is the output's
            // problem, which the build reports when it writes.
        }
        results.add(new ContentReader.Result(List.of(), listed.problems()));
        return merge(results);
    }

    /**
     * The article files listed, by their paths relative to the site, the
     * listing's problems, and the files' bytes. A listing's {@link Path}s take about 300 bytes a file, and the paths
     * as the build holds them none of their own: a million stories are two million files.
     */
    record Listed(List<String> files, List<Problem> problems, long bytes, Optional<Stamps> stamps,
            Optional<dev.duet.output.BuildInputs> lastFinished) {

        /**
         * The same listing, with the inputs of the last build that finished, which the up-to-date check has read:
         * the read cache keeps what it held of a file gone that this build read, and need not read them again.
         */
        Listed after(Optional<dev.duet.output.BuildInputs> finished) {
            return new Listed(files, problems, bytes, stamps, finished);
        }

        /** The file at {@code index} as {@code cache} reads it: by the stamp the listing took, when it took one. */
        ContentReader.Result read(int index, ReadCache cache, ContentReader reader, Path siteDir) throws IOException {
            if (stamps.isEmpty()) {
                return cache.read(reader, siteDir, files.get(index));
            }
            Stamps stamp = stamps.get();
            return cache.read(reader, siteDir, files.get(index), stamp.sizes()[index], stamp.modified()[index],
                    stamp.listedAt());
        }

        /** The positions of the files, for work on every core that needs the stamp of each: no list is kept. */
        List<Integer> indices() {
            return new AbstractList<>() {
                @Override
                public Integer get(int index) {
                    return Objects.checkIndex(index, files.size());
                }

                @Override
                public int size() {
                    return files.size();
                }
            };
        }
    }

    /**
     * The size and last-modified time (nanoseconds) of each file of a listing, by position, as its walk found them,
     * and when that walk began, in nanoseconds since the epoch.
     */
    record Stamps(long[] sizes, long[] modified, long listedAt) {
    }

    static Listed listed(SiteConfig config) throws IOException {
        SiteFiles.Sized sized = SiteFiles.of(config).listSized(config.articlesDir(), ".md");
        List<Path> files = sized.listing().files();
        String[] relative = new String[files.size()];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = ContentReader.relative(config.siteDir(), files.get(i));
        }
        return new Listed(Arrays.asList(relative), sized.listing().problems(), sized.bytes(), Optional.empty(),
                Optional.empty());
    }

    /**
     * The article files of a walk of the whole articles folder, as the walk finds them: the listing of a publishing
     * build's inputs walks that folder before the build reads anything, and hands its article files on, so that
     * the build lists and stamps each of them once. It keeps what a walk for {@code .md} files alone would find:
     * the files and the links to files whose names end with {@code .md}, and the links left out that name such a
     * file or a folder.
     */
    static final class Collector implements SiteFiles.Visitor {

        private static final String SUFFIX = ".md";

        private final Path siteDir;
        private final long listedAt;
        private final List<Found> found = new ArrayList<>();
        private final SortedMap<Path, Problem> refused = new TreeMap<>();
        private Listed listed;

        /** A file found, by its path as the build names it: a path as a string takes a third of a {@link Path}. */
        private record Found(String path, long size, long modified) {
        }

        /** A collector for a walk that begins now. */
        Collector(Path siteDir) {
            this.siteDir = siteDir;
            this.listedAt = FileClock.now();
        }

        @Override
        public void file(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString();
            if (SiteFileNames.isHidden(siteDir, file)) {
                return; // as a walk for .md files passes hidden ones by
            }
            if (name.endsWith(SUFFIX)) {
                found.add(new Found(ContentReader.relative(siteDir, file), attributes.size(),
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            } else if (SiteFileNames.endsInCapitals(name, SUFFIX)) {
                refused.put(file, SiteFileNames.wrongCase(ContentReader.relative(siteDir, file), name, SUFFIX));
            }
        }

        @Override
        public void refused(Path link, Problem problem) {
            Path name = link.getFileName();
            if (name != null && name.toString().endsWith(SUFFIX) || Files.isDirectory(link)) {
                refused.put(link, problem);
            }
        }

        /** Sorts what the walk found: call once it has ended, before {@link #listed()}. */
        void finish() {
            listed = sorted();
        }

        /**
         * The files in the order of their paths as strings, which is {@link SiteFiles#listSized}'s but where a name
         * holds a character beyond U+FFFF, with their stamps.
         */
        Listed listed() {
            return Objects.requireNonNull(listed, "the walk has not finished");
        }

        private Listed sorted() {
            List<Found> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(Found::path));
            String[] relative = new String[sorted.size()];
            long[] sizes = new long[sorted.size()];
            long[] modified = new long[sorted.size()];
            long bytes = 0;
            for (int i = 0; i < relative.length; i++) {
                Found file = sorted.get(i);
                relative[i] = file.path();
                sizes[i] = file.size();
                modified[i] = file.modified();
                bytes += file.size();
            }
            return new Listed(Arrays.asList(relative), List.copyOf(refused.values()), bytes,
                    Optional.of(new Stamps(sizes, modified, listedAt)), Optional.empty());
        }
    }

    /**
     * The read cache of the site, or none when {@code force} is set. A shard's build parks each file's front matter
     * in a {@link FrontMatterStore} in the cache folder, with what it keeps of the body: it reads every article file of
     * the site, but renders a share of the pages. The store's file goes when the files are let go, or when the build's process ends.
     */
    private static ReadCache cache(SiteConfig config) throws IOException {
        if (config.shard().isEmpty()) {
            return config.force() ? ReadCache.empty() : ReadCache.load(config.cacheDir(), config.siteDir());
        }
        FrontMatterStore parking = FrontMatterStore.in(config.cacheDir(), config.siteDir(), new SharedStrings());
        return config.force() ? ReadCache.empty(parking) : ReadCache.load(config.cacheDir(), config.siteDir(), parking);
    }

    /**
     * Whether the last build that finished read a file: what the read cache held of such a file, gone since, is
     * what a build notes its place from ({@link DeletedArticles}). Its inputs are the ones the up-to-date check
     * read ({@code known}), or else its snapshot is read when a file is gone.
     */
    private static java.util.function.Predicate<String> lastFinishedRead(SiteConfig config,
            Optional<dev.duet.output.BuildInputs> known) {
        java.util.function.Supplier<java.util.Set<String>> read = new java.util.function.Supplier<>() {
            private java.util.Set<String> files;

            @Override
            public java.util.Set<String> get() {
                if (files == null) {
                    Optional<dev.duet.output.BuildInputs> inputs = known.isPresent() ? known
                            : dev.duet.output.BuildSnapshot.lastFinished(config.cacheDir())
                                    .map(dev.duet.output.BuildSnapshot::inputs);
                    files = inputs.map(last -> last.files().keySet()).orElse(java.util.Set.of());
                }
                return files;
            }
        };
        return path -> read.get().contains(path);
    }

    /** The article files, less the links out of the site, which the listing names. */
    static SiteFiles.Listing list(SiteConfig config) throws IOException {
        return SiteFiles.of(config).list(config.articlesDir(), ".md");
    }

    /** Reads the given files, on every core, in their order, each body kept in memory. */
    static List<ContentReader.Result> read(SiteConfig config, List<Path> paths) throws IOException {
        ContentReader reader = new ContentReader();
        return Parallel.map(config.threads(), paths, file -> reader.read(config.siteDir(), file));
    }

    /** All files and all problems of the results, in their order. */
    static ContentReader.Result merge(Iterable<ContentReader.Result> results) {
        List<ContentFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ContentReader.Result result : results) {
            files.addAll(result.files());
            problems.addAll(result.problems());
        }
        return new ContentReader.Result(files, problems);
    }
}
