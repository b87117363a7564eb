package dev.duet.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void oneIsSingularAndEveryOtherCountPluralWithThousandsGrouped() {
        assertEquals("0 warnings, 1 error", Counted.problems(0, 1));
        assertEquals("1 warning, 2 errors", Counted.problems(1, 2));
        assertEquals("1 story", Counted.of(1, "story", "stories"));
        assertEquals("10,003 source files", Counted.of(10_003, "source file"));
    }
}
