package dev.duet.benchmarks;

import dev.duet.markdown.MarkdownRenderer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders the Markdown body of one imported article to safe HTML with {@link MarkdownRenderer}: 6 to 9 paragraphs,
 * about 1,200 Chinese characters or 600 English words, as import writes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBenchmark {

    @Param({"zh", "en"})
    public String lang;

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private String body;

    @Setup
    public void setUp() throws IOException {
        try (MicroSite site = MicroSite.create(1)) {
            body = site.firstArticle(lang).body().text();
        }
    }

    @org.openjdk.jmh.annotations.Benchmark
    public String render() {
        return renderer.render(body);
    }
}
