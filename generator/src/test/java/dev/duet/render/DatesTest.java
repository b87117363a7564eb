package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as each language writes them on pages, and as feeds and metadata carry them. */
class DatesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    @Test
    void chineseWritesYearMonthAndDayWithTheirCharactersAndNoLeadingZeros() {
        assertEquals("2024年5月1日", Dates.display("zh", DAY));
        assertEquals("2024年3月", Dates.month("zh", 2024, 3));
        assertEquals("2024年", Dates.year("zh", 2024));
    }

    @Test
    void englishSpellsTheMonthOut() {
        assertEquals("May 1, 2024", Dates.display("en", DAY));
        assertEquals("March 2024", Dates.month("en", 2024, 3));
        assertEquals("2024", Dates.year("en", 2024));
    }

    @Test
    void timestampsAreTheStartOfTheDayInUtc() {
        assertEquals("2024-05-01T00:00:00Z", Dates.timestamp(DAY));
    }
}
