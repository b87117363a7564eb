package dev.duet.source;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link Byline} together with the month and day its dateline names, when it names a valid one. */
record DatedByline(Byline byline, Optional<MonthDay> monthDay) {

    /** The same, with {@code names} first among the reporters (a byline line names them before the dateline). */
    DatedByline withReporters(List<String> names) {
        List<String> reporters = new ArrayList<>(names);
        byline.reporters().stream().filter(r -> !reporters.contains(r)).forEach(reporters::add);
        return new DatedByline(new Byline(byline.dateline(), byline.agency(), reporters), monthDay);
    }

    static DatedByline none() {
        return new DatedByline(Byline.none(), Optional.empty());
    }
}
