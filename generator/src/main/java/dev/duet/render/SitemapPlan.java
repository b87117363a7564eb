package dev.duet.render;

import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The sitemap's files, as {@link SitePlan} lists them. */
final class SitemapPlan {

    /** The most URLs one sitemap file may list (sitemaps.org). */
    static final int SITEMAP_LIMIT = 50_000;
    /** A site with more URLs than this gets a sitemap index over files by month (see {@link #files}). */
    static final int SITEMAP_SPLIT = 1_000;
    /**
     * A language's month of more stories than this is listed in three files, by days 1–10, 11–20 and 21 to its end,
     * so that a new story changes a third of its month's entries, not all of them.
     */
    static final int MONTH_SPLIT = 500;
    /** Where the Google News sitemap is. */
    static final String NEWS_SITEMAP = "news-sitemap.xml";

    private SitemapPlan() {
    }

    /**
     * The sitemap: one file for a small site; for a larger one, an index of files that each change only when
     * their part of the site does: the homes, each language's tag, section and reporter pages, and each language's
     * articles by month, a busy month by thirds (so a new story changes its month's file, not one of every article).
     */
    static List<SitePlan.File> files(Site site) {
        List<Object> urls = new ArrayList<>();
        for (LanguageSite language : site.languages()) {
            urls.add(language.code());
            urls.addAll(language.articles());
            urls.addAll(language.tags());
            urls.addAll(language.sections());
            urls.addAll(language.reporters());
        }
        if (urls.size() <= SITEMAP_SPLIT) {
            return List.of(new SitePlan.SitemapFile("sitemap.xml", urls, true));
        }
        SortedMap<String, List<Object>> parts = new TreeMap<>();
        for (LanguageSite language : site.languages()) {
            String lang = language.code();
            parts.computeIfAbsent("home", k -> new ArrayList<>()).add(lang);
            parts.put(lang + "-tags", new ArrayList<>(language.tags()));
            if (!language.sections().isEmpty()) {
                parts.put(lang + "-sections", new ArrayList<>(language.sections()));
            }
            if (!language.reporters().isEmpty()) {
                parts.put(lang + "-reporters", new ArrayList<>(language.reporters()));
            }
            SortedMap<String, List<ArticlePage>> months = new TreeMap<>();
            // Articles come newest first, so a month's are together: its name is made once.
            int lastMonth = Integer.MIN_VALUE;
            List<ArticlePage> monthArticles = List.of();
            for (ArticlePage article : language.articles()) {
                Optional<LocalDate> date = article.date();
                int month = date.map(d -> d.getYear() * 100 + d.getMonthValue()).orElse(-1);
                if (month != lastMonth) {
                    String name = date.map(d -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(),
                            d.getMonthValue())).orElse("undated");
                    monthArticles = months.computeIfAbsent(lang + "-" + name, k -> new ArrayList<>());
                    lastMonth = month;
                }
                monthArticles.add(article);
            }
            months.forEach((name, articles) -> {
                for (ArticlePage article : articles) {
                    // Days 1–10, 11–20 and 21 on; an undated article is in no month to split.
                    String third = articles.size() <= MONTH_SPLIT || article.date().isEmpty() ? ""
                            : "-" + Math.min(2, (article.date().get().getDayOfMonth() - 1) / 10) + "1";
                    parts.computeIfAbsent(name + third, k -> new ArrayList<>()).add(article);
                }
            });
        }
        List<SitePlan.File> files = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        parts.forEach((name, entries) -> {
            for (int i = 0; i * SITEMAP_LIMIT < entries.size(); i++) {
                String path = "sitemaps/" + name + (i == 0 ? "" : "-" + (i + 1)) + ".xml";
                locations.add(site.config().absoluteUrl(path));
                files.add(new SitePlan.SitemapFile(path,
                        entries.subList(i * SITEMAP_LIMIT, Math.min(entries.size(), (i + 1) * SITEMAP_LIMIT)), false));
            }
        });
        files.add(new SitePlan.SitemapIndexFile("sitemap.xml", locations));
        return files;
    }
}
