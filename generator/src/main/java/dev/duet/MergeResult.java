package dev.duet;

import dev.duet.diagnostic.Problem;
import java.time.Duration;
import java.util.List;

/**
 * What {@code duet:merge} did: how many shards it put together, the files the merged site has and how many of them
 * it wrote (the others already held the same bytes), the stale files it removed; or, when it refused, the errors that
 * say why, and then it changed nothing.
 */
public record MergeResult(int shards, int files, int written, List<String> deleted, List<Problem> problems,
        Duration duration) {

    public MergeResult {
        deleted = List.copyOf(deleted);
        problems = List.copyOf(problems);
    }

    /** True when the merge refused the shards. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** One line for the log. */
    public String summary() {
        if (hasErrors() && files == 0) {
            return "Merged nothing: the shards cannot be put together (see the errors above)";
        }
        // Errors after copying began: a link in the output folder that nothing was copied through.
        return String.format(java.util.Locale.ROOT,
                "Merged %d shards: %d files, %d written, %d removed (%d ms)%s", shards, files, written,
                deleted.size(), duration.toMillis(), hasErrors() ? "; some were not copied (see the errors above)"
                        : "");
    }
}
