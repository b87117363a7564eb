package dev.duet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The micro-benchmarks' set-up and one call of each work, so that they keep working between runs of JMH; nothing
 * here is timed. The build compiles them, and JMH's annotation processor lists them for {@code org.openjdk.jmh.Main}.
 */
class MicroBenchmarksSmokeTest {

    @Test
    void everyBenchmarkIsListedForJmh() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "JMH's annotation processor did not run");
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String name : List.of("SourceParseBenchmark", "MarkdownBenchmark", "ArticlePageBenchmark")) {
                assertTrue(list.contains("dev.duet.benchmarks." + name + " "), name + " missing from " + list);
            }
        }
    }

    @Test
    void parsesTheGeneratedSourceInBothEncodings() throws IOException {
        for (String encoding : List.of("utf-8", "gb18030")) {
            SourceParseBenchmark benchmark = new SourceParseBenchmark();
            benchmark.encoding = encoding;
            benchmark.setUp();
            assertEquals(encoding, benchmark.parse().encoding());
        }
    }

    @Test
    void rendersAnArticleBodyAndAnArticlePageInBothLanguages() throws IOException {
        for (String lang : List.of("zh", "en")) {
            MarkdownBenchmark markdown = new MarkdownBenchmark();
            markdown.lang = lang;
            markdown.setUp();
            assertTrue(markdown.render().startsWith("<p>"), lang);

            ArticlePageBenchmark page = new ArticlePageBenchmark();
            page.lang = lang;
            page.setUp();
            try {
                String html = new String(page.render(), StandardCharsets.UTF_8);
                assertTrue(html.contains("<html lang=\"" + (lang.equals("zh") ? "zh-Hans" : "en") + "\""),
                        html.substring(0, Math.min(200, html.length())));
            } finally {
                page.tearDown();
            }
        }
    }
}
