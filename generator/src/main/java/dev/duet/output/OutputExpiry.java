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
 * lists the articles of the last two days), and the time it was built for: kept in the cache folder beside the
 * snapshot. A build whose {@code buildTime} has reached the first, or is before the second (a build set back in
 * time, when stories gone from the news sitemap would be in it again), is no longer up to date, though no file
 * changed. Written before the snapshot is saved, so a snapshot is never read with an older expiry than its own.
 */
public final class OutputExpiry {

    static final String FILE = "output-expires.txt";

    private static final String BUILT = "built ";
    private static final String EXPIRES = "expires ";

    private OutputExpiry() {
    }

    /** Records the time the output was built for and {@code expires}, none when time alone never changes it. */
    public static void save(Path cacheDir, Instant builtAt, Optional<Instant> expires) throws IOException {
        Files.createDirectories(cacheDir);
        AtomicWriter.writeTextIfChanged(cacheDir.resolve(FILE), out -> {
            out.write(BUILT + builtAt + "\n");
            if (expires.isPresent()) {
                out.write(EXPIRES + expires.get() + "\n");
            }
        });
    }

    /**
     * True when the output the last build recorded is still what a build at {@code now} would write, as far as time
     * goes. An unreadable record is a doubt, and so expired; no record at all, as builds before this one kept when
     * time never changed their output, is current.
     */
    public static boolean isCurrentAt(Path cacheDir, Instant now) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.exists(file)) {
            return true;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(BUILT) && now.isBefore(Instant.parse(line.substring(BUILT.length())))) {
                    return false;
                }
                if (line.startsWith(EXPIRES) && !now.isBefore(Instant.parse(line.substring(EXPIRES.length())))) {
                    return false;
                }
                if (!line.startsWith(BUILT) && !line.startsWith(EXPIRES)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | DateTimeParseException e) {
            return false;
        }
    }
}
