package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Guards against accidental quadratic work or per-call setup in the parser. The bound is loose (a tenth of the
 * 5,000 files per second the importer aims at) so that a busy build machine does not make it flaky.
 */
class ThroughputTest {

    @Test
    void importsAtLeastFiveHundredArticlesPerSecondOnOneThread() {
        SourceParser parser = new SourceParser();
        byte[] utf8 = SourceFixtures.text("full-article.txt").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 500; i++) {
            parser.parse("warm-up.txt", utf8);
        }
        int files = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            assertTrue(parser.parse("a" + i + ".txt", utf8).isImportable());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = files / seconds;
        assertTrue(perSecond >= 500, "only " + perSecond + " files per second");
    }
}
