package dev.duet.render;

import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The parallel pages (中英对照) as {@link SitePlan} lists them: one per translated story, at its Chinese article's
 * address, showing that article beside its story's page in the other language.
 */
final class ParallelPlan {

    private ParallelPlan() {
    }

    /**
     * The parallel pages that {@code wanted} accepts of the Chinese {@code articles}, in their order. The other
     * language's pages are found by one pass over its articles for the wanted stories alone: a shard's build wants
     * a share of them, and keeps no map of every article of the site.
     */
    static List<SitePlan.File> files(Site site, List<ArticlePage> articles, Predicate<String> wanted) {
        List<ArticlePage> chosen = new ArrayList<>();
        Map<String, String> stories = new HashMap<>();
        for (ArticlePage article : articles) {
            if (article.translation().isPresent() && wanted.test(path(article))) {
                chosen.add(article);
                stories.put(article.key(), article.translation().get().lang());
            }
        }
        if (stories.isEmpty()) {
            return List.of();
        }
        Map<String, ArticlePage> others = new HashMap<>();
        for (LanguageSite language : site.languages()) {
            for (ArticlePage page : language.articles()) {
                if (language.code().equals(stories.get(page.key()))) {
                    others.put(page.key(), page);
                }
            }
        }
        List<SitePlan.File> files = new ArrayList<>();
        for (ArticlePage article : chosen) {
            ArticlePage other = others.get(article.key());
            if (other != null) {
                files.add(new SitePlan.ParallelFile(path(article), article, other));
            }
        }
        return files;
    }

    private static String path(ArticlePage article) {
        return Permalinks.parallel(article.path()) + "index.html";
    }
}
