package dev.duet.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article's front matter says about its life after it is written: when it is published (its {@code date},
 * with a time when one is written), when and why it was changed since ({@code updated}, {@code correction}),
 * whether it was withdrawn ({@code unpublished}), and the old addresses that lead to it ({@code aliases}).
 *
 * @param published the {@code date} with its time, when the file has a usable date
 * @param updated the {@code updated} moment, when it is usable and not before the date
 * @param correction the correction note, in the file's language
 * @param unpublished true when the story was withdrawn after it was published
 * @param aliases old site paths or URLs of this site that lead to the article, as written
 * @param aliasLine the line of {@code aliases:} in the file, for messages
 * @param aliasLines the line of each alias, when the list has one item a line; else empty
 * @param timeUnread true when the time in {@code date} could not be read, so that {@code published} is its day alone
 */
public record Publication(Optional<NewsTime> published, Optional<NewsTime> updated, Optional<String> correction,
        boolean unpublished, List<String> aliases, int aliasLine, List<Integer> aliasLines, boolean timeUnread) {

    /** A publication whose date's time, if it has one, was read. */
    public Publication(Optional<NewsTime> published, Optional<NewsTime> updated, Optional<String> correction,
            boolean unpublished, List<String> aliases, int aliasLine, List<Integer> aliasLines) {
        this(published, updated, correction, unpublished, aliases, aliasLine, aliasLines, false);
    }

    /** A publication whose aliases are all told at the line of {@code aliases:}. */
    public Publication(Optional<NewsTime> published, Optional<NewsTime> updated, Optional<String> correction,
            boolean unpublished, List<String> aliases, int aliasLine) {
        this(published, updated, correction, unpublished, aliases, aliasLine, List.of());
    }

    /** A file that says nothing of its life after publishing. */
    public static final Publication NONE = new Publication(Optional.empty(), Optional.empty(), Optional.empty(),
            false, List.of(), 0);

    /**
     * The moment of publication, for telling which of two articles was published first: an undated one after every
     * dated one.
     */
    public java.time.Instant publishedOrLast() {
        return published.map(NewsTime::instant).orElse(java.time.Instant.MAX);
    }

    /**
     * When the story is due: its moment of publication, but the end of its day (in China Standard Time) when the
     * time in its {@code date} could not be read, so that a time meant for an embargo is never passed; empty when
     * it has no usable date.
     */
    public Optional<java.time.Instant> due() {
        return published.map(at -> timeUnread ? NewsTime.of(at.date().plusDays(1)).instant() : at.instant());
    }

    /** Whether it says no more than when the article was published: no update, correction, withdrawal or alias. */
    public boolean isPlain() {
        return updated.isEmpty() && correction.isEmpty() && !unpublished && aliases.isEmpty() && !timeUnread;
    }

    public Publication {
        Objects.requireNonNull(published, "published");
        aliases = List.copyOf(aliases);
        aliasLines = aliasLines.size() == aliases.size() ? List.copyOf(aliasLines) : List.of();
    }

    /** The line of the {@code index}th alias: its own when the list has one item a line, else that of the key. */
    public int aliasLine(int index) {
        return index < aliasLines.size() ? aliasLines.get(index) : aliasLine;
    }
}
