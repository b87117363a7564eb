package dev.duet.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aControlCharacterFromAFileIsWrittenAsAnEscapeNotPassedToTheLog() {
        Problem problem = Problem.error("content.alias", "articles/a.md", 5, "alias '/a\u0000b\n[ERROR] forged\u001b[2J'");

        assertEquals("articles/a.md:5: error: alias '/a\\u0000b\\u000a[ERROR] forged\\u001b[2J' [content.alias]",
                problem.format());
    }
}
