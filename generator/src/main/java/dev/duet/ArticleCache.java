package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.diagnostic.Problem;
import dev.duet.io.SiteFileNames;
import dev.duet.io.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The article files a preview has read, by path, so that a rebuild reads again only the files the watcher saw
 * change; a part of the {@link PreviewMemory}. The preview always holds the bodies. A link out of the site is kept
 * with the warning that says why it is not read, until the watcher sees it change. A file that cannot be read keeps,
 * for the builds, the article its last reading that could be read found, until it can be read again or is deleted.
 */
final class ArticleCache {

    private final SiteConfig config;
    /** Each file as it was last read, read well or not. */
    private final Map<Path, ContentReader.Result> read = new TreeMap<>();
    /** The article each file held when it was last read well: what a file that cannot be read now keeps. */
    private final Map<Path, ContentFile> lastRead = new HashMap<>();

    ArticleCache(SiteConfig config) {
        this.config = config;
    }

    /**
     * Every article file, in path order, for a build: all of them read on the first call, after that only those of
     * the {@code changed} files (and folders) that are articles. A file that cannot be read now has its last
     * reading that could be read in its place, with the error that says it cannot be read.
     */
    ContentReader.Result read(Set<Path> changed) throws IOException {
        Optional<List<ContentReader.Result>> first = update(changed);
        if (first.isPresent()) {
            return ArticleFiles.merge(first.get());
        }
        return ArticleFiles.merge(forBuild());
    }

    /** Each file held, in path order, as a build takes it: one that cannot be read with its last reading. */
    private List<ContentReader.Result> forBuild() {
        List<ContentReader.Result> results = new ArrayList<>();
        read.forEach((path, result) -> results.add(result.leftOut() && lastRead.containsKey(path)
                ? result.keeping(lastRead.get(path)) : result));
        return results;
    }

    /**
     * Every article file, in path order, as it is now, for import: a file that cannot be read is left out, as
     * import leaves it out of a publishing build's site. Reads what {@link #read} reads.
     */
    ContentReader.Result found(Set<Path> changed) throws IOException {
        Optional<List<ContentReader.Result>> first = update(changed);
        return ArticleFiles.merge(first.isPresent() ? first.get() : read.values());
    }

    /**
     * Reads every file on the first call, and returns what it read with the listing's warnings; after that reads
     * the articles among the {@code changed} files, and returns nothing.
     */
    private Optional<List<ContentReader.Result>> update(Set<Path> changed) throws IOException {
        if (read.isEmpty()) {
            SiteFiles.Listing listing = ArticleFiles.list(config);
            List<Path> paths = listing.files();
            List<ContentReader.Result> results = new ArrayList<>(ArticleFiles.read(config, paths));
            for (int i = 0; i < paths.size(); i++) {
                keep(paths.get(i), results.get(i));
            }
            listing.refused().forEach((link, problem) -> read.put(link, refusal(problem)));
            results.add(new ContentReader.Result(List.of(), listing.problems()));
            return Optional.of(results);
        }
        ContentReader reader = new ContentReader();
        for (Path path : changed) {
            if (!path.startsWith(config.articlesDir())) {
                continue;
            }
            // A deleted folder takes its files with it; a new or changed file is read again.
            read.keySet().removeIf(cached -> cached.startsWith(path) && !Files.exists(cached));
            if (path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path)
                    && !SiteFileNames.isHidden(config.articlesDir(), path)) {
                Optional<Problem> refused = SiteFiles.of(config).findRefusal(config.articlesDir(), path);
                keep(path, refused.isPresent() ? refusal(refused.get()) : reader.read(config.siteDir(), path));
            }
        }
        // The last readings of the files gone go with them, once for all the changes.
        lastRead.keySet().removeIf(cached -> !read.containsKey(cached));
        return Optional.empty();
    }

    /** Keeps a file's reading, and its article when it is one. */
    private void keep(Path path, ContentReader.Result result) {
        read.put(path, result);
        if (result.files().size() == 1) {
            lastRead.put(path, result.files().get(0));
        } else if (!result.leftOut()) {
            lastRead.remove(path);
        }
    }

    /** True when the file was read as an article (or a link left out) by an earlier build. */
    boolean holds(Path path) {
        return read.containsKey(path);
    }

    /** Keeps files a quick rebuild read again. */
    void putAll(Map<Path, ContentReader.Result> edited) {
        edited.forEach(this::keep);
    }

    /** The problems of every file held, in path order, as a build reports them. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        forBuild().forEach(r -> problems.addAll(r.problems()));
        return problems;
    }

    /** What the preview keeps for an article file it does not read: the warning that says why. */
    private static ContentReader.Result refusal(Problem problem) {
        return new ContentReader.Result(List.of(), List.of(problem));
    }
}
