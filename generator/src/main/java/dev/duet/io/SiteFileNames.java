package dev.duet.io;

import dev.duet.diagnostic.Problem;
import java.nio.file.Path;

/**
 * What the names of a site's files say of them: a hidden file ({@code ._story.txt}, anything in {@code .git}) is no
 * source or article, and one whose name ends in capitals ({@code NEWS.TXT}) is not read, with a warning.
 */
public final class SiteFileNames {

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
}
