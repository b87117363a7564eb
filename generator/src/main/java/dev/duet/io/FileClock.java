package dev.duet.io;

import java.util.concurrent.TimeUnit;

/** What a file's last-modified time can be trusted to tell. */
public final class FileClock {

    /**
     * How close to a moment a file's time may be for its stamp not to be trusted: a change within the same tick of
     * the file system's clock keeps the time the file had, and FAT keeps times in 2 s steps. The build's snapshot,
     * the check's memo, the read cache and the translation desk's memo all go by it.
     */
    public static final long RACY_WINDOW = TimeUnit.SECONDS.toNanos(2);

    private FileClock() {
    }

    /**
     * Whether a file's time, in nanoseconds since the epoch, falls on a whole second: a time put on the file rather
     * than that of its last change (a tar archive's or a zip's, {@code touch -d}, a tree given one time for a
     * reproducible build), which an edit of the same size may be given back. The file systems files are edited on
     * keep fractions of a second (ext4, XFS, APFS, NTFS), so a file that changed there almost never has one. Such a
     * stamp says nothing of the bytes: the file is compared by them. (On a file system that keeps whole seconds
     * only, every file is.)
     */
    public static boolean isWholeSecond(long nanos) {
        return Math.floorMod(nanos, 1_000_000_000L) == 0;
    }

    /**
     * Whether a stamp with this time, taken at {@code readAt}, tells the file's next change: the file changed more
     * than {@link #RACY_WINDOW} before, at a time that is not a {@link #isWholeSecond whole second}. The read cache,
     * the import's memo and the pictures' stamps all go by it.
     */
    public static boolean isTrusted(long modifiedNanos, long readAtNanos) {
        return readAtNanos - modifiedNanos > RACY_WINDOW && !isWholeSecond(modifiedNanos);
    }

    /** The current time in nanoseconds since the epoch, the unit of a file's stamp. */
    public static long now() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
