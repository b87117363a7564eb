package dev.duet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.content.ImportReport;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus is what Duet and Hugo expect: a small one imports and builds cleanly. Not timed. */
class CorpusSmokeTest {

    private static final Pattern ARTICLE_PAGE = Pattern.compile("(zh|en)/\\d{4}/\\d{2}/[^/]+/index\\.html");

    @Test
    void twentyGeneratedSourcesImportAndBuildIntoFortyArticlePages(@TempDir Path dir) throws Exception {
        Corpus corpus = Corpus.generate(20, Corpus.DEFAULT_SEED);
        Path site = dir.resolve("duet");
        corpus.writeSources(site.resolve("sources"));
        Duet duet = new Duet(SiteConfig.builder(site).baseUrl("https://news.example.org/").build(),
                BuildListener.silent());

        ImportReport report = duet.importSources();
        assertEquals(List.of(), report.problems(), "the generated sources import without a problem");
        assertEquals(20, report.storiesImported());

        BuildResult result = duet.build();
        assertFalse(result.hasErrors(), () -> result.problems().toString());
        assertEquals(40, result.articles());
        Path output = site.resolve("target/site");
        try (Stream<Path> walk = Files.walk(output)) {
            long articlePages = walk.map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> ARTICLE_PAGE.matcher(p).matches()).count();
            assertEquals(40, articlePages);
        }
        // The generated corpus has no glossary, so the translation desk finds its tags untranslated, and its
        // reporters without an English name (its English datelines name none, as Xinhua's do not); and its two
        // languages are written apart, 6 to 9 paragraphs each, so the desk finds paragraphs without a counterpart in
        // the stories whose counts differ, and only there.
        Set<String> unequal = corpus.articles().stream()
                .filter(a -> a.zhParagraphs().size() != a.enParagraphs().size()).map(Article::slug)
                .collect(Collectors.toSet());
        List<Problem> found = duet.check();
        assertEquals(List.of(), found.stream().filter(p -> !p.code().startsWith("desk.untranslated-")
                && !(p.code().equals("desk.misaligned") && unequal.contains(slugOf(p.file())))).toList(),
                "the benchmarked site passes duet:check");
    }

    /** The slug of an article file's path: {@code articles/2024/a-story.zh.md} gives {@code a-story}. */
    private static String slugOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.replaceFirst("\\.(zh|en)\\.md$", "");
    }

    @Test
    void theImportFloorsReadTheGeneratedSources(@TempDir Path dir) throws Exception {
        Corpus.generate(20, Corpus.DEFAULT_SEED).writeSources(dir.resolve("sources"));
        ImportFloor.main(new String[] {"split", dir.resolve("sources").toString(), dir.resolve("split").toString()});
        ImportFloor.main(new String[] {"minimal", dir.resolve("sources").toString(),
            dir.resolve("minimal").toString()});
        try (Stream<Path> split = Files.list(dir.resolve("split"))) {
            assertEquals(40, split.count());
        }
        try (Stream<Path> walk = Files.walk(dir.resolve("minimal"))) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            assertEquals(40, files.size());
            for (Path file : files) {
                String text = Files.readString(file);
                assertTrue(text.startsWith("---\ntitle: ") && text.contains("\nimportDigest: \"sha256:"),
                        file::toString);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpus() {
        assertEquals(Corpus.generate(5, 7).articles(), Corpus.generate(5, 7).articles());
    }

    @Test
    void articlesHaveTheirIntendedLengthAndKeywords() {
        for (Article a : Corpus.generate(50, Corpus.DEFAULT_SEED).articles()) {
            int zh = String.join("", a.zhParagraphs()).length();
            long en = a.enParagraphs().stream().mapToLong(p -> p.split(" ").length).sum();
            assertTrue(zh > 900 && zh < 1500, "zh characters: " + zh);
            assertTrue(en > 450 && en < 780, "en words: " + en);
            assertTrue(a.zhParagraphs().size() >= 6 && a.zhParagraphs().size() <= 9);
            assertTrue(a.keywords().size() >= 3 && a.keywords().size() <= 5);
        }
    }

    @Test
    void hugoSitePairsTranslationsByFileName(@TempDir Path dir) throws Exception {
        Corpus corpus = Corpus.generate(3, Corpus.DEFAULT_SEED);
        HugoSite.write(corpus, dir);
        assertTrue(Files.isRegularFile(dir.resolve("hugo.toml")));
        for (Article a : corpus.articles()) {
            assertTrue(Files.isRegularFile(dir.resolve("content/" + a.slug() + ".zh.md")));
            assertTrue(Files.isRegularFile(dir.resolve("content/" + a.slug() + ".en.md")));
        }
    }
}
