package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The reader of written front matter against the YAML parser: on everything import writes it gives the parser's
 * mapping, and on any text it accepts — edited, damaged or forged — it never differs from the parser.
 */
class WrittenYamlTest {

    private static final String[] PIECES = {"a", "Z", " ", "经济", "：", "\"", "\\", "\n", "\r", "\t", "\u0085",
        "\u2028", "\u2029", "\uFEFF", "\u0000", "\u007F", "\u0090", "\u00A0", "é", "𠀀", "\uD800", "\uDC00", "#",
        ": ", "- ", "'", "{", "[", "&", "*", "!", "%", "@", "`", "\uFFFE", "\uFFFF", "\uFFFD", "~", "yes", "null",
        "2024-05-21", "123", "0x1F", ".inf"};

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    private static Optional<String> maybe(Random random) {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(text(random));
    }

    private static List<String> list(Random random) {
        List<String> out = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.add(text(random));
        }
        return out;
    }

    private static FrontMatter frontMatter(Random random) {
        return new FrontMatter(text(random), random.nextBoolean() ? "zh" : "en", maybe(random),
                random.nextBoolean() ? Optional.of(LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12),
                        1 + random.nextInt(28))) : Optional.empty(),
                maybe(random), list(random), maybe(random), maybe(random), list(random), maybe(random), maybe(random),
                maybe(random), random.nextBoolean() ? Optional.of(random.nextInt(Integer.MAX_VALUE)) : Optional.empty(),
                maybe(random), maybe(random), maybe(random), random.nextBoolean(), Optional.empty());
    }

    /** The YAML between the front matter's {@code ---} lines, as {@link ContentReader} hands it to the parser. */
    private static String yamlOf(String fileText) {
        int close = fileText.indexOf("\n---\n", 3);
        return fileText.substring(4, close + 1);
    }

    @Test
    void readsEverythingImportWritesAsTheParserDoes() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String file = FrontMatterFormat.withDigest(FrontMatterFormat.format(frontMatter(random), "body\n"),
                    "sha256:" + "0".repeat(64));
            String yaml = yamlOf(file);
            Optional<Map<String, Object>> written = WrittenYaml.parse(yaml);
            assertTrue(written.isPresent(), yaml);
            assertEquals(FrontMatterYaml.parseYaml(yaml), written.get(), yaml);
        }
    }

    @Test
    void neverDiffersFromTheParserOnEditedText() {
        Random random = new Random(7);
        String[] edits = {"\"", "\\", " ", "\n", "  ", "  - ", ":", "x", "#", "\t", "\\x4", "\\u00", "\\uFEFF", "true",
            "0", "12", "-", "'", "title", "views: 7\n", "draft: true\n", "source:\n", "tags:\n", "null: \"x\"\n"};
        int accepted = 0;
        for (int n = 0; n < 30_000; n++) {
            String yaml = yamlOf(FrontMatterFormat.format(frontMatter(random), ""));
            StringBuilder edited = new StringBuilder(yaml);
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextInt(edited.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> edited.insert(at, edits[random.nextInt(edits.length)]);
                    case 1 -> edited.delete(at, Math.min(edited.length(), at + 1 + random.nextInt(3)));
                    default -> edited.insert(at, PIECES[random.nextInt(PIECES.length)]);
                }
            }
            String text = edited.toString();
            Optional<Map<String, Object>> written = WrittenYaml.parse(text);
            if (written.isPresent()) {
                accepted++;
                Object parsed;
                try {
                    parsed = FrontMatterYaml.parseYaml(text);
                } catch (YamlEngineException e) {
                    throw new AssertionError("accepted what YAML rejects: " + text, e);
                }
                assertEquals(parsed, written.get(), text);
            }
        }
        assertTrue(accepted > 1000, "most small edits keep the written form: " + accepted);
    }

    @Test
    void leavesOtherYamlToTheParser() {
        for (String yaml : List.of("title: plain\n", "title: 'single'\n", "title: \"a\" # note\n", "tags: [a, b]\n",
                "tags:\n", "views: 012\n", "views: 2147483648\n", "draft: false\n", "true: \"x\"\n",
                "title: \"x\"\ntitle: \"y\"\n", "title:  \"x\"\n", "title: \"a\\/b\"\n", "title: \"tab\there\"\n",
                "source:\n    url: \"x\"\n", "title: \"x\"")) {
            assertTrue(WrittenYaml.parse(yaml).isEmpty(), yaml);
        }
    }
}
