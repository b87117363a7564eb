package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys with which Hugo, JBake and Jekyll hold a story back or take it down ({@code publishDate},
 * {@code expiryDate}, {@code published: false}), which Duet does not read: a story its editor meant to hold back is
 * never published because a key was written another generator's way. A publication moment later than the
 * article's date, one that cannot be read, an end date or {@code published: false} keeps the article out, with an
 * error that says what to write instead; a publication moment at or before the date is a warning.
 */
final class ForeignDates {

    /** Hugo's names of the publication moment, in lower case. */
    private static final List<String> PUBLISH = List.of("publishdate", "pubdate", "published");
    /** Hugo's names of the moment a story is taken down, in lower case. */
    private static final List<String> EXPIRY = List.of("expirydate", "unpublishdate");
    private static final String INSTEAD = ": write 'date' (a story dated later is published when a build runs after"
            + " it)";

    private ForeignDates() {
    }

    /** Whether the file holds a story back by a foreign key, each such key told at its line. */
    static boolean holdBack(String path, Map<?, ?> map, Fields fields, Optional<String> date, Problems problems) {
        boolean held = false;
        for (Object k : map.keySet()) {
            if (!(k instanceof String key)) {
                continue;
            }
            String lower = key.toLowerCase(Locale.ROOT);
            Object raw = map.get(k);
            if (raw == null || raw instanceof String text && text.isBlank() || !tells(key)) {
                continue;
            }
            // A list or a map is no moment; it is told as one that cannot be read.
            String value = raw instanceof String || raw instanceof Number || raw instanceof Boolean
                    ? raw.toString().strip() : "…";
            int line = fields.line(key);
            if (EXPIRY.contains(lower)) {
                problems.error("content.expiry-date", path, line, "'" + key + "' (" + value + ") is not a key"
                        + " Duet reads, and Duet takes no story down at a set time: the article is held back rather"
                        + " than left up after it; delete the key, and set 'unpublished: true' when the story should"
                        + " go");
                held = true;
            } else {
                held |= publication(path, key, value, line, date, problems);
            }
        }
        return held;
    }

    /** Whether the key is one this class tells of, rather than {@link FrontMatterKeys}. */
    static boolean tells(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return PUBLISH.contains(lower) || EXPIRY.contains(lower);
    }

    private static boolean publication(String path, String key, String value, int line, Optional<String> date,
            Problems problems) {
        if (value.equalsIgnoreCase("false") || value.equalsIgnoreCase("no")) {
            problems.error("content.publish-date", path, line, "'" + key + ": " + value + "' is not read: the"
                    + " article is held back as a draft; write 'draft: true'");
            return true;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")) {
            problems.warning("content.key", path, line, "'" + key + "' is not a key Duet reads: an article is"
                    + " published unless it says 'draft: true'");
            return false;
        }
        Optional<NewsTime> at = NewsTime.parse(value);
        Optional<NewsTime> dated = date.flatMap(NewsTime::parse);
        if (at.isPresent() && dated.isPresent() && !at.get().instant().isAfter(dated.get().instant())) {
            problems.warning("content.key", path, line, "'" + key + "' is not a key Duet reads" + INSTEAD);
            return false;
        }
        problems.error("content.publish-date", path, line, "'" + key + "' (" + value + ") is not a key Duet reads,"
                + (at.isEmpty() ? " and cannot be read as a moment" : dated.isEmpty() ? " and the article has no"
                + " date" : " and is later than the article's date") + ": the article is held back rather than"
                + " published before it" + INSTEAD + (at.isPresent() ? ", date: \"" + value + "\"" : "")
                + ", and delete '" + key + "'");
        return true;
    }
}
