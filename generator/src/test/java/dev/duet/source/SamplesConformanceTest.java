package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks every shared sample ({@code shared/samples/*.txt}, next to the repository) against the values its
 * {@code .json} says a correct import extracts. Skipped where the samples folder is absent.
 */
class SamplesConformanceTest {

    private final SourceParser parser = new SourceParser();

    @TestFactory
    Stream<DynamicTest> importsEverySharedSampleAsItsJsonDescribes() throws IOException {
        Optional<Path> samples = findSamples();
        assumeTrue(samples.isPresent(), "shared/samples not found next to the repository");
        List<Path> texts;
        try (Stream<Path> files = Files.list(samples.get())) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(texts.isEmpty(), "no sample .txt files");
        return texts.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> check(txt)));
    }

    private void check(Path txt) throws IOException {
        Path json = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(json, StandardCharsets.UTF_8));
        ImportedArticle article = parser.parse("sources/" + txt.getFileName(), Files.readAllBytes(txt));

        assertTrue(article.isImportable(), () -> "not importable: " + article.problems());
        assertEquals(expected.get("encoding"), article.encoding(), "encoding");
        assertEquals(expected.get("title_zh"), article.zh().map(ArticleText::title).orElse(null), "title_zh");
        assertEquals(expected.get("title_en"), article.en().map(ArticleText::title).orElse(null), "title_en");
        assertEquals(expected.get("date"), article.date().map(Object::toString).orElse(null), "date");
        assertEquals(expected.get("keywords"), article.keywords(), "keywords");
        assertEquals(expected.get("source_url"), article.source().map(SourceLink::url).orElse(null), "source_url");
        assertEquals(expected.get("views"), article.views().orElse(null), "views");
        assertEquals(expected.get("zh_paragraphs"), article.zh().map(t -> t.paragraphs().size()).orElse(0),
                "zh_paragraphs");
        assertEquals(expected.get("en_paragraphs"), article.en().map(t -> t.paragraphs().size()).orElse(0),
                "en_paragraphs");
        assertEquals(expected.get("en_headline"), article.en().flatMap(ArticleText::headline).orElse(null),
                "en_headline");
        assertPrefix((String) expected.get("zh_first_sentence_prefix"), article.zh().map(t -> t.paragraphs().get(0)),
                "zh_first_sentence_prefix");
        assertPrefix((String) expected.get("en_last_paragraph_prefix"),
                article.en().map(t -> t.paragraphs().get(t.paragraphs().size() - 1)), "en_last_paragraph_prefix");
        assertEquals(expected.get("dateline_zh"), article.zh().flatMap(t -> t.byline().dateline()).orElse(null),
                "dateline_zh");
        assertEquals(expected.get("reporters_zh"), article.zh().map(t -> t.byline().reporters()).orElse(List.of()),
                "reporters_zh");
        assertEquals(expected.get("reporters_en"), article.en().map(t -> t.byline().reporters()).orElse(List.of()),
                "reporters_en");
    }

    private static void assertPrefix(String prefix, Optional<String> paragraph, String what) {
        if (prefix == null) {
            assertTrue(paragraph.isEmpty(), what + ": expected no paragraph, got " + paragraph);
            return;
        }
        assertTrue(paragraph.isPresent(), what + ": no paragraph");
        assertTrue(paragraph.get().startsWith(prefix), what + ": `" + paragraph.get() + "` does not start with `"
                + prefix + "`");
    }

    /** Walks up from the working directory to the first folder that has {@code shared/samples} in it. */
    static Optional<Path> findSamples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
