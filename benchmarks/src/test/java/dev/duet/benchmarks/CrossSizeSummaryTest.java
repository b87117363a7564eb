package dev.duet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.benchmarks.Benchmark.Row;
import dev.duet.benchmarks.Benchmark.Run;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lines the runner prints after a run over several corpus sizes, from given medians. */
class CrossSizeSummaryTest {

    private Locale before;

    @BeforeEach
    void englishNumbers() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static Run ok(long wallMs) {
        return new Run(wallMs, wallMs - 100, 0, 0, 0, 0, 0, 0, wallMs, "");
    }

    private static Row row(String step, int size, long pages, long... wallMs) {
        return new Row(step, size, pages, java.util.Arrays.stream(wallMs).mapToObj(CrossSizeSummaryTest::ok).toList());
    }

    @Test
    void importRatePastTheSmallerCorpusUsesTheExtraFilesAndTheExtraMedianTime() {
        String summary = Benchmark.crossSizeSummary(List.of(
                row("import", 10_000, 10_000, 2_400, 2_300, 2_350),
                row("import", 1_000, 1_000, 700, 750, 800)));

        // (10,000 - 1,000) files in (2,350 - 750) ms
        assertTrue(summary.contains("Import of the 9,000 files past the first 1,000 (N=10,000 less N=1,000, median "
                + "wall times): 5,625 files/s, 0.178 ms a file"), summary);
    }

    @Test
    void fullBuildTimePerPageIsComparedBetweenNeighbouringSizes() {
        String summary = Benchmark.crossSizeSummary(List.of(
                row("full build", 1_000, 5_000, 2_000),
                row("full build", 10_000, 50_000, 22_000)));

        assertTrue(summary.contains("Full build time per page, N=10,000 vs N=1,000: 1.10×"), summary);
    }

    @Test
    void aStepThatFailedAtOneSizeGivesNoRate() {
        Row failed = new Row("import", 10_000, 10_000, List.of(Run.failed(900, -1, "exit 1")));
        String summary = Benchmark.crossSizeSummary(List.of(row("import", 1_000, 1_000, 700), failed));

        assertEquals("", summary);
    }
}
