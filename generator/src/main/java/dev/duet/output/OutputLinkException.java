package dev.duet.output;

import dev.duet.diagnostic.Problem;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A folder of the output that is a symbolic link, found where the site writer was to write or delete a file below
 * it. Nothing is written or deleted through it, wherever it leads: the message names the link and says to delete
 * it. The build reports it as an error, so that it fails and vouches for nothing it wrote.
 */
public final class OutputLinkException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    private final String sitePath;

    OutputLinkException(Path link, String sitePath) {
        super(link.toString(), null, message(link));
        this.sitePath = sitePath;
    }

    /** The link's path in the output folder, for the problem that reports it. */
    public String sitePath() {
        return sitePath;
    }

    /** What to tell the user of a link in the output folder. */
    static String message(Path link) {
        return link + " is a link to " + OutputLinks.target(link) + ": Duet writes and deletes nothing through a link"
                + " in the output folder, so the files below it were left alone; delete the link (what it names is"
                + " kept), then build again";
    }

    /** The whole sentence, which names the link first. */
    @Override
    public String getMessage() {
        return getReason();
    }

    /** The problem a build reports for the link. */
    public Problem problem() {
        return problem(sitePath, getReason());
    }

    static Problem problem(String sitePath, String message) {
        return Problem.error("build.output-link", sitePath, 0, message);
    }
}
