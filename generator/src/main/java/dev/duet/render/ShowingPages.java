package dev.duet.render;

import dev.duet.config.SiteConfig;
import dev.duet.model.Archive;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.RelatedArticles;
import dev.duet.model.Site;
import dev.duet.model.TagPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which pages of a {@link SitePlan} show an article, for a preview that renders those first after an edit of its
 * text: its own pages, its neighbours', and every list (home, tag, section, reporter, year, month) and feed it is on.
 */
final class ShowingPages {

    private final Site site;
    private final SiteConfig config;
    private final Map<String, RelatedArticles> related;
    private final SitePlan plan;

    ShowingPages(Site site, Map<String, RelatedArticles> related, SitePlan plan) {
        this.site = site;
        this.config = site.config();
        this.related = related;
        this.plan = plan;
    }

    /**
     * The paths of the pages that show something of these articles when only their content changed (not their
     * address, date, tags or translation, so every list keeps its order): each article's own and parallel pages,
     * its translation's, its neighbours' (which link to it by title), the pages whose related articles may list
     * it, and the home, tag, year and month list pages and feeds it is on.
     */
    Set<String> of(Collection<ArticlePage> articles) {
        Set<String> paths = new TreeSet<>();
        paths.add("index.html");
        for (ArticlePage article : articles) {
            String lang = article.lang();
            RelatedArticles ofLanguage = related.get(lang);
            if (ofLanguage == null || ofLanguage.position(article).isEmpty()) {
                continue;
            }
            int position = ofLanguage.position(article).getAsInt();
            List<ArticlePage> all = site.find(lang).map(LanguageSite::articles).orElse(List.of());
            paths.add(article.path() + "index.html");
            paths.add(Permalinks.archive(lang) + "index.html"); // lists headlines
            article.translation().ifPresent(t -> {
                paths.add(t.path() + "index.html");
                String chinese = config.requireLanguage(lang).isChinese() ? article.path() : t.path();
                paths.add(Permalinks.parallel(chinese) + "index.html");
            });
            for (int i = Math.max(0, position - 1); i <= Math.min(all.size() - 1, position + 1); i++) {
                paths.add(all.get(i).path() + "index.html");
            }
            listPage(paths, Permalinks.home(lang), position, plan.slots(lang, "home", "", all));
            // The 404 pages list the newest few.
            if (position < SitePlan.NEWEST) {
                paths.add("404.html");
                paths.add(lang + "/404.html");
            }
            if (position < config.feedSize()) {
                paths.add(Permalinks.feed(Permalinks.home(lang)));
            }
            for (TagPage tag : site.find(lang).map(LanguageSite::tags).orElse(List.of())) {
                if (article.tags().contains(tag.tag())) {
                    int index = ofLanguage.indexInTag(tag.tag(), position);
                    listPage(paths, tag.path(), index, plan.slots(lang, "tag", tag.tag().key(), tag.articles()));
                    paths.add(Permalinks.feed(tag.path()));
                    ofLanguage.mayList(tag.tag(), index).forEach(other -> paths.add(other.path() + "index.html"));
                }
            }
            // The front page leads with the newest story and shows the newest of each section.
            paths.add(Permalinks.home(lang) + "index.html");
            LanguageSite ofLang = site.find(lang).orElseThrow();
            List<Map.Entry<String, TagPage>> groups = new ArrayList<>();
            ofLang.sections().stream().filter(p -> article.section().filter(p.tag()::equals).isPresent())
                    .forEach(p -> groups.add(Map.entry("section", p)));
            ofLang.reporters().stream().filter(p -> article.reporters().contains(p.tag()))
                    .forEach(p -> groups.add(Map.entry("reporter", p)));
            for (Map.Entry<String, TagPage> group : groups) {
                TagPage page = group.getValue();
                listPage(paths, page.path(), page.articles().indexOf(article),
                        plan.slots(lang, group.getKey(), page.tag().key(), page.articles()));
                paths.add(Permalinks.feed(page.path()));
            }
            article.date().ifPresent(date -> Archive.placeOf(all, position).ifPresent(place -> {
                for (Archive.Year year : Archive.of(all).years()) {
                    if (year.year() != date.getYear()) {
                        continue;
                    }
                    listPage(paths, Permalinks.year(lang, date.getYear()), place.inYear(),
                            plan.slots(lang, "year", WithdrawnLists.yearKey(year.year()), year.articles()));
                    for (Archive.Month month : year.months()) {
                        if (month.month() == date.getMonthValue()) {
                            String key = WithdrawnLists.monthKey(month.year(), month.month());
                            listPage(paths, Permalinks.month(lang, date.getYear(), date.getMonthValue()),
                                    place.inMonth(), plan.slots(lang, "month", key, month.articles()));
                        }
                    }
                }
            }));
        }
        return paths;
    }

    /** The pages of a paginated list of these places that show the article at {@code index}. */
    private void listPage(Set<String> paths, String first, int index, ListSlots slots) {
        if (index < config.pageSize()) {
            paths.add(Permalinks.page(first, 0) + "index.html");
        }
        if (plan.numberedPages(slots) > 0) {
            paths.add(Permalinks.page(first, plan.numberedPageOf(index, slots)) + "index.html");
        }
    }
}
