package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.content.FrontMatterStore;
import dev.duet.content.ReadCache;
import dev.duet.diagnostic.Problem;
import dev.duet.io.Parallel;
import dev.duet.io.SharedStrings;
import dev.duet.io.SiteFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading the article files of the site, on every core; files and problems keep path order. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Every article file, for a publishing build: a site whose articles would take more than {@code bodiesBudget}
     * bytes reads each body again when a page needs it. A file as the last such reading left it comes from its
     * {@link ReadCache} (unless {@code force} is set), with its body read again when a page needs it; this reading
     * then replaces the cache. The listing's warnings come last.
     */
    static ContentReader.Result readAll(SiteConfig config, long bodiesBudget) throws IOException {
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
        Listed listed = listed(config);
        ReadCache cache = Parallel.join(loading);
        ContentReader reader = new ContentReader(listed.bytes() > bodiesBudget);
        List<ContentReader.Result> results = new ArrayList<>(Parallel.map(config.threads(), listed.files(),
                path -> cache.read(reader, config.siteDir(), path)));
        try {
            cache.save(config.cacheDir(), config.siteDir());
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
    private record Listed(List<String> files, List<Problem> problems, long bytes) {
    }

    private static Listed listed(SiteConfig config) throws IOException {
        SiteFiles.Sized sized = SiteFiles.of(config).listSized(config.articlesDir(), ".md");
        List<Path> files = sized.listing().files();
        String[] relative = new String[files.size()];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = ContentReader.relative(config.siteDir(), files.get(i));
        }
        return new Listed(Arrays.asList(relative), sized.listing().problems(), sized.bytes());
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
