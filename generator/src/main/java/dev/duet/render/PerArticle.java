package dev.duet.render;

import dev.duet.model.ArticlePage;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values computed once per article in a build, found by the article's identity (cheaper than its value);
 * thread-safe. The lock is not held while a value is computed, so two threads may both compute one. One that keeps
 * nothing ({@link #none}) computes each value when asked.
 */
final class PerArticle<V> {

    private final Optional<Map<ArticlePage, V>> values;

    /** Values kept for the rest of the build. */
    PerArticle() {
        this.values = Optional.of(Collections.synchronizedMap(new IdentityHashMap<>()));
    }

    private PerArticle(Optional<Map<ArticlePage, V>> values) {
        this.values = values;
    }

    /**
     * Values computed each time they are asked for, for a build that renders only a share of the site (a shard):
     * it shows each article on a few of its pages, and keeping a value for every article it shows would hold as
     * much as a build of the whole site.
     */
    static <V> PerArticle<V> none() {
        return new PerArticle<>(Optional.empty());
    }

    V get(ArticlePage article, Function<ArticlePage, V> compute) {
        if (values.isEmpty()) {
            return compute.apply(article);
        }
        V known = values.get().get(article);
        if (known == null) {
            known = compute.apply(article);
            values.get().put(article, known);
        }
        return known;
    }
}
