package dev.duet.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A file, not a folder, where Duet keeps a folder of its own that it will not remove itself: the cache folder, or a
 * folder above it. The message names the path and says what to do; the user must fix it before Duet can go on.
 */
public final class NotAFolderException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    NotAFolderException(Path file, String reason) {
        super(file.toString(), null, reason);
    }
}
