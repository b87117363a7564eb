package dev.duet.model;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed from an article (a digest, a search analysis), remembered across the builds of one preview so
 * that a rebuild computes them only for articles that changed. Keyed by the article's value: an unchanged article
 * in a new build is equal to the one in the last, and cheap to compare, since its strings are the very same
 * objects. Thread-safe.
 */
public final class ArticleMemo<V> {

    private final Map<ArticlePage, V> values = new ConcurrentHashMap<>();
    private final Set<ArticlePage> used = ConcurrentHashMap.newKeySet();
    /** Whether values are kept for the builds after this one: keyed by the article's value as well. */
    private final boolean acrossBuilds;
    /**
     * The values this build asked for, by the article's identity: a build asks for each article's value many
     * times, and hashing an article's value walks every field of it.
     */
    private final Map<Identity, V> asked = new ConcurrentHashMap<>();
    /** Whether values are kept at all: not for a build that renders only a share of the site. */
    private final boolean keeps;

    /** A memo for the builds of a preview: an article equal to one of the last build finds its value. */
    public ArticleMemo() {
        this(true, true);
    }

    private ArticleMemo(boolean acrossBuilds, boolean keeps) {
        this.acrossBuilds = acrossBuilds;
        this.keeps = keeps;
    }

    /**
     * A memo for one build only: values are found by the article's identity alone, since no later build asks, and
     * hashing an article's value (every field, the body's digest) would cost more than it saves.
     */
    public static <V> ArticleMemo<V> forOneBuild() {
        return new ArticleMemo<>(false, true);
    }

    /**
     * A memo that keeps nothing, each value computed when asked for: for a build that renders a share of the site
     * (a shard), which asks for most articles' values once or twice, and would otherwise keep a value for every
     * article of the site to the end.
     */
    public static <V> ArticleMemo<V> none() {
        return new ArticleMemo<>(false, false);
    }

    /** The value for this article, computed the first time. */
    public V get(ArticlePage article, Function<ArticlePage, V> compute) {
        if (!keeps) {
            return compute.apply(article);
        }
        Identity identity = new Identity(article);
        V known = asked.get(identity);
        if (known != null) {
            return known;
        }
        if (!acrossBuilds) {
            return asked.computeIfAbsent(identity, id -> compute.apply(id.article()));
        }
        used.add(article);
        V value = values.computeIfAbsent(article, compute);
        asked.put(identity, value);
        return value;
    }

    /** Forgets the articles the last build did not ask for: edited or deleted ones. Call between builds. */
    public void retainUsed() {
        values.keySet().retainAll(used);
        used.clear();
        asked.clear();
    }

    /** An article as a key by its identity. */
    private record Identity(ArticlePage article) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.article == article;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(article);
        }
    }
}
