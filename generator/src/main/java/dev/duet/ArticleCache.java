package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.diagnostic.Problem;
import dev.duet.io.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The article files a preview has read, by path, so that a rebuild reads again only the files the watcher saw
 * change; a part of the {@link PreviewMemory}. The preview always holds the bodies. A link out of the site is kept
 * with the warning that says why it is not read, until the watcher sees it change.
 */
final class ArticleCache {

    private final SiteConfig config;
    private final Map<Path, ContentReader.Result> read = new TreeMap<>();

    ArticleCache(SiteConfig config) {
        this.config = config;
    }

    /**
     * Every article file, in path order: all of them read on the first call, after that only those of the
     * {@code changed} files (and folders) that are articles.
     */
    ContentReader.Result read(Set<Path> changed) throws IOException {
        List<ContentReader.Result> results;
        if (read.isEmpty()) {
            SiteFiles.Listing listing = ArticleFiles.list(config);
            List<Path> paths = listing.files();
            results = new ArrayList<>(ArticleFiles.read(config, paths));
            for (int i = 0; i < paths.size(); i++) {
                read.put(paths.get(i), results.get(i));
            }
            listing.refused().forEach((link, problem) -> read.put(link, refusal(problem)));
            results.add(new ContentReader.Result(List.of(), listing.problems()));
        } else {
            ContentReader reader = new ContentReader();
            for (Path path : changed) {
                if (!path.startsWith(config.articlesDir())) {
                    continue;
                }
                // A deleted folder takes its files with it; a new or changed file is read again.
                read.keySet().removeIf(cached -> cached.startsWith(path) && !Files.exists(cached));
                if (path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path)) {
                    Optional<Problem> refused = SiteFiles.of(config).findRefusal(config.articlesDir(), path);
                    read.put(path, refused.isPresent() ? refusal(refused.get())
                            : reader.read(config.siteDir(), path));
                }
            }
            results = new ArrayList<>(read.values());
        }
        return ArticleFiles.merge(results);
    }

    /** True when the file was read as an article (or a link left out) by an earlier build. */
    boolean holds(Path path) {
        return read.containsKey(path);
    }

    /** Keeps files a quick rebuild read again. */
    void putAll(Map<Path, ContentReader.Result> edited) {
        read.putAll(edited);
    }

    /** The problems of every file held, in path order. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        read.values().forEach(r -> problems.addAll(r.problems()));
        return problems;
    }

    /** What the preview keeps for an article file it does not read: the warning that says why. */
    private static ContentReader.Result refusal(Problem problem) {
        return new ContentReader.Result(List.of(), List.of(problem));
    }
}
