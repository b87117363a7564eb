package dev.duet.render;

import dev.duet.model.ArticlePage;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values computed once per article in a build, found by the article's identity (cheaper than its value);
 * thread-safe. The lock is not held while a value is computed, so two threads may both compute one.
 */
final class PerArticle<V> {

    private final Map<ArticlePage, V> values = Collections.synchronizedMap(new IdentityHashMap<>());

    V get(ArticlePage article, Function<ArticlePage, V> compute) {
        V known = values.get(article);
        if (known == null) {
            known = compute.apply(article);
            values.put(article, known);
        }
        return known;
    }
}
