package dev.duet.io;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which files of an output folder stand in each other's way: a file's path names folders, and none of them can be
 * a file too.
 */
public final class OutputFolders {

    private OutputFolders() {
    }

    /**
     * The path {@code isFile} accepts that one of the folders of {@code path} would have to be ({@code favicon.svg}
     * for {@code favicon.svg/index.html}), if any.
     */
    public static Optional<String> fileAbove(String path, Predicate<String> isFile) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            if (isFile.test(folder)) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }
}
