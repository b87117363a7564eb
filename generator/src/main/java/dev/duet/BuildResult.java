package dev.duet;

import dev.duet.diagnostic.Problem;
import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param articles the article pages in all languages
 * @param files the files the site has
 * @param rendered the files rendered in this build; the others were unchanged since the last build and skipped
 * @param written the files whose bytes changed in this build
 * @param pagesWritten of those, the files other than the search index's, which readers see as pages
 * @param deleted the files of an earlier build that were removed
 * @param problems every problem found, in pipeline order
 * @param elapsed how long the build took
 */
public record BuildResult(int articles, int files, int rendered, int written, int pagesWritten, List<String> deleted,
        List<Problem> problems, Duration elapsed) {

    public BuildResult {
        deleted = List.copyOf(deleted);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public String summary() {
        long errors = problems.stream().filter(Problem::isError).count();
        return String.format("Built %d articles into %d files (%d rendered, %d written, %d removed) in %d ms;"
                        + " %d warnings, %d errors",
                articles, files, rendered, written, deleted.size(), elapsed.toMillis(), problems.size() - errors, errors);
    }
}
