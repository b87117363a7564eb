package dev.duet.source;

import java.time.MonthDay;
import java.util.Optional;

/** A {@link Byline} together with the month and day its dateline names, when it names a valid one. */
record DatedByline(Byline byline, Optional<MonthDay> monthDay) {

    static DatedByline none() {
        return new DatedByline(Byline.none(), Optional.empty());
    }
}
