package dev.duet.content;

import dev.duet.diagnostic.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the front matter keys of an article's life after publishing ({@link Publication}): {@code date} with its
 * time, {@code updated}, {@code correction}, {@code unpublished} and {@code aliases}. A time in {@code date} that
 * cannot be read, an {@code updated} that cannot be read, or one before the date as read (its day alone, when its
 * time is ignored), is reported with its line and ignored.
 */
final class PublicationFields {

    private PublicationFields() {
    }

    /** The file's publication; {@code date} is the day its {@code date} was read as (else it was reported). */
    static Publication read(String path, Fields fields, Optional<LocalDate> date, Problems problems) {
        Optional<NewsTime> published = date.isPresent() ? fields.string("date").flatMap(NewsTime::parse)
                : Optional.empty();
        if (date.isPresent() && published.isEmpty()) {
            // The day was read (ContentReader), the time after it was not: the story would sort at its day's start.
            String written = fields.string("date").orElse("");
            problems.warning("content.date-time", path, fields.line("date"), "the time in date '" + written
                    + "' cannot be read: write a day and time as \"2024-05-22 14:30\" or \"2024-05-22T14:30:00+08:00\"."
                    + " Until it is fixed the article is dated " + written.strip().substring(0, 10)
                    + " without a time, comes before that day's stories with one, and is held until that day is"
                    + " over in Beijing (" + date.get().plusDays(1) + " 00:00 UTC+8), so that no embargo is"
                    + " broken");
        }
        // The article is dated by its day alone when the time in its date cannot be read.
        Optional<NewsTime> dated = published.or(() -> date.map(NewsTime::of));
        Optional<NewsTime> updated = Optional.empty();
        Optional<String> updatedText = fields.string("updated").filter(s -> !s.isBlank());
        if (updatedText.isPresent()) {
            updated = NewsTime.parse(updatedText.get());
            if (updated.isEmpty()) {
                problems.warning("content.updated", path, fields.line("updated"), "updated must be a day"
                        + " (\"2024-05-22\") or a day and time (\"2024-05-22 14:30\"), was '" + updatedText.get()
                        + "'; it is ignored until it is fixed");
            } else if (dated.isPresent() && isBefore(updated.get(), dated.get())) {
                problems.warning("content.updated", path, fields.line("updated"), "updated ("
                        + updated.get().iso() + ") is before the article's date (" + dated.get().iso()
                        + "); it is ignored: correct it, or the date");
                updated = Optional.empty();
            }
        }
        // A list is the story's corrections, oldest first: each its own paragraph.
        List<String> notes = fields.strings("correction");
        Optional<String> correction = notes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", notes));
        boolean unpublished = fields.bool("unpublished");
        if (correction.isPresent() && updatedText.isEmpty() && !unpublished) {
            problems.warning("content.correction-undated", path, fields.line("correction"), "a correction without"
                    + " 'updated': the page shows it, but its feeds, the sitemap and its JSON-LD still give the"
                    + " article's date as its last change, so feed readers and search engines are not told: add"
                    + " updated with the day and time of the correction");
        }
        return new Publication(dated, updated, correction, unpublished, fields.strings("aliases"),
                fields.line("aliases"), fields.stringLines("aliases"), date.isPresent() && published.isEmpty());
    }

    /** Whether an update came before publication: by the day when either has no time, else by the moment. */
    private static boolean isBefore(NewsTime updated, NewsTime published) {
        if (updated.time().isEmpty() || published.time().isEmpty()) {
            return updated.date().isBefore(published.date());
        }
        return updated.instant().isBefore(published.instant());
    }
}
