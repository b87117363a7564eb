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

    /** A time written in another zone than Beijing's was shown bare: 18:30 UTC read as Beijing's 18:30. */
    @Test
    void aTimeNamesItsZoneUnlessItIsChinas() {
        java.util.function.Function<String, dev.duet.content.NewsTime> at = t -> dev.duet.content.NewsTime.parse(t)
                .orElseThrow();
        assertEquals("2024年9月30日 20:00", Dates.display("zh", at.apply("2024-09-30 20:00")));
        assertEquals("2024年9月30日 18:30 (UTC)", Dates.display("zh", at.apply("2024-09-30T18:30:00Z")));
        assertEquals("September 30, 2024 16:00 (UTC\u22124)", Dates.display("en", at.apply("2024-09-30 16:00-04:00")));
        assertEquals("May 1, 2024 09:15 (UTC+5:30)", Dates.display("en", at.apply("2024-05-01T09:15:00+05:30")));
        assertEquals("May 1, 2024", Dates.display("en", at.apply("2024-05-01")));
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
