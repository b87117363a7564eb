package dev.duet;

import dev.duet.diagnostic.Counted;
import dev.duet.diagnostic.Problem;
import dev.duet.model.Lifecycle;
import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param articles the articles in all languages (each language version of a story is one article)
 * @param files the files the site has
 * @param rendered the files rendered in this build; the others were unchanged since the last build and skipped
 * @param written the files whose bytes changed in this build
 * @param pagesWritten of those, the files other than the search index's, which readers see as pages
 * @param deleted the files of an earlier build that were removed
 * @param problems every problem found, in pipeline order
 * @param elapsed how long the build took
 * @param upToDate true when the build was skipped because inputs and outputs were as the last build left them;
 *     the counts and problems are then that build's, and nothing was rendered or written
 * @param schedule the stories waiting for their date, which the summary names
 */
public record BuildResult(int articles, int files, int rendered, int written, int pagesWritten, List<String> deleted,
        List<Problem> problems, Duration elapsed, boolean upToDate, Lifecycle.Schedule schedule) {

    public BuildResult {
        deleted = List.copyOf(deleted);
        problems = List.copyOf(problems);
    }

    /** A build with no story scheduled. */
    public BuildResult(int articles, int files, int rendered, int written, int pagesWritten, List<String> deleted,
            List<Problem> problems, Duration elapsed, boolean upToDate) {
        this(articles, files, rendered, written, pagesWritten, deleted, problems, elapsed, upToDate,
                Lifecycle.Schedule.NONE);
    }

    /** A build that found the site up to date: the last build's counts, problems and schedule. */
    static BuildResult upToDate(int articles, int files, List<Problem> problems, Duration elapsed,
            Lifecycle.Schedule schedule) {
        return new BuildResult(articles, files, 0, 0, 0, List.of(), problems, elapsed, true, schedule);
    }

    /** The same build, timed until {@code elapsed}: once its snapshot and caches are saved too. */
    BuildResult until(Duration elapsed) {
        return new BuildResult(articles, files, rendered, written, pagesWritten, deleted, problems, elapsed, upToDate,
                schedule);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public String summary() {
        long errors = problems.stream().filter(Problem::isError).count();
        String problemCounts = Counted.problems(problems.size() - errors, errors);
        if (upToDate) {
            return "Site is up to date: " + Counted.of(articles, "article") + ", " + Counted.of(files, "file")
                    + String.format(java.util.Locale.ROOT, " unchanged since the last build (checked in %d ms); ",
                            elapsed.toMillis()) + problemCounts + scheduled();
        }
        // "changed" is what a publish uploads: the files whose bytes this build changed or added, and those removed.
        return "Built " + Counted.of(articles, "article") + " into " + Counted.of(files, "file")
                + String.format(java.util.Locale.ROOT, " in %d ms: %,d rendered, %,d changed, %,d removed; ",
                        elapsed.toMillis(), rendered, written, deleted.size())
                + problemCounts + scheduled();
    }

    /** The stories waiting for their time, when there are any: {@code ; 2 stories scheduled, the next due …}. */
    private String scheduled() {
        String waiting = schedule.describe();
        return waiting.isEmpty() ? "" : "; " + waiting;
    }
}
