package dev.duet.benchmarks;

import dev.duet.source.ImportedArticle;
import dev.duet.source.SourceParser;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parses one generated source file (a bilingual article of about 1,200 Chinese characters and 600 English words)
 * with {@link SourceParser}: decoding, line classification, both languages' readers, keywords, URL and date. In
 * UTF-8 the decoder's fast path reads it; in GB18030 the byte scan and the charset detector run first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SourceParseBenchmark {

    @Param({"utf-8", "gb18030"})
    public String encoding;

    private final SourceParser parser = new SourceParser();
    private byte[] bytes;

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("duet-micro");
        try {
            Corpus.generate(1, Corpus.DEFAULT_SEED).writeSources(dir);
            try (var files = Files.list(dir)) {
                String text = Files.readString(files.findFirst().orElseThrow(), StandardCharsets.UTF_8);
                bytes = text.getBytes(Charset.forName(encoding));
            }
        } finally {
            Benchmark.deleteTree(dir);
        }
        ImportedArticle article = parser.parse("sources/article.txt", bytes);
        if (!article.isImportable() || !article.encoding().equals(encoding)) {
            throw new IllegalStateException("the generated source should parse as " + encoding + ": " + article);
        }
    }

    @org.openjdk.jmh.annotations.Benchmark
    public ImportedArticle parse() {
        return parser.parse("sources/article.txt", bytes);
    }
}
