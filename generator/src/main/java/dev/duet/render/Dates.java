package dev.duet.render;

import dev.duet.content.NewsTime;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * A day, or a day and time in a language: in its own offset, which a newsroom writes in its own zone, and which
     * the time names when it is not China Standard Time ({@code 18:30 (UTC)}, {@code 16:00 (UTC−4)}), so that a
     * reader does not take it for Beijing's.
     */
    static String display(String lang, NewsTime time) {
        String day = display(lang, time.date());
        return time.time().map(t -> day + " " + String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(),
                t.getMinute()) + zone(time)).orElse(day);
    }

    private static String zone(NewsTime time) {
        int seconds = time.offset().getTotalSeconds();
        if (seconds == NewsTime.CHINA.getTotalSeconds()) {
            return "";
        }
        if (seconds == 0) {
            return " (UTC)";
        }
        int minutes = Math.abs(seconds) / 60;
        return " (UTC" + (seconds < 0 ? "\u2212" : "+") + minutes / 60 + (minutes % 60 == 0 ? ""
                : String.format(java.util.Locale.ROOT, ":%02d", minutes % 60)) + ")";
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

    /**
     * RFC 3339 timestamp of a moment from front matter, with its offset: a day alone is its midnight in China
     * Standard Time ({@code 2024-05-21T00:00:00+08:00}), the moment the site places it at, publishes it at and
     * orders it by.
     */
    static String timestamp(NewsTime time) {
        return time.timestamp();
    }

    /** The moment {@link #timestamp(NewsTime)} writes, to compare timestamps written at different offsets. */
    static Instant moment(NewsTime time) {
        return time.instant();
    }
}
