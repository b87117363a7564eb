package dev.duet.serve;

import dev.duet.diagnostic.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one rebuild during the preview produced: its problems, whether the site was written, how long it took and
 * how many pages it wrote.
 *
 * @param problems everything the build found, errors and warnings
 * @param ok whether the build had no errors and so wrote the site; always equal to "no problem is an error"
 * @param elapsed how long the rebuild took
 * @param pagesWritten how many pages were written
 */
public record RebuildResult(List<Problem> problems, boolean ok, Duration elapsed, int pagesWritten) {

    public RebuildResult {
        problems = List.copyOf(problems);
        Objects.requireNonNull(elapsed, "elapsed");
        if (ok != problems.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("ok must be true exactly when no problem is an error, was " + ok);
        }
        if (pagesWritten < 0) {
            throw new IllegalArgumentException("pagesWritten must not be negative: " + pagesWritten);
        }
    }

    /** A result whose {@code ok} follows from its problems. */
    public static RebuildResult of(List<Problem> problems, Duration elapsed, int pagesWritten) {
        return new RebuildResult(problems, problems.stream().noneMatch(Problem::isError), elapsed, pagesWritten);
    }
}
