package dev.duet.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment as front matter gives it: a day ({@code 2024-05-21}), or a day and a time ({@code 2024-05-21 14:30},
 * {@code 2024-05-21T14:30:00+08:00}). A day without a time, and a time without an offset, are China Standard Time
 * (UTC+8), the newsroom's clock; a day starts at its midnight.
 *
 * @param date the day as written
 * @param time the time of day, when one was written
 * @param offset the offset from UTC the time is in: as written, else UTC+8
 */
public record NewsTime(LocalDate date, Optional<LocalTime> time, ZoneOffset offset) {

    /** China Standard Time, the zone of a day or time written without an offset. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** A day and time whose offset is written as {@code +0800} or {@code +08}. */
    private static final Pattern SHORT_OFFSET = Pattern.compile("(.{10}T[0-9:.]+)([+-][0-9]{2})([0-9]{2})?");

    /** The moment written, or empty when the text is neither a day nor a day and a time. */
    public static Optional<NewsTime> parse(String text) {
        return parseAny(text).filter(at -> isYearWritable(at.date()));
    }

    /**
     * Whether the year is one an address, a feed and a sitemap can carry: four digits, from 0001 to 9999 (RFC 3339
     * has no other, and a year 0 or before is no news).
     */
    public static boolean isYearWritable(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    private static Optional<NewsTime> parseAny(String text) {
        String v = text.strip();
        try {
            if (v.length() == 10) {
                return Optional.of(new NewsTime(LocalDate.parse(v), Optional.empty(), CHINA));
            }
            if (v.length() > 10 && (v.charAt(10) == ' ' || v.charAt(10) == 't')) {
                v = v.substring(0, 10) + 'T' + v.substring(11).strip();
            }
            v = v.replace(" ", "");
            if (v.endsWith("z")) {
                v = v.substring(0, v.length() - 1) + 'Z';
            }
            // An offset written without its colon (+0800), or as hours alone (+08), as mail and logs write it.
            Matcher offset = SHORT_OFFSET.matcher(v);
            if (offset.matches()) {
                v = offset.group(1) + offset.group(2) + ":" + (offset.group(3) == null ? "00" : offset.group(3));
            }
            boolean hasOffset = v.endsWith("Z") || v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10;
            if (hasOffset) {
                OffsetDateTime at = OffsetDateTime.parse(v);
                return Optional.of(new NewsTime(at.toLocalDate(), Optional.of(at.toLocalTime()), at.getOffset()));
            }
            LocalDateTime at = LocalDateTime.parse(v);
            return Optional.of(new NewsTime(at.toLocalDate(), Optional.of(at.toLocalTime()), CHINA));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The day written, at the start of that day in China Standard Time. */
    public static NewsTime of(LocalDate date) {
        return new NewsTime(date, Optional.empty(), CHINA);
    }

    /** The moment itself: a day's start when no time was written. */
    public Instant instant() {
        return date.atTime(time.orElse(LocalTime.MIDNIGHT)).toInstant(offset);
    }

    /**
     * The W3C/ISO form: the day alone when no time was written ({@code 2024-05-21}), else the time with its offset
     * ({@code 2024-05-21T14:30:00+08:00}), for sitemaps and schema.org.
     */
    public String iso() {
        return time.isEmpty() ? date.toString() : timestamp();
    }

    /** An RFC 3339 timestamp with its offset ({@code 2024-05-21T00:00:00+08:00}), for Atom feeds. */
    public String timestamp() {
        return date.atTime(time.orElse(LocalTime.MIDNIGHT)).atOffset(offset)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
