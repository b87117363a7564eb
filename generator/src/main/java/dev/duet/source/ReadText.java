package dev.duet.source;

import java.time.MonthDay;
import java.util.Optional;

/** One language's text as read from its block, with the month and day its dateline names. */
record ReadText(ArticleText text, Optional<MonthDay> monthDay) {
}
