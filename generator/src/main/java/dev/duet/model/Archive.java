package dev.duet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** The archive of articles in site order (newest first, undated last). */
    public static Archive of(List<ArticlePage> articles) {
        // In site order each month's articles are one run of the list, and each year's months one longer run.
        List<Year> years = new ArrayList<>();
        int i = 0;
        while (i < articles.size() && articles.get(i).date().isPresent()) {
            int year = articles.get(i).date().get().getYear();
            int yearStart = i;
            List<Month> months = new ArrayList<>();
            while (i < articles.size() && inYear(articles.get(i), year)) {
                int month = articles.get(i).date().get().getMonthValue();
                int monthStart = i;
                while (i < articles.size() && inYear(articles.get(i), year)
                        && articles.get(i).date().get().getMonthValue() == month) {
                    i++;
                }
                months.add(new Month(year, month, articles.subList(monthStart, i)));
            }
            years.add(new Year(year, articles.subList(yearStart, i), months));
        }
        return new Archive(years);
    }

    private static boolean inYear(ArticlePage article, int year) {
        return article.date().filter(d -> d.getYear() == year).isPresent();
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
