package dev.duet;

import java.util.Optional;

/** How a build ended: it built the site, found it up to date, or was cancelled by new edits. */
sealed interface BuildOutcome permits BuildOutcome.Built, BuildOutcome.UpToDate, BuildOutcome.Cancelled {

    /** The build's result; empty when it was cancelled. */
    Optional<BuildResult> finished();

    /** The site was built; what the build's memory keeps of it, it has kept. */
    record Built(BuildResult result) implements BuildOutcome {

        @Override
        public Optional<BuildResult> finished() {
            return Optional.of(result);
        }
    }

    /** The build was skipped: inputs and output were as the last build left them. */
    record UpToDate(BuildResult result) implements BuildOutcome, UpToDateCheck.Verdict {

        @Override
        public Optional<BuildResult> finished() {
            return Optional.of(result);
        }
    }

    /**
     * A preview's build stopped between pages because new edits arrived: it wrote no manifest or cache, and the
     * next build does the rest.
     */
    record Cancelled() implements BuildOutcome {

        @Override
        public Optional<BuildResult> finished() {
            return Optional.empty();
        }
    }
}
