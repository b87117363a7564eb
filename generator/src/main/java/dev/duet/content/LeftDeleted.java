package dev.duet.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article file deleted by an editor, whose place a build noted: import does not write it again while it is gone.
 *
 * @param line where its place is noted ({@code deleted.tsv:12})
 * @param date the date it was published on, empty when undated: a source of that date is its story
 */
public record LeftDeleted(String line, Optional<LocalDate> date) {
}
