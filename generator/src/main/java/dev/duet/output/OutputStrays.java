package dev.duet.output;

import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files in the output folder that a build without the list of the files the last build wrote (its cache folder
 * new, or deleted) did not make. Such a build cannot tell an earlier build's page of a story deleted since from a
 * file someone put there, so it removes neither: it says so, since a page it did not make would be published as it
 * is.
 */
final class OutputStrays {

    /** How many of them a warning names. */
    private static final int NAMED = 5;

    private OutputStrays() {
    }

    /**
     * A warning naming the files below {@code root} that are not in {@code made} (sorted), if there are any;
     * {@code damaged} when the list was there but could not be read.
     */
    static void tell(Path root, String[] made, boolean damaged, List<Problem> problems) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        AscendingSearch search = new AscendingSearch(made);
        List<String> strays = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                // A folder of its own such as .git, which a publishing tool may keep in the output.
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!search.contains(path) && !dev.duet.io.AtomicWriter.isTemporary(file.getFileName().toString())) {
                    strays.add(path);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (strays.isEmpty()) {
            return;
        }
        strays.sort(null);
        problems.add(Problem.warning("build.unknown-output", strays.get(0), 0, strays.size() + " file"
                + (strays.size() == 1 ? "" : "s") + " in " + root + " were not made by this build, which has no list"
                + " of the files the last build wrote (" + (damaged ? "its list, " + SiteWriter.MANIFEST
                + " in the cache folder, was damaged, and is made again" : "its cache folder is new") + "): "
                + String.join(", ", strays.subList(0, Math.min(NAMED, strays.size())))
                + (strays.size() > NAMED ? " and others" : "") + ". They stay, and are published with the site; if"
                + " they are an earlier build's pages (of a story deleted since), delete the output folder and"
                + " build again"));
    }
}
