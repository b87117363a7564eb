package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A few kilobytes of hand-written Markdown or front matter, written to nest deeper than a parser's stack, are one
 * error naming the file and line; the rest of the site builds. Each case once ended the whole build with a
 * StackOverflowError that named no file.
 */
class HostileArticleTest {

    private static final String HOSTILE = "articles/2025/hostile.en.md";
    /** The front matter's lines; the body starts on line 8 (after '---', four lines, '---' and a blank line). */
    private static final String FRONT = "title: \"Hostile\"\nlang: \"en\"\ndate: \"2025-01-02\"\nslug: \"hostile\"";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void aGoodPair() throws Exception {
        site = TestSite.in(dir);
        site.article("2025/good.zh.md", "title: \"好消息\"\nlang: \"zh\"\ndate: \"2025-01-01\"\nslug: \"good\"\n"
                + "translationKey: \"good\"", "正文第一段。");
        site.article("2025/good.en.md", "title: \"Good news\"\nlang: \"en\"\ndate: \"2025-01-01\"\nslug: \"good\"\n"
                + "translationKey: \"good\"", "The first paragraph.");
    }

    static Stream<Arguments> hostileBodies() {
        String nested = IntStream.range(0, 500).mapToObj(i -> "  ".repeat(i) + "- item")
                .collect(Collectors.joining("\n"));
        return Stream.of(
                Arguments.of("1,000 '>' in a row", ">".repeat(1000) + " deep", 8),
                Arguments.of("2,000 '*' around a word", "*".repeat(2000) + "word" + "*".repeat(2000), 8),
                Arguments.of("'- ' 5,000 times", "- ".repeat(5000) + "x", 8),
                Arguments.of("a list nested 500 deep", nested, 8 + 64),
                Arguments.of("deep quotes after a paragraph", "A paragraph.\n\n" + "> ".repeat(300) + "x", 10),
                Arguments.of("a 200 kB paragraph of entities", "A paragraph.\n\n" + "&amp;".repeat(40_000), 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void aBodyThatNestsTooDeepIsOneErrorAndTheRestBuilds(String name, String body, int line) throws Exception {
        site.article("2025/hostile.en.md", FRONT, body);
        BuildResult result = site.build();
        assertOneErrorAt(result, "content.markdown-depth", line);
        assertTrue(site.exists("en/2025/01/good/index.html") && site.exists("zh/2025/01/good/index.html"));
        assertFalse(site.exists("en/2025/01/hostile/index.html"));
    }

    static Stream<Arguments> hostileFrontMatter() {
        return Stream.of(
                Arguments.of("2,000 '['", "tags: " + "[".repeat(2000)),
                Arguments.of("1,000 '{a: '", "tags: " + "{a: ".repeat(1000)),
                Arguments.of("'- ' nested 2,000 times", "tags:\n  " + "- ".repeat(2000) + "x"));
    }

    @Test
    void frontMatterLongerThanItMayBeIsOneErrorBeforeAnyParserReadsIt() throws Exception {
        String yaml = "summary: \"" + "A".repeat(3_000_000) + "\"";
        site.article("2025/hostile.en.md", FRONT + "\n" + yaml, "Body.");
        BuildResult result = site.build();
        assertOneErrorAt(result, "content.yaml", 2);
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("more than the 1048576")),
                result.problems().toString());
        assertTrue(site.exists("en/2025/01/good/index.html") && site.exists("zh/2025/01/good/index.html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFrontMatter")
    void frontMatterThatNestsTooDeepIsOneErrorAndTheRestBuilds(String name, String yaml) throws Exception {
        site.article("2025/hostile.en.md", FRONT + "\n" + yaml, "Body.");
        BuildResult result = site.build();
        assertOneErrorAt(result, "content.yaml", yaml.startsWith("tags:\n") ? 7 : 6);
        assertTrue(site.exists("en/2025/01/good/index.html") && site.exists("zh/2025/01/good/index.html"));
    }

    static Stream<Arguments> invalidFrontMatter() {
        // FRONT is lines 2 to 5 of the file; the mistake is on line 6, and more keys may follow it.
        return Stream.of(
                Arguments.of("a list left open", "views: [1508\ntags: [\"a\"]", 6),
                Arguments.of("a list left open at the end", "views: [1508", 6),
                Arguments.of("a map left open", "image: {src: \"a.jpg\"\ntags: [\"a\"]", 6),
                Arguments.of("a quoted text left open at the end", "summary: \"Half", 6),
                Arguments.of("a quoted text left open before more keys", "summary: \"Half\ntags: [\"a\"]\nviews: 3", 6),
                Arguments.of("a quoted item left open", "tags:\n  - \"a\n  - \"b\"\nviews: 3", 7),
                Arguments.of("a list left open after a text on two lines", "summary: \"One\n  two\"\nviews: [1", 8),
                Arguments.of("a key twice", "views: 1\nviews: 2", 7),
                Arguments.of("a value that is a map", "views: a: b", 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFrontMatter")
    void invalidFrontMatterIsOneErrorOnTheLineToFix(String name, String yaml, int line) throws Exception {
        site.article("2025/hostile.en.md", FRONT + "\n" + yaml, "Body.");
        BuildResult result = site.build();
        assertOneErrorAt(result, "content.yaml", line);
        assertTrue(site.exists("en/2025/01/good/index.html") && site.exists("zh/2025/01/good/index.html"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0000-01-01", "-0001-01-01", "+10000-01-01"})
    void aDateWithoutAYearFrom0001To9999IsAnErrorAtItsLineAndTheArticleLeftOut(String date) throws Exception {
        site.article("2025/hostile.en.md", "title: \"Hostile\"\nlang: \"en\"\nslug: \"hostile\"\ndate: \"" + date
                + "\"", "Body.");
        BuildResult result = site.build();
        assertOneErrorAt(result, "content.date", 5);
        assertTrue(result.problems().get(0).message().contains("a year from 0001 to 9999"), result.problems()::toString);
        assertTrue(result.problems().get(0).message().endsWith("; the article is left out"), result.problems()::toString);
        assertFalse(site.exists("en/undated/hostile/index.html"), "not published at a day no one wrote");
        assertFalse(site.read("en/feed.xml").contains(date), "no feed carries the year");
        assertTrue(site.exists("en/2025/01/good/index.html"), "the rest of the site builds");
    }

    static Stream<Arguments> fieldsOfTheWrongType() {
        return Stream.of(
                Arguments.of("views: \"many\"", "'views' should be a whole number, 0 or more"),
                Arguments.of("views: -5", "'views' should be a whole number, 0 or more"),
                Arguments.of("views: 12.5", "'views' should be a whole number, 0 or more"),
                Arguments.of("unpublished: \"no\"", "'unpublished: no' is read as false"),
                Arguments.of("reporters: 5", "'reporters' should be a text or a list of texts"),
                Arguments.of("section: [a, b]", "'section' should be a text value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldsOfTheWrongType")
    void aFieldOfTheWrongTypeIsAWarningWithItsLineAndTheArticleBuilds(String yaml, String message)
            throws Exception {
        site.article("2025/hostile.en.md", FRONT + "\n" + yaml, "Body.");
        BuildResult result = site.build();
        List<Problem> warnings = result.problems().stream().filter(p -> p.code().equals("content.field-type"))
                .toList();
        assertEquals(1, warnings.size(), result.problems()::toString);
        assertEquals(HOSTILE, warnings.get(0).file());
        assertEquals(6, warnings.get(0).line(), warnings.get(0)::toString);
        assertTrue(warnings.get(0).message().contains(message), warnings.get(0)::toString);
        assertFalse(result.problems().stream().anyMatch(Problem::isError), result.problems()::toString);
        assertTrue(site.exists("en/2025/01/hostile/index.html"));
    }

    static Stream<Arguments> imageFieldsMisspeltOrOfTheWrongType() {
        return Stream.of(
                Arguments.of("image: {src: \"a.jpg\", cedit: \"Xinhua\"}", "'image' has 'cedit', which is not read"),
                Arguments.of("image: {src: \"a.jpg\", credit: [a, b]}", "the image's credit should be a text"),
                Arguments.of("image: {src: \"a.jpg\", caption: {fr: \"Légende\"}}",
                        "the image's caption has no text in this file's language (en)"),
                Arguments.of("image: {src: \"a.jpg\", alt: {en: [a]}}", "the image's alt in 'en' should be a text"));
    }

    /**
     * A key of {@code image:} misspelt, or a text of the wrong shape, is a warning at its line: a credit written
     * {@code cedit:} was dropped without a word, one written as a list was printed as "[a, b]".
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("imageFieldsMisspeltOrOfTheWrongType")
    void anImageFieldMisspeltOrOfTheWrongTypeIsAWarningWithItsLine(String yaml, String message) throws Exception {
        site.article("2025/hostile.en.md", FRONT + "\n" + yaml, "Body.");
        BuildResult result = site.build();
        List<Problem> warnings = result.problems().stream().filter(p -> p.code().equals("content.image")).toList();
        assertEquals(1, warnings.size(), result.problems()::toString);
        assertEquals(HOSTILE, warnings.get(0).file());
        assertEquals(6, warnings.get(0).line(), warnings.get(0)::toString);
        assertTrue(warnings.get(0).message().contains(message), warnings.get(0)::toString);
        assertFalse(site.read("en/2025/01/hostile/index.html").contains("[a, b]"));
    }

    @Test
    void aLangThatContradictsTheFileNameIsAWarningWithItsLine() throws Exception {
        site.article("2025/hostile.en.md", "title: \"Hostile\"\nlang: \"zh\"\ndate: \"2025-01-02\"", "正文。");
        BuildResult result = site.build();
        List<Problem> told = result.problems().stream().filter(p -> p.code().equals("content.lang")).toList();
        assertEquals(1, told.size(), result.problems()::toString);
        assertEquals(HOSTILE, told.get(0).file());
        assertEquals(3, told.get(0).line());
        assertFalse(told.get(0).isError());
        assertTrue(told.get(0).message().contains("name says en and its lang says zh"), told.get(0)::toString);
        assertTrue(site.exists("zh/2025/01/hostile/index.html"), "read as its lang says");
    }

    @Test
    void markdownThatOverflowsTheParserFailsOnlyThePagesThatShowIt() throws Exception {
        // Inline HTML with 20,000 attributes nests nothing, so reading passes it; the parser's pattern for it
        // still recurses once per attribute.
        site.article("2025/hostile.en.md", FRONT, "A first paragraph.\n\nAnd <a " + "a ".repeat(20_000) + "> here.");
        BuildResult result = site.build();
        assertOneErrorAt(result, "content.markdown-depth", 10);
        assertFalse(site.exists("en/2025/01/hostile/index.html"));
        assertTrue(site.exists("en/2025/01/good/index.html") && site.exists("zh/2025/01/good/index.html"));
        assertTrue(site.exists("en/index.html") && site.read("en/index.html").contains("Hostile"),
                "the lists still show the article's title and summary");
    }

    @Test
    void aGlossaryThatNestsTooDeepIsOneErrorAndTheSiteBuilds() throws Exception {
        site.write("glossary.yaml", "good: 好\nnews: " + "[".repeat(2000) + "\n");
        BuildResult result = site.build();
        assertOneErrorAt(result, "glossary.yaml", 2);
        assertTrue(site.exists("en/2025/01/good/index.html"));
    }

    @Test
    void anArticleThatIsNotUtf8IsOneErrorOnTheLineOfItsFirstBadByte() throws Exception {
        byte[] good = ("---\n" + FRONT + "\n---\n\nA first paragraph.\n\nA second, ").getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = '\n';
        site.write(HOSTILE, bytes);
        BuildResult result = site.build();
        assertOneErrorAt(result, "content.encoding", 10);
        assertTrue(site.exists("en/2025/01/good/index.html"));
    }

    @Test
    void anInvalidGlossaryIsOneErrorOnTheLineToFix() throws Exception {
        site.write("glossary.yaml", "good: 好\nnews: [新闻\n");
        BuildResult result = site.build();
        assertOneErrorAt(result, "glossary.yaml", 2);
        assertTrue(site.exists("en/2025/01/good/index.html"));

        // The site built despite the error lacks what it concerns: a check of it says so, and fails.
        List<Problem> checked = site.duet().check().stream().filter(Problem::isError).toList();
        assertEquals(1, checked.size(), checked::toString);
        assertEquals("check.build-error", checked.get(0).code());
        assertEquals("glossary.yaml", checked.get(0).file());
        assertEquals(2, checked.get(0).line());
    }

    @Test
    void aGlossaryOfAComplexKeyOrOfManyEntriesIsReadOrToldWhy() throws Exception {
        site.write("glossary.yaml", "good: 好\n? [complex, key]\n: 复杂\n");
        BuildResult result = site.build();
        assertTrue(result.problems().stream().noneMatch(p -> p.code().equals("glossary.yaml")
                && p.message().equals("not valid YAML; write one 'English: 中文' pair a line")), result.problems()::toString);
        assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("glossary.yaml")
                && p.message().contains("Non scalar key")), result.problems()::toString);

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 400_000; i++) {
            many.append("term number ").append(i).append(": 术语").append(i).append('\n');
        }
        site.write("glossary.yaml", many.toString());
        result = site.build();
        assertTrue(result.problems().stream().noneMatch(p -> p.file().equals("glossary.yaml")),
                result.problems()::toString);
    }

    private void assertOneErrorAt(BuildResult result, String code, int line) {
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        Problem error = errors.get(0);
        assertEquals(code, error.code(), error::toString);
        assertEquals(code.startsWith("glossary") ? "glossary.yaml" : HOSTILE, error.file(), error::toString);
        assertEquals(line, error.line(), error::toString);
    }
}
