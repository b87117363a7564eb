package dev.duet.io;

import dev.duet.diagnostic.Problem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What the names of a site's files say of them: a hidden file ({@code ._story.txt}, anything in {@code .git}) is no
 * source or article, and one whose name ends in capitals ({@code NEWS.TXT}) is not read, with a warning. In a folder
 * published as it is ({@code static/}), a hidden file and an editor's backup are not published.
 */
public final class SiteFileNames {

    /** The hidden names a static folder publishes: what web servers and hosts read there. */
    private static final Set<String> PUBLISHED_HIDDEN = Set.of(".htaccess", ".nojekyll", ".domains");
    /** What operating systems leave in folders they show: never published, and not worth a word. */
    private static final Set<String> LITTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    private static final Set<String> COPIES = Set.of(".orig", ".bak", ".rej");

    private SiteFileNames() {
    }

    /** Whether {@code name} ends in {@code suffix} written in other capitals ({@code NEWS.TXT} for {@code .txt}). */
    public static boolean endsInCapitals(String name, String suffix) {
        return !name.endsWith(suffix) && name.regionMatches(true, name.length() - suffix.length(), suffix, 0,
                suffix.length());
    }

    /** The warning for such a file, {@code shown} as messages name it: not read, which would otherwise go unsaid. */
    public static Problem wrongCase(String shown, String name, String suffix) {
        return Problem.warning("site.file-name", shown, 0, "not read: only names that end in " + suffix + ", in small"
                + " letters, are; rename it to " + name.substring(0, name.length() - suffix.length()) + suffix);
    }

    /**
     * Whether {@code file}, below {@code root}, or a folder on its way is hidden (its name starts with a dot): a
     * listing of sources or articles passes it by (see {@link SiteFiles#list}), and so does a preview that sees it change.
     */
    public static boolean isHidden(Path root, Path file) {
        if (!file.toString().contains(java.io.File.separator + ".")) {
            return false; // no name on its way starts with a dot: the common case, on every file a build lists
        }
        Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        for (Path name : relative) {
            String text = name.toString();
            if (text.startsWith(".") && !text.equals("..") && !text.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code name} is a file an editor or a tool writes beside the one being edited: a swap or scratch file
     * (Vim's {@code .swp} and {@code 4913}, Emacs's {@code .#name} and {@code name~}, JetBrains' {@code
     * ___jb_tmp___}, a {@code .tmp}) or what a file browser leaves ({@code .DS_Store}).
     */
    public static boolean isEditorScratch(String name) {
        return name.endsWith("~")
                || name.startsWith(".#")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo")
                || name.endsWith(".tmp")
                || name.equals("4913")
                || name.equals(".DS_Store")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }

    /** Whether {@code name} ends in a copy's mark: a merge's {@code .orig}, a patch's {@code .rej}, a {@code .bak}. */
    public static boolean isCopy(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && COPIES.contains(name.substring(dot).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A file of a folder published as it is that is left out.
     *
     * @param path the file, or the hidden folder on its way (all of which is left out), relative to the folder
     * @param why what the warning says of it; empty for what an operating system leaves, which goes unsaid
     */
    public record Unpublished(String path, String why) {
    }

    /**
     * Whether the file at {@code relative} (with forward slashes) in a folder published as it is is left out: a
     * hidden file or folder ({@code .git/}, {@code .env}) but {@code .well-known/} and the files hosts read
     * ({@code .htaccess}, {@code .nojekyll}, {@code .domains}), and an editor's backup or scratch file.
     */
    public static Optional<Unpublished> unpublished(String relative) {
        String[] names = relative.split("/", -1);
        String name = names[names.length - 1];
        for (int i = 0; i < names.length - 1; i++) {
            if (names[i].startsWith(".") && !(i == 0 && names[i].equals(".well-known"))) {
                return Optional.of(new Unpublished(String.join("/", java.util.Arrays.copyOf(names, i + 1)) + "/",
                        "is a hidden folder, a tool's own (.git, an editor's or a system's), so neither it nor"
                                + " anything in it is published; rename it to publish it"));
            }
        }
        if (LITTER.contains(name) || name.startsWith("._")) {
            return Optional.of(new Unpublished(relative, ""));
        }
        if (isEditorScratch(name) || isCopy(name)) {
            return Optional.of(new Unpublished(relative, "is an editor's backup or scratch file (its name ends in ~,"
                    + " .bak, .orig, .rej, .tmp or .swp), so it is not published; rename it to publish it"));
        }
        if (name.startsWith(".") && !PUBLISHED_HIDDEN.contains(name)) {
            return Optional.of(new Unpublished(relative, "is a hidden file, a tool's own (.env, .gitignore), so it"
                    + " is not published (of hidden names, only .well-known/, .htaccess, .nojekyll and .domains"
                    + " are); rename it to publish it"));
        }
        return Optional.empty();
    }
}
