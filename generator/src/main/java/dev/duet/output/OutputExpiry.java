package dev.duet.output;

import dev.duet.io.AtomicWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the last build's output stops being what a build would write, by the passing of time alone (the news sitemap
 * lists the articles of the last two days): kept in the cache folder beside the snapshot. A build whose
 * {@code buildTime} has reached it is no longer up to date, though no file changed. Written before the snapshot is
 * saved, so a snapshot is never read with an older expiry than its own.
 */
public final class OutputExpiry {

    static final String FILE = "output-expires.txt";

    private OutputExpiry() {
    }

    /**
     * Records {@code expires} for the snapshot about to be saved; none (no file) when time alone never changes the
     * output.
     */
    public static void save(Path cacheDir, Optional<Instant> expires) throws IOException {
        Path file = cacheDir.resolve(FILE);
        if (expires.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(cacheDir);
        AtomicWriter.writeTextIfChanged(file, out -> out.write(expires.get() + "\n"));
    }

    /**
     * True when the output the last build recorded is still what a build at {@code now} would write, as far as time
     * goes. An unreadable record is a doubt, and so expired.
     */
    public static boolean isCurrentAt(Path cacheDir, Instant now) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.exists(file)) {
            return true;
        }
        try {
            return now.isBefore(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | DateTimeParseException e) {
            return false;
        }
    }
}
