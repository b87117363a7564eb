package dev.duet.serve;

import java.nio.file.Path;
import java.util.Set;

/**
 * The files that changed during one burst of edits.
 *
 * @param paths the changed files and directories, absolute
 * @param detectedAtNanos {@link System#nanoTime()} when the first of them was seen, to measure edit-to-reload time
 */
record ChangeSet(Set<Path> paths, long detectedAtNanos) {

    ChangeSet {
        paths = Set.copyOf(paths);
    }
}
