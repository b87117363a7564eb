package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownNestingTest {

    private static Optional<Integer> line(String body) {
        return MarkdownNesting.tooDeep(body).map(MarkdownNesting.Finding::line);
    }

    @Test
    void theMarkdownArticlesAreWrittenInPasses() {
        String body = """
                A paragraph with *emphasis*, **strong** text and a [link](https://example.org).

                > A quote
                > > nested once
                > > > and twice

                - a list
                  - nested
                    - three levels
                      1. numbered
                         2) and again

                ***
                - - -
                ___
                | a | b |
                |---|---|
                | 1 | 2 |
                """ + " ".repeat(300) + "indented code or a poem, deep but not nested\n" + "-".repeat(400) + "\n";
        assertEquals(Optional.empty(), line(body));
    }

    @Test
    void quotesAndListsNestedPastTheLimitAreFoundOnTheirLine() {
        assertEquals(Optional.of(3), line("text\n\n" + ">".repeat(MarkdownNesting.MAX_DEPTH + 1) + " x"));
        assertEquals(Optional.empty(), line(">".repeat(MarkdownNesting.MAX_DEPTH) + " x"));
        assertEquals(Optional.of(1), line("- ".repeat(MarkdownNesting.MAX_DEPTH + 1) + "x"));
        assertEquals(Optional.of(1), line("1. ".repeat(MarkdownNesting.MAX_DEPTH + 1) + "x"));
        assertEquals(Optional.of(2), line("a\n" + "> - ".repeat(40) + "x"));
        // Indentation nests a list a level every two columns.
        assertEquals(Optional.of(1), line(" ".repeat(2 * MarkdownNesting.MAX_DEPTH) + "- item"));
        assertEquals(Optional.empty(), line(" ".repeat(2 * MarkdownNesting.MAX_DEPTH - 2) + "- item"));
    }

    @Test
    void aLongRunOfThematicBreakCharactersIsFound() {
        assertEquals(Optional.of(1), line("*".repeat(MarkdownNesting.MAX_BREAK_RUN + 1) + "word"));
        assertEquals(Optional.of(2), line("a\n> " + "_ ".repeat(MarkdownNesting.MAX_BREAK_RUN)));
        assertEquals(Optional.empty(), line("a" + "*".repeat(5000) + "word"));
        assertEquals(Optional.empty(), line("*".repeat(MarkdownNesting.MAX_BREAK_RUN)));
    }
}
