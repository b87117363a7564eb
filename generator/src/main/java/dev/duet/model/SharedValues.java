package dev.duet.model;

import dev.duet.content.NewsTime;
import dev.duet.io.SharedStrings;
import java.util.List;
import java.util.Optional;

/**
 * One instance of each of the small values that many articles hold alike: a day of publication without a time of
 * day, a small view count, a section, a list of up to three reporters. A large site's articles share a few thousand
 * days, so a page holds the day's instance rather than three objects of its own. Values are immutable, so sharing them changes nothing but
 * memory. Thread-safe: pages are made on every core.
 */
final class SharedValues {

    private final SharedStrings shared = new SharedStrings();

    /** A time of publication: the shared one for a day without a time of day, else the same. */
    Optional<NewsTime> time(Optional<NewsTime> time) {
        return time.isEmpty() || time.get().time().isPresent() ? time : shared.value(time);
    }

    /** A section: the shared one of its tag. */
    Optional<Tag> section(Optional<Tag> section) {
        return section.isEmpty() ? section : shared.value(section);
    }

    /** A list of reporters: the shared one of the same reporters, for an article's few. */
    List<Tag> reporters(List<Tag> reporters) {
        // Shared as an unmodifiable list, which a page's List.copyOf keeps as it is rather than copying.
        return reporters.isEmpty() || reporters.size() > 3 ? reporters : shared.value(List.copyOf(reporters));
    }

    /** A view count: the shared one for a small count ({@link SharedStrings#count}), else the same. */
    Optional<Integer> views(Optional<Integer> views) {
        return shared.count(views);
    }
}
