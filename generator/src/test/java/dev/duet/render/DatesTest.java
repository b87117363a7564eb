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
    void aDayAloneIsItsMidnightInChinaWhereTheSitePlacesIt() {
        dev.duet.content.NewsTime day = dev.duet.content.NewsTime.of(DAY);
        assertEquals("2024-05-01T00:00:00+08:00", Dates.timestamp(day));
        assertEquals(day.instant(), Dates.moment(day), "the moment the site orders and publishes it by");
    }

    @Test
    void aTimestampsMomentIsTheMomentItsTextSays() {
        for (String written : new String[] {"2024-05-01", "2024-05-01T08:30", "2024-05-01T00:00:00+08:00",
                "2024-12-31T23:59:59.5-05:00"}) {
            dev.duet.content.NewsTime time = dev.duet.content.NewsTime.parse(written).orElseThrow();
            assertEquals(java.time.OffsetDateTime.parse(Dates.timestamp(time)).toInstant(), Dates.moment(time),
                    written);
        }
    }
}
