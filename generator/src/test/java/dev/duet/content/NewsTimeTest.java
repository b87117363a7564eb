package dev.duet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The forms of a day and time an article's front matter may give, and those it may not. */
class NewsTimeTest {

    @Test
    void aDayAndTimeIsReadInTheFormsPeopleWriteIt() {
        String moment = "2024-05-21T14:30+08:00";
        for (String written : new String[] {"2024-05-21T14:30:00+08:00", "2024-05-21 14:30", "2024-05-21t14:30",
                "2024-05-21T14:30+0800", "2024-05-21T14:30+08", "2024-05-21 14:30 +08:00", "2024-05-21T06:30Z",
                "2024-05-21T06:30:00z", "2024-05-21T01:30-0500"}) {
            NewsTime time = NewsTime.parse(written).orElseThrow(() -> new AssertionError(written));
            assertEquals(OffsetDateTime.parse(moment).toInstant(), time.instant(), written);
        }
        assertEquals("2024-05-21T14:30:00+08:00", NewsTime.parse("2024-05-21T14:30+0800").orElseThrow().iso());
    }

    @Test
    void aTimeThatCannotBeReadGivesNothing() {
        for (String written : new String[] {"2024-05-21T24:54:00+08:00", "2024-05-21T14:3o", "2024-05-21T14:30+8",
                "2024-05-21T14:30+080", "2024-05-21T14:30+19:00", "yesterday", "2024-05-21T"}) {
            assertTrue(NewsTime.parse(written).isEmpty(), written);
        }
    }
}
