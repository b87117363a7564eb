package dev.duet.serve;

import dev.duet.io.SiteFileNames;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides which file events are edits worth a rebuild. Editors save through scratch files (Vim writes {@code 4913}
 * and {@code .swp}, Emacs {@code .#name} and {@code name~}, JetBrains {@code ___jb_tmp___}); they come and go with
 * every save and would trigger rebuilds of nothing, as would the backups of a text file ({@code a.en.md.orig}).
 * The output directory is ignored because the builder writes it: watching it would rebuild forever.
 */
final class WatchFilter {

    /** The kinds of file a site's folders hold for the build to read, not to publish as they are (as a .txt may be). */
    private static final List<String> TEXTS = List.of(".md", ".markdown", ".yaml", ".yml", ".tsv", ".ftlh", ".ftl",
            ".properties");

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
        return SiteFileNames.isEditorScratch(name) || isCopyOfText(name);
    }

    /**
     * A copy a tool leaves beside a text file (a merge's {@code a.md.orig}, a patch's {@code .rej}, an editor's or a
     * script's {@code .bak}): no build reads it, where a story may show a picture of any name.
     */
    private static boolean isCopyOfText(String name) {
        if (!SiteFileNames.isCopy(name)) {
            return false;
        }
        String copied = name.substring(0, name.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
        return TEXTS.stream().anyMatch(copied::endsWith);
    }
}
