package dev.duet.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the preview watches for edits: the site's sources, given as directories (watched with everything under them)
 * or single files (a glossary, the configuration), paths whose changes never count (the output directory, which the
 * builder itself writes), and how long edits must pause before a rebuild starts. Saving a file often arrives as
 * several events (truncate, write, rename); the quiet period turns them into one rebuild.
 *
 * @param paths directories and files to watch; a path that is not a directory when watching starts is taken for a
 *     file, and watched whether it exists yet or not (its directory must exist)
 * @param ignored directories whose contents never trigger a rebuild
 * @param quietPeriod how long no event must arrive before the changes are handed on
 */
public record WatchSettings(List<Path> paths, List<Path> ignored, Duration quietPeriod) {

    /** The quiet period used unless told otherwise: short enough to feel instant, long enough to join one save. */
    static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(30);

    public WatchSettings {
        paths = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("quietPeriod must not be negative: " + quietPeriod);
        }
    }

    /** Watch {@code paths}, ignore the output directory, with the default quiet period. */
    public static WatchSettings of(List<Path> paths, Path outputDirectory) {
        return new WatchSettings(paths, List.of(outputDirectory), DEFAULT_QUIET_PERIOD);
    }
}
