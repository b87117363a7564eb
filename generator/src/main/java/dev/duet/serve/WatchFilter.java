package dev.duet.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * Decides which file events are edits worth a rebuild. Editors save through scratch files (Vim writes {@code 4913}
 * and {@code .swp}, Emacs {@code .#name} and {@code name~}, JetBrains {@code ___jb_tmp___}); they come and go with
 * every save and would trigger rebuilds of nothing. The output directory is ignored because the builder writes it:
 * watching it would rebuild forever.
 */
final class WatchFilter {

    private final List<Path> ignored;

    WatchFilter(List<Path> ignored) {
        this.ignored = List.copyOf(ignored);
    }

    boolean accepts(Path path) {
        for (Path root : ignored) {
            if (path.startsWith(root)) {
                return false;
            }
        }
        Path fileName = path.getFileName();
        return fileName == null || !isScratch(fileName.toString());
    }

    static boolean isScratch(String name) {
        return name.endsWith("~")
                || name.startsWith(".#")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo")
                || name.endsWith(".tmp")
                || name.equals("4913")
                || name.equals(".DS_Store")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }
}
