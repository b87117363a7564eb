package dev.duet.search;

import dev.duet.io.Json;
import dev.duet.model.ArticlePage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A segment's index made from the shards the last build wrote, when only a few of its documents changed since: only
 * those are analysed, and each shard is patched ({@link ShardPatch}). An edit to one old article then costs its own
 * analysis and a pass over the segment's shards, not the analysis of thousands of articles. Whatever cannot be
 * patched (a shard no longer in the output as it was made, or not in the index's form) is taken from the segment's
 * whole index, made the usual way the first time it is needed; the files are the same either way.
 */
final class PatchedSegment implements SegmentIndex {

    /** At most this share of a segment's documents changed, or the whole index is the cheaper way. */
    private static final int MAX_CHANGED_SHARE = 4;

    private final String dir;
    private final Segment segment;
    private final String lastDigest;
    private final EarlierFiles earlier;
    private final ShardPatch patch;
    /** Per shard: the changed documents' postings, by term. */
    private final List<SortedMap<String, Postings>> added;
    private final List<ArticlePage> articles;
    private final Function<ArticlePage, Doc> doc;
    private final Supplier<SegmentIndex> whole;
    private Optional<SegmentIndex> made = Optional.empty();

    private PatchedSegment(String dir, Segment segment, String lastDigest, EarlierFiles earlier, int[] changed,
            List<ArticlePage> articles, Function<ArticlePage, Doc> doc, Supplier<SegmentIndex> whole) {
        this.dir = dir;
        this.segment = segment;
        this.lastDigest = lastDigest;
        this.earlier = earlier;
        this.patch = new ShardPatch(segment.from(), segment.to(), changed);
        this.articles = articles;
        this.doc = doc;
        this.whole = whole;
        this.added = new ArrayList<>(segment.shards());
        for (int s = 0; s < segment.shards(); s++) {
            added.add(new TreeMap<>());
        }
    }

    /**
     * The segment patched from its last state, when that state is the one its shards in the output were made from
     * and few of its documents changed: {@code documents} are the digests of its {@code articles} now, {@code dir}
     * the language's index folder; {@code whole} makes the whole index when a shard cannot be patched.
     */
    static Optional<SegmentIndex> of(String dir, Segment segment, SegmentState last, DocDigests documents,
            EarlierFiles earlier, List<ArticlePage> articles, Function<ArticlePage, Analyzed> analysis,
            Function<ArticlePage, Doc> doc, Supplier<SegmentIndex> whole) {
        int size = segment.to() - segment.from();
        if (last.documents().size() != size || documents.size() != size) {
            return Optional.empty();
        }
        int[] changed = new int[size];
        int count = 0;
        for (int k = 0; k < size; k++) {
            if (!documents.sameAt(k, last.documents())) {
                changed[count++] = segment.from() + k;
            }
        }
        if (count > size / MAX_CHANGED_SHARE) {
            return Optional.empty();
        }
        for (int s = 0; s < segment.shards(); s++) {
            String path = shardPath(dir, segment, s);
            if (!earlier.has(path, last.digest() + path)) {
                return Optional.empty();
            }
        }
        int[] ids = Arrays.copyOf(changed, count);
        PatchedSegment patched = new PatchedSegment(dir, segment, last.digest(), earlier, ids, articles, doc, whole);
        patched.analyse(ids, analysis);
        return Optional.of(patched);
    }

    static String shardPath(String dir, Segment segment, int shard) {
        return dir + segment.dir() + "/" + TermHash.shardFile(shard, segment.shards());
    }

    /** Gathers the postings of the changed documents, in id order, into their shards. */
    private void analyse(int[] changed, Function<ArticlePage, Analyzed> analysis) {
        int shards = segment.shards();
        TermSink sink = new TermSink() {
            @Override
            public void cjk(long key, int id, int weight) {
                added.get(TermHash.shard(key, shards)).computeIfAbsent(SearchTokens.cjkTerm(key),
                        t -> new Postings()).add(id, weight);
            }

            @Override
            public void word(String word, int id, int weight) {
                added.get(TermHash.shard(word, shards)).computeIfAbsent(word, t -> new Postings()).add(id, weight);
            }
        };
        for (int id : changed) {
            Batches.Hashed.of(analysis.apply(articles.get(id - segment.from()))).forEachTerm(id, hash -> true, sink);
        }
    }

    @Override
    public String docsJson(int chunk) {
        int from = chunk * LanguageIndex.DOCS_PER_CHUNK - segment.from();
        List<Doc> docs = new ArrayList<>();
        for (int k = from; k < Math.min(articles.size(), from + LanguageIndex.DOCS_PER_CHUNK); k++) {
            docs.add(doc.apply(articles.get(k)));
        }
        return Json.writeSorted(docs);
    }

    @Override
    public String shardJson(int shard) {
        String path = shardPath(dir, segment, shard);
        return earlier.text(path, lastDigest + path).flatMap(old -> patch.apply(old, added.get(shard)))
                .orElseGet(() -> whole().shardJson(shard));
    }

    private synchronized SegmentIndex whole() {
        if (made.isEmpty()) {
            made = Optional.of(whole.get());
        }
        return made.get();
    }
}
