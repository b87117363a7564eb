package dev.duet.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A language's related articles: the earlier coverage of an article's tags, those that share the most tags with it
 * among a bounded window of each tag's articles published just before it, so that finding them is near-linear at
 * any size. Ties go to the newer article. Only earlier articles are candidates, so a new story changes no older
 * page's list: a published page keeps its bytes when the site grows. Also says which articles may list a given one,
 * so that a preview knows which pages an edit touches.
 */
public final class RelatedArticles {

    /** How many related articles a page shows. */
    static final int COUNT = 5;
    /** How many of each tag's articles just before an article are candidates. */
    static final int SCAN = 50;

    private final List<ArticlePage> articles;
    /**
     * Each article's position in the language's list, newest first, in an open-addressed table by identity: a slot
     * holds a position or -1. Eight bytes an article, where a map of boxed positions takes about forty.
     */
    private final int[] positions;
    /** Each tag's articles as positions in the language's list (ascending, since lists keep order). */
    private final Map<String, int[]> byTag = new HashMap<>();
    /**
     * Per thread, a table of shared tags by article position, all zero between calls: {@link #of} counts its
     * candidates in it and clears what it counted.
     */
    private final ThreadLocal<int[]> counts;

    public RelatedArticles(LanguageSite language) {
        this.articles = language.articles();
        int size = articles.size();
        this.counts = ThreadLocal.withInitial(() -> new int[size]);
        this.positions = new int[Integer.highestOneBit(Math.max(1, size)) << 2];
        Arrays.fill(positions, -1);
        for (int i = 0; i < size; i++) {
            int slot = slot(articles.get(i));
            while (positions[slot] >= 0) {
                slot = slot + 1 & positions.length - 1;
            }
            positions[slot] = i;
        }
        language.tags().forEach(t -> byTag.put(t.tag().key(),
                t.articles().stream().mapToInt(a -> position(a).orElseThrow()).toArray()));
    }

    /** The first slot where the article's position may be. */
    private int slot(ArticlePage article) {
        return System.identityHashCode(article) * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(positions.length - 1);
    }

    /** The article's position in the language's list, newest first; empty if it is not this language's. */
    public OptionalInt position(ArticlePage article) {
        for (int slot = slot(article); positions[slot] >= 0; slot = slot + 1 & positions.length - 1) {
            if (articles.get(positions[slot]) == article) {
                return OptionalInt.of(positions[slot]);
            }
        }
        return OptionalInt.empty();
    }

    /** Where the article at {@code position} stands in the list of the tag's articles. */
    public int indexInTag(Tag tag, int position) {
        return Arrays.binarySearch(byTag.getOrDefault(tag.key(), new int[0]), position);
    }

    /** The articles of the tag that may list the article at {@code index} of the tag's list as related. */
    public List<ArticlePage> mayList(Tag tag, int index) {
        int[] withTag = byTag.getOrDefault(tag.key(), new int[0]);
        List<ArticlePage> near = new ArrayList<>();
        // A newer article lists this one as related only if this one is within its window of the tag.
        for (int i = Math.max(0, index - SCAN); i < Math.min(withTag.length, index + 1); i++) {
            near.add(articles.get(withTag[i]));
        }
        return near;
    }

    /** The article's related articles, most shared tags first, at most {@link #COUNT}. */
    public List<ArticlePage> of(ArticlePage article) {
        // Articles are named by their position in the language's list (newest first), which is also the order
        // that breaks ties. Each candidate's shared tags are counted in a table by position, so finding an
        // article's related ones takes time in proportion to its candidates, with no sorting.
        OptionalInt known = position(article);
        if (known.isEmpty()) {
            return Collections.emptyList();
        }
        int self = known.getAsInt();
        int[] shared = counts.get();
        int[] candidates = new int[article.tags().size() * SCAN];
        int count = 0;
        for (Tag tag : article.tags()) {
            int[] withTag = byTag.getOrDefault(tag.key(), new int[0]);
            int index = Arrays.binarySearch(withTag, self);
            // The list is newest first: the tag's articles before this one follow it.
            int from = index < 0 ? -index - 1 : index + 1;
            int to = Math.min(withTag.length, from + SCAN);
            for (int i = from; i < to; i++) {
                int candidate = withTag[i];
                if (candidate != self && shared[candidate]++ == 0) {
                    candidates[count++] = candidate;
                }
            }
        }
        // The best COUNT so far, best first: more shared tags, then newer (a smaller position).
        int[] best = new int[COUNT];
        int found = 0;
        for (int k = 0; k < count; k++) {
            int candidate = candidates[k];
            int at = found;
            while (at > 0 && ranksBefore(candidate, best[at - 1], shared)) {
                at--;
            }
            if (at < COUNT) {
                System.arraycopy(best, at, best, at + 1, Math.min(found, COUNT - 1) - at);
                best[at] = candidate;
                found = Math.min(found + 1, COUNT);
            }
        }
        for (int k = 0; k < count; k++) {
            shared[candidates[k]] = 0;
        }
        List<ArticlePage> related = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            related.add(articles.get(best[i]));
        }
        return related;
    }

    private static boolean ranksBefore(int candidate, int other, int[] shared) {
        return shared[candidate] > shared[other] || shared[candidate] == shared[other] && candidate < other;
    }
}
