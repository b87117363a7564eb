package dev.duet.search;

import dev.duet.model.ArticlePage;
import dev.duet.model.Permalinks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the index takes from one article, independent of its position: its doc-table entry, its terms with their
 * weights (term frequency × 2, plus 1 when the term is in the title) as parallel arrays — Chinese, Japanese and
 * Korean terms by their {@link SearchTokens#cjkKey}, other words as strings — and its tag terms. A preview keeps
 * these between builds, so only changed articles are analysed again; arrays keep that affordable.
 */
record Analyzed(Doc doc, long[] cjk, int[] cjkWeights, String[] words, int[] wordWeights, List<String> tagTerms) {

    /** Analyses an article; {@code canonical} gives the one string to keep for each word. */
    static Analyzed of(ArticlePage article, Permalinks links, PlainText plainText, UnaryOperator<String> canonical) {
        String body = plainText.of(article);
        Terms title = new Terms();
        SearchTokens.forEachIndexKey(article.title(), title);
        Terms all = new Terms();
        StringBuilder text = new StringBuilder(article.title().length() + body.length() + 64)
                .append(article.title()).append('\n');
        article.headline().ifPresent(h -> text.append(h).append('\n'));
        article.tags().forEach(t -> text.append(t.name()).append('\n'));
        article.attribution().agency().ifPresent(a -> text.append(a).append('\n'));
        article.attribution().reporters().forEach(r -> text.append(r).append('\n'));
        text.append(body);
        SearchTokens.forEachIndexKey(text.toString(), all);
        int[] cjkWeights = new int[all.cjk.size()];
        long[] cjk = all.cjk.keys(cjkWeights);
        for (int i = 0; i < cjk.length; i++) {
            cjkWeights[i] = cjkWeights[i] * 2 + (title.cjk.contains(cjk[i]) ? 1 : 0);
        }
        String[] words = new String[all.words.size()];
        int[] wordWeights = new int[words.length];
        int i = 0;
        for (Map.Entry<String, int[]> e : all.words.entrySet()) {
            words[i] = canonical.apply(e.getKey());
            wordWeights[i++] = e.getValue()[0] * 2 + (title.words.containsKey(e.getKey()) ? 1 : 0);
        }
        List<String> tagTerms = article.tags().stream().map(t -> LanguageIndex.TAG_TERM + t.slug()).toList();
        return new Analyzed(Doc.of(article, body, links), cjk, cjkWeights, words, wordWeights, tagTerms);
    }

    /** How often each term occurs in a text, CJK terms by key. */
    private static final class Terms implements SearchTokens.KeySink {
        final LongCounter cjk = new LongCounter();
        final Map<String, int[]> words = new HashMap<>();

        @Override
        public void cjk(long key, int start, int end) {
            cjk.add(key);
        }

        @Override
        public void word(String word, int start, int end) {
            words.computeIfAbsent(word, w -> new int[1])[0]++;
        }
    }
}
