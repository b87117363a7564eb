package dev.duet.content;

import dev.duet.diagnostic.Counted;
import dev.duet.diagnostic.Problem;
import java.util.List;

/**
 * What an import did: one entry per Markdown file it considered, and every problem found.
 *
 * @param sourcesRead the number of source files read
 * @param storiesImported the number of source files that gave at least one article: each is a story, whose
 *     articles (its language versions, one Markdown file each) are in {@code files}
 * @param files what happened to each Markdown file
 * @param problems every problem, from parsing and from writing
 * @param otherEncodings the source files that were read in an encoding other than UTF-8 (GB18030, Big5…)
 */
public record ImportReport(int sourcesRead, int storiesImported, List<FileOutcome> files, List<Problem> problems,
        List<SourceEncoding> otherEncodings) {

    public ImportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        otherEncodings = List.copyOf(otherEncodings);
    }

    /** A source file that was not UTF-8, and the encoding it was read as. */
    public record SourceEncoding(String file, String encoding) {
    }

    /** What happened to one Markdown file. */
    public enum Status {
        CREATED, UPDATED, UNCHANGED,
        /** Edited by hand, its source changed, and the source's changes were merged into the fields not edited. */
        MERGED,
        /** Edited by hand, and left as it was. */
        KEPT_EDITED
    }

    /** One Markdown file and what import did to it. */
    public record FileOutcome(String path, Status status) {
    }

    public long count(Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /**
     * One line for the console: source files read, stories and articles (language versions) imported, what was
     * written, warnings and errors. "Articles" means language versions here as in the build's summary.
     */
    public String summary() {
        return Counted.of(sourcesRead, "source file") + " read: " + Counted.of(storiesImported, "story", "stories")
                + " imported as " + Counted.of(files.size(), "article") + String.format(java.util.Locale.ROOT,
                        " (Markdown files: %,d created, %,d updated, %,d unchanged, %,d edited by hand and merged with"
                        + " their source's changes, %,d kept because they were edited); ", count(Status.CREATED),
                        count(Status.UPDATED), count(Status.UNCHANGED), count(Status.MERGED),
                        count(Status.KEPT_EDITED))
                + Counted.problems(warnings(), errors())
                + (otherEncodings.isEmpty() ? "" : "; " + otherEncodings.size() + " not UTF-8 (see above)");
    }
}
