package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownLimitsTest {

    private static Optional<Integer> line(String body) {
        return MarkdownLimits.tooDeep(body).map(MarkdownLimits.Finding::line);
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
        assertEquals(Optional.of(3), line("text\n\n" + ">".repeat(MarkdownLimits.MAX_DEPTH + 1) + " x"));
        assertEquals(Optional.empty(), line(">".repeat(MarkdownLimits.MAX_DEPTH) + " x"));
        assertEquals(Optional.of(1), line("- ".repeat(MarkdownLimits.MAX_DEPTH + 1) + "x"));
        assertEquals(Optional.of(1), line("1. ".repeat(MarkdownLimits.MAX_DEPTH + 1) + "x"));
        assertEquals(Optional.of(2), line("a\n" + "> - ".repeat(40) + "x"));
        // Indentation nests a list a level every two columns.
        assertEquals(Optional.of(1), line(" ".repeat(2 * MarkdownLimits.MAX_DEPTH) + "- item"));
        assertEquals(Optional.empty(), line(" ".repeat(2 * MarkdownLimits.MAX_DEPTH - 2) + "- item"));
    }

    @Test
    void aLongRunOfThematicBreakCharactersIsFound() {
        assertEquals(Optional.of(1), line("*".repeat(MarkdownLimits.MAX_BREAK_RUN + 1) + "word"));
        assertEquals(Optional.of(2), line("a\n> " + "_ ".repeat(MarkdownLimits.MAX_BREAK_RUN)));
        assertEquals(Optional.empty(), line("a" + "*".repeat(5000) + "word"));
        assertEquals(Optional.empty(), line("*".repeat(MarkdownLimits.MAX_BREAK_RUN)));
    }

    @Test
    void aLongBlockPackedWithLinksOrEntitiesIsFoundOnItsFirstLine() {
        String entities = "&amp;".repeat(20_000);
        assertEquals(Optional.of(3), line("A paragraph.\n\n" + entities + "\nmore of it\n\nAfter."));
        String links = "[x](https://example.org) ".repeat(3_000);
        assertEquals(Optional.of(1), line(links));
        // The same links, a hundred to a paragraph, as a long article might have them.
        String paragraphs = ("[x](https://example.org) ".repeat(100) + "\n\n").repeat(30);
        assertEquals(Optional.empty(), line(paragraphs));
        // A long paragraph of plain text costs nothing.
        assertEquals(Optional.empty(), line("word ".repeat(200_000)));
    }

    @Test
    void manyCostlyBlocksTogetherAreFound() {
        String block = "&amp;".repeat(3_000);
        // Each block costs about 15,000 x 3,000 = 45 million: eight pass, the ninth is over the body's budget.
        String body = String.join("\n\n", java.util.Collections.nCopies(10, block));
        assertEquals(Optional.of(17), line(body));
    }

    @Test
    void aShortBodyIsWithinTheCostBoundsWhateverItHolds() {
        // A block costs at most (length + 1) x length; a body that short is not counted, a longer one is.
        assertEquals(Optional.empty(), line("&".repeat(9_999)));
        assertEquals(Optional.of(1), line("&".repeat(10_000)));
    }
}
