package dev.duet.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** Why a file could not be read or written, in words: an exception's message is often the file's name alone. */
public final class FileErrors {

    private FileErrors() {
    }

    /** The reason the file system gave ({@code Is a directory}), {@code permission denied}, or the exception's kind. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException failed) {
            return failed.getReason() != null ? failed.getReason()
                    : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@link #reason} of a file that could not be read, with what to do when the build may not read it. */
    public static String readReason(IOException e) {
        return e instanceof AccessDeniedException
                ? "permission denied (make it readable by the user the build runs as)" : reason(e);
    }
}
