package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.config.LanguageConfig;
import dev.duet.content.Body;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Related articles on a random site equal those of the plain rule, ranked by sorting: among each tag's
 * {@link RelatedArticles#SCAN} articles published just before an article, the ones sharing most tags with it, ties
 * to the newer.
 */
class RelatedArticlesTest {

    private static final LanguageConfig ENGLISH = new LanguageConfig("en", "en", "en_US", "t", "d");

    @Test
    void equalThePlainRuleOnARandomSite() {
        Random random = new Random(20240521);
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tags.add(new Tag("t" + i, "t" + i, "Tag " + i));
        }
        List<ArticlePage> articles = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            List<Tag> own = new ArrayList<>();
            int count = random.nextInt(7);
            for (int k = 0; k < count; k++) {
                // A few tags are on most articles, so that windows overlap and ties are common.
                Tag tag = tags.get(random.nextInt(random.nextBoolean() ? 4 : tags.size()));
                if (!own.contains(tag)) {
                    own.add(tag);
                }
            }
            String slug = "a" + i;
            articles.add(new ArticlePage(slug, "en", "en", slug, Optional.empty(),
                    Optional.of(LocalDate.of(2020, 1, 1).plusDays(2_000 - i)), "en/" + slug + "/",
                    Body.of("text"), "articles/" + slug + ".en.md", 1, List.copyOf(own),
                    new Attribution(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                            Optional.empty()), Optional.empty(), Optional.empty()));
        }
        Map<Tag, List<ArticlePage>> byTag = new LinkedHashMap<>();
        articles.forEach(a -> a.tags().forEach(t -> byTag.computeIfAbsent(t, x -> new ArrayList<>()).add(a)));
        List<TagPage> tagPages = byTag.entrySet().stream().map(e -> new TagPage(e.getKey(),
                "en/tags/" + e.getKey().slug() + "/", e.getValue(), Optional.empty())).toList();
        RelatedArticles related = new RelatedArticles(new LanguageSite(ENGLISH, articles, tagPages));
        Map<ArticlePage, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
        }
        for (ArticlePage article : articles) {
            assertEquals(plainRule(article, positions, byTag), related.of(article), article.slug());
        }
    }

    @Test
    void everyArticleHasItsPositionAndAnArticleOfAnotherListHasNone() {
        for (int size : new int[] {0, 1, 2, 3, 1_000, 20_000}) {
            List<ArticlePage> articles = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                articles.add(page("a" + i, i));
            }
            RelatedArticles related = new RelatedArticles(new LanguageSite(ENGLISH, articles, List.of()));
            for (int i = 0; i < size; i++) {
                assertEquals(java.util.OptionalInt.of(i), related.position(articles.get(i)), size + ": " + i);
            }
            // An equal page that is not in the list is not in it.
            assertEquals(java.util.OptionalInt.empty(), related.position(page("a0", 0)), "size " + size);
        }
    }

    private static ArticlePage page(String slug, int i) {
        return new ArticlePage(slug, "en", "en", slug, Optional.empty(),
                Optional.of(LocalDate.of(2020, 1, 1).plusDays(100_000 - i)), "en/" + slug + "/",
                Body.of("text"), "articles/" + slug + ".en.md", 1, List.of(),
                new Attribution(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        Optional.empty()), Optional.empty(), Optional.empty());
    }

    private static List<ArticlePage> plainRule(ArticlePage article, Map<ArticlePage, Integer> positions,
            Map<Tag, List<ArticlePage>> byTag) {
        Map<ArticlePage, Integer> shared = new HashMap<>();
        for (Tag tag : article.tags()) {
            List<ArticlePage> withTag = byTag.get(tag);
            int index = withTag.indexOf(article);
            int from = index + 1;
            for (ArticlePage other : withTag.subList(from, Math.min(withTag.size(), from + RelatedArticles.SCAN))) {
                if (other != article) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.keySet().stream()
                .sorted(Comparator.comparing((ArticlePage a) -> -shared.get(a)).thenComparing(positions::get))
                .limit(RelatedArticles.COUNT).toList();
    }
}
