package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary broken by an edit is an error naming its line, and the build goes on with the last version it read:
 * the tags keep their names and the reporters their pages, as a broken article keeps its last reading. A glossary
 * removed is no glossary.
 */
class GlossaryKeptTest {

    private static final String GLOSSARY = "Kazakhstan: 哈萨克斯坦\npeople:\n  Shan Lu: 单璐\n";

    @TempDir
    Path dir;

    @Test
    void aBrokenGlossaryIsAnErrorAndTheLastVersionReadIsUsedUntilItIsFixed() throws Exception {
        TestSite site = TestSite.in(dir).glossary(GLOSSARY)
                .article("2024/expo.zh.md", "title: \"博览会开幕\"\nlang: \"zh\"\ndate: \"2024-05-10\"\n"
                        + "tags: [\"Kazakhstan\"]\nreporters: [\"单璐\"]", "博览会开幕。\n")
                .article("2024/expo.en.md", "title: \"The Expo Opens\"\nlang: \"en\"\ndate: \"2024-05-10\"\n"
                        + "tags: [\"Kazakhstan\"]\nreporters: [\"Shan Lu\"]", "The expo opens.\n");
        assertFalse(site.build().hasErrors(), site.problems().toString());
        Map<String, byte[]> good = site.outputTree();
        assertTrue(site.read("zh/2024/05/expo/index.html").contains("哈萨克斯坦"));

        site.glossary(GLOSSARY + "\tTurkey: 土耳其\n");
        site.problems().clear();
        assertTrue(site.build().hasErrors());
        List<Problem> errors = site.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("glossary.yaml", errors.get(0).file());
        assertTrue(errors.get(0).line() > 0, errors.toString());
        assertTrue(errors.get(0).message().endsWith("until it is fixed, the build uses the last version it read"),
                errors.get(0).message());
        TestSite.assertSameTree(good, site.outputTree());

        site.glossary(GLOSSARY + "Turkey: 土耳其\n");
        site.problems().clear();
        assertFalse(site.build().hasErrors(), site.problems().toString());
        TestSite.assertSameTree(good, site.outputTree());

        Files.delete(dir.resolve("glossary.yaml"));
        site.problems().clear();
        assertFalse(site.build().hasErrors(), site.problems().toString());
        assertFalse(site.read("zh/2024/05/expo/index.html").contains("哈萨克斯坦"), "no glossary, no names from it");
    }
}
