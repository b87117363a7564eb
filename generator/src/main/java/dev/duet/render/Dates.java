package dev.duet.render;

import dev.duet.content.NewsTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as each language writes them: {@code 2024年5月21日}, {@code May 21, 2024}. */
final class Dates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String display(String lang, LocalDate date) {
        if (lang.equals("zh")) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return ENGLISH.format(date);
    }

    /** A day, or a day and time (in its own offset, which a newsroom writes in its own zone), in a language. */
    static String display(String lang, NewsTime time) {
        String day = display(lang, time.date());
        return time.time().map(t -> day + " " + "%02d:%02d".formatted(t.getHour(), t.getMinute())).orElse(day);
    }

    static String month(String lang, int year, int month) {
        if (lang.equals("zh")) {
            return year + "年" + month + "月";
        }
        return ENGLISH_MONTH.format(LocalDate.of(year, month, 1));
    }

    static String year(String lang, int year) {
        return lang.equals("zh") ? year + "年" : Integer.toString(year);
    }

    /** RFC 3339 timestamp of the start of the day in UTC, for feeds and metadata. */
    static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    /**
     * RFC 3339 timestamp of a moment from front matter: a day alone as {@link #timestamp(LocalDate)} writes it, so
     * that an update on the day of publishing is not before it; a time with its offset.
     */
    static String timestamp(NewsTime time) {
        return time.time().isEmpty() ? timestamp(time.date()) : time.timestamp();
    }

    /** The moment {@link #timestamp(LocalDate)} writes, to compare timestamps written at different offsets. */
    static Instant moment(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The moment {@link #timestamp(NewsTime)} writes. */
    static Instant moment(NewsTime time) {
        return time.time().isEmpty() ? moment(time.date()) : time.instant();
    }
}
