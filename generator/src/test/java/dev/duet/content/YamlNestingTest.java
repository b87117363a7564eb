package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class YamlNestingTest {

    @Test
    void frontMatterAsEditorsWriteItPasses() {
        String yaml = """
                title: "A title with [[[[brackets]]]] and {braces}"
                lang: zh
                tags: [one, "two [", 'three {{ '' ']
                reporters:
                  - 单璐
                  - 张硕
                source:
                  url: https://example.org/a?b=[c]
                  name: {name: nested, more: [1, 2, {x: y}]}
                note: a plain scalar with [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ in it
                # a comment [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
                """;
        assertEquals(OptionalInt.empty(), YamlNesting.tooDeep(yaml));
    }

    @Test
    void deepFlowCollectionsAreFoundOnTheirLine() {
        assertEquals(OptionalInt.of(2), YamlNesting.tooDeep("title: x\ntags: " + "[".repeat(2000)));
        assertEquals(OptionalInt.of(1), YamlNesting.tooDeep("tags: " + "{a: ".repeat(1000)));
        assertEquals(OptionalInt.empty(), YamlNesting.tooDeep("tags: " + "[".repeat(YamlNesting.MAX_DEPTH)
                + "]".repeat(YamlNesting.MAX_DEPTH)));
        // A collection that opens over many lines is as deep as on one.
        assertEquals(OptionalInt.of(YamlNesting.MAX_DEPTH + 2),
                YamlNesting.tooDeep("tags:\n" + "[\n".repeat(YamlNesting.MAX_DEPTH + 1)));
    }

    @Test
    void deepBlockCollectionsAreFound() {
        assertEquals(OptionalInt.of(2), YamlNesting.tooDeep("tags:\n  " + "- ".repeat(200) + "x"));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            keys.append(" ".repeat(i)).append("a:\n");
        }
        assertEquals(OptionalInt.of(YamlNesting.MAX_DEPTH + 2), YamlNesting.tooDeep(keys.toString()));
    }
}
