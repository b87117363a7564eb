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
 * new, deleted, or damaged) did not make. Such a build cannot tell an earlier build's page of a story deleted since
 * from a file someone put there, so it removes neither: it is an error, since a page it did not make would be
 * published as it is.
 */
final class OutputStrays {

    /** How many of them a warning names. */
    private static final int NAMED = 5;

    private OutputStrays() {
    }

    /**
     * An error naming the files below {@code root} that are not in {@code made} (sorted), if there are any, and
     * whether there are; {@code damaged} when the list was there but could not be read.
     */
    static boolean tell(Path root, String[] made, boolean damaged, List<Problem> problems) throws IOException {
        List<String> strays = strays(root, made, true);
        if (strays.isEmpty()) {
            return false;
        }
        problems.add(Problem.error("build.unknown-output", strays.get(0), 0, strays.size() + " file"
                + (strays.size() == 1 ? "" : "s") + " in " + root + " were not made by this build, which has no list"
                + " of the files the last build wrote (" + (damaged ? "its list, " + SiteWriter.MANIFEST
                + " in the cache folder, was damaged, and is made again" : "its cache folder is new") + "): "
                + named(strays) + ". They stay, and would be published with the site: if they are an earlier"
                + " build's pages (of a story deleted since), delete the output folder and build again; if they are"
                + " files to publish, put them in static/. Each build looks for them until they are gone"));
        return true;
    }

    /**
     * A warning naming the files below {@code root} that neither this build nor, by its list, any earlier one made
     * ({@code made}, sorted): put there by hand or by another tool. A build that trusts nothing (forced, or after
     * one that did not finish) looks for them, since its output is to be what a clean build makes.
     */
    static void tellForeign(Path root, String[] made, List<Problem> problems) throws IOException {
        List<String> strays = strays(root, made, false);
        if (!strays.isEmpty()) {
            problems.add(Problem.warning("build.unknown-output", strays.get(0), 0, strays.size() + " file"
                    + (strays.size() == 1 ? "" : "s") + " in " + root + " were made by no build of this site: "
                    + named(strays) + ". They stay, and are published with the site: put a file to publish in"
                    + " static/, and delete the others"));
        }
    }

    private static String named(List<String> strays) {
        return String.join(", ", strays.subList(0, Math.min(NAMED, strays.size())))
                + (strays.size() > NAMED ? " and others" : "");
    }

    /**
     * The files below {@code root} not in {@code made}, sorted; hidden folders (.git) and temporary files aside, and
     * links unless {@code links} (a link where the build writes is an error of its own).
     */
    private static List<String> strays(Path root, String[] made, boolean links) throws IOException {
        List<String> strays = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return strays;
        }
        AscendingSearch search = new AscendingSearch(made);
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
                if (!search.contains(path) && !dev.duet.io.AtomicWriter.isTemporary(file.getFileName().toString())
                        && (links || !attributes.isSymbolicLink())) {
                    strays.add(path);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        strays.sort(null);
        return strays;
    }
}
