package dev.duet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A language's dated articles by year and month, newest first; undated articles are in no period.
 *
 * @param years the years that have articles, newest first
 */
public record Archive(List<Year> years) {

    public Archive {
        years = List.copyOf(years);
    }

    /** A year's articles, newest first, and its months that have articles, newest first. */
    public record Year(int year, List<ArticlePage> articles, List<Month> months) {
        public Year {
            articles = List.copyOf(articles);
            months = List.copyOf(months);
        }
    }

    /** A month's articles, newest first. */
    public record Month(int year, int month, List<ArticlePage> articles) {
        public Month {
            articles = List.copyOf(articles);
        }
    }

    /** Where an article stands in its year's and its month's lists (0 for the newest). */
    public record Place(int inYear, int inMonth) {
    }

    /**
     * The archive of articles in site order (newest first, undated last), each filed by its day as written. Site
     * order is by the moment, so a story written in another zone may sit among the next month's stories (one of
     * 30 September 18:30 UTC is 1 October in Beijing): a month is every story of its day's month, wherever it sits.
     */
    public static Archive of(List<ArticlePage> articles) {
        SortedMap<Integer, SortedMap<Integer, List<ArticlePage>>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        SortedMap<Integer, List<ArticlePage>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (ArticlePage article : articles) {
            if (article.date().isEmpty()) {
                continue;
            }
            LocalDate date = article.date().get();
            byYear.computeIfAbsent(date.getYear(), k -> new ArrayList<>()).add(article);
            byMonth.computeIfAbsent(date.getYear(), k -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(date.getMonthValue(), k -> new ArrayList<>()).add(article);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, ofYear) -> {
            List<Month> months = new ArrayList<>();
            byMonth.get(year).forEach((month, ofMonth) -> months.add(new Month(year, month, ofMonth)));
            years.add(new Year(year, ofYear, months));
        });
        return new Archive(years);
    }

    /** Where the article at {@code position} of the articles in site order stands in its year and month. */
    public static Optional<Place> placeOf(List<ArticlePage> articles, int position) {
        return articles.get(position).date().map(date -> {
            int ofYear = 0;
            int ofMonth = 0;
            for (int i = 0; i < position; i++) {
                Optional<LocalDate> other = articles.get(i).date();
                if (other.isPresent() && other.get().getYear() == date.getYear()) {
                    ofYear++;
                    if (other.get().getMonthValue() == date.getMonthValue()) {
                        ofMonth++;
                    }
                }
            }
            return new Place(ofYear, ofMonth);
        });
    }
}
