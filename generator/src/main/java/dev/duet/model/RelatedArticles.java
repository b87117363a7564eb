package dev.duet.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A language's related articles: those that share the most tags with an article, among a bounded window of each
 * tag's articles nearest to it in time, so that finding them is near-linear at any size. Ties go to the newer
 * article. Also says which articles may list a given one, so that a preview knows which pages an edit touches.
 */
public final class RelatedArticles {

    /** How many related articles a page shows. */
    static final int COUNT = 5;
    /** How many of each tag's articles around an article are candidates. */
    static final int SCAN = 50;

    private final List<ArticlePage> articles;
    /** Each article's position in the language's list, newest first. */
    private final Map<ArticlePage, Integer> positions = new IdentityHashMap<>();
    /** Each tag's articles as positions in the language's list (ascending, since lists keep order). */
    private final Map<String, int[]> byTag = new HashMap<>();

    public RelatedArticles(LanguageSite language) {
        this.articles = language.articles();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
        }
        language.tags().forEach(t -> byTag.put(t.tag().key(),
                t.articles().stream().mapToInt(positions::get).toArray()));
    }

    /** The article's position in the language's list, newest first; empty if it is not this language's. */
    public OptionalInt position(ArticlePage article) {
        Integer position = positions.get(article);
        return position == null ? OptionalInt.empty() : OptionalInt.of(position);
    }

    /** Where the article at {@code position} stands in the list of the tag's articles. */
    public int indexInTag(Tag tag, int position) {
        return Arrays.binarySearch(byTag.getOrDefault(tag.key(), new int[0]), position);
    }

    /** The articles of the tag that may list the article at {@code index} of the tag's list as related. */
    public List<ArticlePage> mayList(Tag tag, int index) {
        int[] withTag = byTag.getOrDefault(tag.key(), new int[0]);
        List<ArticlePage> near = new ArrayList<>();
        // Another article lists this one as related only if this one is within its window of the tag.
        for (int i = Math.max(0, index - SCAN); i < Math.min(withTag.length, index + SCAN + 1); i++) {
            near.add(articles.get(withTag[i]));
        }
        return near;
    }

    /** The article's related articles, most shared tags first, at most {@link #COUNT}. */
    public List<ArticlePage> of(ArticlePage article) {
        // Articles are named by their position in the language's list (newest first), which is also the order
        // that breaks ties, so candidates sort as plain numbers and equal numbers count shared tags.
        OptionalInt known = position(article);
        if (known.isEmpty()) {
            return Collections.emptyList();
        }
        int self = known.getAsInt();
        int[] candidates = new int[article.tags().size() * SCAN];
        int count = 0;
        for (Tag tag : article.tags()) {
            int[] withTag = byTag.getOrDefault(tag.key(), new int[0]);
            int index = Arrays.binarySearch(withTag, self);
            int from = Math.max(0, (index < 0 ? -index - 1 : index) - SCAN / 2);
            int to = Math.min(withTag.length, from + SCAN);
            for (int i = from; i < to; i++) {
                if (withTag[i] != self) {
                    candidates[count++] = withTag[i];
                }
            }
        }
        Arrays.sort(candidates, 0, count);
        long[] ranked = new long[count];
        int n = 0;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && candidates[j] == candidates[i]) {
                j++;
            }
            ranked[n++] = ((long) -(j - i) << 32) | candidates[i];
            i = j;
        }
        Arrays.sort(ranked, 0, n);
        List<ArticlePage> related = new ArrayList<>(COUNT);
        for (int i = 0; i < Math.min(COUNT, n); i++) {
            related.add(articles.get((int) (ranked[i] & 0xFFFFFFFFL)));
        }
        return related;
    }
}
