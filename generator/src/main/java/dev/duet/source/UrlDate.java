package dev.duet.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a news site writes into its article paths: {@code /2024/05-21/}, {@code /2024-03/05/},
 * {@code /20240612/}, {@code /2023/1102/}, {@code /n1/2023/0528/}, {@code /2024-05-21/}, {@code /2024/05/21/},
 * {@code /202408/26/}, {@code /202403150123.aspx} (the date and a serial), {@code /story20240315-1479366},
 * or a year alone ({@code /2024/}). Only the path is read, never the host or query.
 *
 * @param year the year, when the path has one
 * @param monthDay the month and day, when the path has them too
 */
record UrlDate(Optional<Integer> year, Optional<MonthDay> monthDay) {

    /** Full dates, most specific first; each pattern is anchored on slashes so article ids never match. */
    private static final List<Pattern> FULL = List.of(
            Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})-(\\d{2})(?=[/_.-]|$)"),
            Pattern.compile("/((?:19|20)\\d{2})-(\\d{2})/(\\d{2})(?=[/_.-]|$)"),
            Pattern.compile("/((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?=[/_.]|$)"),
            Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})/(\\d{2})(?=[/_.-]|$)"),
            Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})(\\d{2})(?=[/_.-]|$)"),
            Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)"),
            Pattern.compile("/((?:19|20)\\d{2})(\\d{2})/(\\d{2})(?=[/_.-]|$)"),
            // The date and a serial in one number, as CNA writes them: /news/aloc/202403150123.aspx.
            Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d{1,6}(?=[/_.-]|$)"),
            // Lianhe Zaobao's story pages: /news/china/story20240315-1479366.
            Pattern.compile("/story((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)"));
    private static final Pattern YEAR = Pattern.compile("/((?:19|20)\\d{2})(?:/|-\\d{2}/)");

    /** A date a path writes that no calendar has ({@code /2024/02-30/}), as written; empty when there is none. */
    static Optional<String> impossible(String path) {
        for (Pattern pattern : FULL) {
            Matcher m = pattern.matcher(path);
            while (m.find()) {
                if (date(m.group(1), m.group(2), m.group(3)).isEmpty()) {
                    return Optional.of(m.group().substring(1));
                }
            }
        }
        return Optional.empty();
    }

    static UrlDate none() {
        return new UrlDate(Optional.empty(), Optional.empty());
    }

    /** Reads the date from a URL's path; {@link #none()} when it has none. */
    static UrlDate fromPath(String path) {
        for (Pattern pattern : FULL) {
            Matcher m = pattern.matcher(path);
            while (m.find()) {
                Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
                if (date.isPresent()) {
                    return new UrlDate(Optional.of(date.get().getYear()), Optional.of(MonthDay.from(date.get())));
                }
            }
        }
        Matcher m = YEAR.matcher(path);
        if (m.find()) {
            return new UrlDate(Optional.of(Integer.parseInt(m.group(1))), Optional.empty());
        }
        return none();
    }

    /** The full date, when the URL has a year and a month and day from either the URL or {@code fallback}. */
    Optional<LocalDate> date(Optional<MonthDay> fallback) {
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Optional<MonthDay> md = monthDay.or(() -> fallback);
        if (md.isEmpty() || !md.get().isValidYear(year.get())) {
            return Optional.empty();
        }
        return Optional.of(md.get().atYear(year.get()));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * How far a dateline's day is from the URL's date, in the year before, of or after it (12月31日 is a day from
     * 2025-01-01): a story posted the day after its dateline is usual, a dateline months away from its URL's is not.
     */
    static long daysApart(MonthDay dateline, LocalDate url) {
        long nearest = Long.MAX_VALUE;
        for (int year = url.getYear() - 1; year <= url.getYear() + 1; year++) {
            if (dateline.isValidYear(year)) {
                nearest = Math.min(nearest, Math.abs(java.time.temporal.ChronoUnit.DAYS.between(dateline.atYear(year),
                        url)));
            }
        }
        return nearest;
    }
}
