package dev.duet.model;

import dev.duet.content.NewsTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each of the small values that many articles hold alike: a day of publication without a time of
 * day, a view count below {@link #VIEWS}, a section, a list of up to three reporters. A large site's articles share a few thousand days, so a page holds the
 * day's instance rather than three objects of its own. Values are immutable, so sharing them changes nothing but
 * memory. Thread-safe: pages are made on every core.
 */
final class SharedValues {

    /** View counts shared: below it, the few distinct counts of a large site; above, each is kept as it is. */
    static final int VIEWS = 1 << 16;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    /** A time of publication: the shared one for a day without a time of day, else the same. */
    @SuppressWarnings("unchecked")
    Optional<NewsTime> time(Optional<NewsTime> time) {
        if (time.isEmpty() || time.get().time().isPresent()) {
            return time;
        }
        return (Optional<NewsTime>) values.computeIfAbsent(time.get(), key -> time);
    }

    /** A section: the shared one of its tag. */
    @SuppressWarnings("unchecked")
    Optional<Tag> section(Optional<Tag> section) {
        return section.isEmpty() ? section : (Optional<Tag>) values.computeIfAbsent(section, key -> section);
    }

    /** A list of reporters: the shared one of the same reporters, for an article's few. */
    @SuppressWarnings("unchecked")
    java.util.List<Tag> reporters(java.util.List<Tag> reporters) {
        return reporters.isEmpty() || reporters.size() > 3 ? reporters
                : (java.util.List<Tag>) values.computeIfAbsent(reporters, key -> reporters);
    }

    /** A view count: the shared one for a small count, else the same. */
    @SuppressWarnings("unchecked")
    Optional<Integer> views(Optional<Integer> views) {
        if (views.isEmpty() || views.get() < 0 || views.get() >= VIEWS) {
            return views;
        }
        return (Optional<Integer>) values.computeIfAbsent(views.get(), key -> views);
    }
}
