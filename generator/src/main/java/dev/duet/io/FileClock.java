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

    /** The current time in nanoseconds since the epoch, the unit of a file's stamp. */
    public static long now() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
