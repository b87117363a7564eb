package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import dev.duet.io.OutputFolders;
import dev.duet.io.SiteFileNames;
import dev.duet.io.SiteFiles;
import dev.duet.output.OutputPaths;
import dev.duet.render.RenderTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The site's own {@code static/} folder, copied as it is; it wins over the theme's files of the same name. A file
 * whose name no web address can hold (a line break in it), a hidden one ({@code .git/}, {@code .env}) and an editor's
 * backup ({@code about.html~}) are named in a warning and left out ({@link SiteFileNames#unpublished}).
 *
 * @param folder the folder, relative to the site, as messages name it
 * @param tasks one copy task per file
 * @param problems a warning for each file it cannot publish, and each link out of the site left out
 */
record StaticFiles(String folder, List<RenderTask> tasks, List<Problem> problems) {

    StaticFiles {
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
    }

    static StaticFiles list(SiteConfig config) throws IOException {
        Path dir = config.staticDir();
        SiteFiles files = SiteFiles.of(config);
        SiteFiles.Listing listing = files.list(dir, "");
        List<Problem> problems = new ArrayList<>(listing.problems());
        OutputPaths output = new OutputPaths(config.outputDir());
        List<RenderTask> tasks = new ArrayList<>();
        Set<String> leftOut = new HashSet<>();
        for (Path file : listing.files()) {
            String relative = dir.relativize(file).toString();
            Optional<SiteFileNames.Unpublished> unpublished = SiteFileNames.unpublished(relative.replace('\\', '/'));
            if (unpublished.isPresent()) {
                SiteFileNames.Unpublished left = unpublished.get();
                if (!left.why().isEmpty() && leftOut.add(left.path())) {
                    problems.add(Problem.warning("static.unpublished", files.display(dir.resolve(left.path())), 0,
                            left.why()));
                }
                continue;
            }
            if (java.io.File.separatorChar != '\\' && relative.indexOf('\\') >= 0) {
                problems.add(Problem.warning("static.name", files.display(file), 0, "the file's name holds a"
                        + " backslash, which a web address reads as a folder's slash, so it is not published; rename"
                        + " the file"));
                continue;
            }
            String path = relative.replace('\\', '/');
            if (output.find(path).isEmpty()) {
                problems.add(Problem.warning("static.name", files.display(file), 0, output.unnameable(path).orElse(
                        "the file's name holds a control character (shown escaped), which no web address can carry, so"
                        + " it is not published; rename the file")));
                continue;
            }
            tasks.add(new RenderTask(path, () -> {
                try {
                    return RenderTask.Result.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    return RenderTask.Result.failed(Problem.error("static.read", SitePath.of(config, file), 0,
                            "cannot read: " + e.getMessage()));
                }
            }));
        }
        return new StaticFiles(SitePath.of(config, dir), tasks, problems);
    }

    /**
     * These files beside the site's pages ({@code pages}, in path order, the theme's static files among them, whose
     * paths are {@code themeFiles}) and its pictures' copies. A file where the site has a file of its own replaces
     * it, with a warning unless that file is the theme's; a file whose path needs a folder where the site has a
     * file, or a file where the site needs a folder, is left out with an error: both cannot be written. The pages
     * are searched, not listed: a large site has a million.
     */
    StaticFiles beside(List<RenderTask> pages, List<RenderTask> pictures, Set<String> themeFiles) {
        if (tasks.isEmpty()) {
            return this;
        }
        List<String> pictureCopies = new ArrayList<>(pictures.size());
        pictures.forEach(task -> pictureCopies.add(task.path()));
        Collections.sort(pictureCopies);
        List<List<String>> sorted = List.of(new AbstractList<>() {
            @Override
            public String get(int index) {
                return pages.get(index).path();
            }

            @Override
            public int size() {
                return pages.size();
            }
        }, pictureCopies);
        Predicate<String> isFile = path -> sorted.stream()
                .anyMatch(paths -> Collections.binarySearch(paths, path) >= 0);
        List<RenderTask> kept = new ArrayList<>(tasks.size());
        List<Problem> found = new ArrayList<>(problems);
        for (RenderTask task : tasks) {
            String path = task.path();
            String name = folder.isEmpty() ? path : folder + "/" + path;
            Optional<String> fileAbove = OutputFolders.fileAbove(path, isFile);
            Optional<String> below = sorted.stream().map(paths -> firstUnder(path, paths)).flatMap(Optional::stream)
                    .findFirst();
            if (fileAbove.isPresent()) {
                found.add(Problem.error("static.path", name, 0, "lies under " + fileAbove.get() + ", a file the site"
                        + " makes, which cannot also be a folder; move or rename it"));
            } else if (below.isPresent()) {
                found.add(Problem.error("static.path", name, 0, "is a file where the site needs a folder, for "
                        + below.get() + "; move or rename it"));
            } else {
                if (isFile.test(path) && !themeFiles.contains(path)) {
                    found.add(Problem.warning("static.replaces", name, 0, "replaces " + path + ", which the site"
                            + " makes itself; rename it unless that is what you want"));
                }
                kept.add(task);
            }
        }
        return new StaticFiles(folder, kept, found);
    }

    /** The first path of {@code paths} (in path order) inside the folder {@code path} would have to be. */
    private static Optional<String> firstUnder(String path, List<String> paths) {
        String prefix = path + "/";
        int at = Collections.binarySearch(paths, prefix);
        int next = at >= 0 ? at : -at - 1;
        return next < paths.size() && paths.get(next).startsWith(prefix) ? Optional.of(paths.get(next))
                : Optional.empty();
    }
}
