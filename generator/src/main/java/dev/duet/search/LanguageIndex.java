package dev.duet.search;

import dev.duet.io.Json;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.TagPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The search index of one {@link Segment} of a language's documents, built in memory and written as JSON files:
 * {@code docs-N.json} (the segment's part of the doc table in chunks: title, link, date, tags, translation, snippet
 * source) and {@code seg-F/shard-NN.json} (term → posting list); the language's {@code meta.json} (counts, years,
 * tags, segments) is made by {@link #meta}. A document's id is its position in the language's article order counted
 * from the oldest (undated first), so a year is a range of ids, ties in ranking favour the higher id (the newer
 * article), and a new article takes the next id: the doc table's files before the last keep their bytes, and only
 * the newest segment's shards change. A posting list's first id is absolute, so the lists of a term's segments join
 * in id order. The articles are analysed ({@link Analyzed}) a batch at a time ({@link Batches}) into partitions
 * ({@link Partition}) or, for a segment too large for memory, into spill files ({@link IndexSpill}).
 */
final class LanguageIndex implements SegmentIndex {

    /** Format version, read by search.js; bump on any change to the files' shape. */
    static final int VERSION = 4;
    /**
     * Documents per doc-table file. Results come from anywhere in the table, so small files keep a page of ten
     * results to ten fetches of about 6 KB; larger ones would load mostly documents nobody asked for.
     */
    static final int DOCS_PER_CHUNK = 8;
    /** The tag filter lists at most this many tags, the most used first. */
    static final int FILTER_TAGS = 200;
    /** The term that marks documents with a tag; {@code #} never occurs in a text term. */
    static final String TAG_TERM = "#tag:";

    /** Posting lists are gathered in this many partitions, which the cores fill at the same time. */
    private static final int PARTITIONS = 4;

    /** The id of the segment's first document. */
    private final int firstId;
    private final int shards;
    private final DocTable docs;
    /** Per shard: term → (id delta, weight) pairs. */
    private final List<Map<String, Postings>> shardTerms;

    LanguageIndex(int firstId, int shards, DocTable docs, List<Map<String, Postings>> shardTerms) {
        this.firstId = firstId;
        this.shards = shards;
        this.docs = docs;
        this.shardTerms = shardTerms;
    }

    /** The index of a segment's articles, the first with id {@code firstId}, gathered in memory. */
    static LanguageIndex build(LanguageSite language, int firstId, int shards,
            Function<ArticlePage, Analyzed> analysis) {
        int parts = Math.min(shards, PARTITIONS);
        List<Partition> partitions = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            partitions.add(new Partition());
        }
        List<Doc> docs = new ArrayList<>(language.articles().size());
        Batches.analyseAll(language, firstId, analysis, docs::add, (first, batch) ->
                IntStream.range(0, parts).parallel().forEach(p -> {
                    Partition partition = partitions.get(p);
                    for (int k = 0; k < batch.size(); k++) {
                        batch.get(k).forEachTerm(first + k, hash -> (hash & (parts - 1)) == p, partition);
                    }
                }));
        return new LanguageIndex(firstId, shards, DocTable.of(docs), Partition.intoShards(partitions, shards));
    }

    /** The group of a shard when the shards are gathered in {@code groups} groups of consecutive shards. */
    static int groupOf(int shard, int shards, int groups) {
        return shard / (shards / groups);
    }

    /** The language's {@code meta.json}: counts, years as id ranges, the filter's tags and the segments. */
    static String metaJson(LanguageSite language, List<Segment> segments) {
        List<ArticlePage> articles = language.articles();
        Map<Integer, int[]> years = new LinkedHashMap<>();
        for (int id = 0; id < articles.size(); id++) {
            int doc = id;
            articles.get(id).date().map(LocalDate::getYear).ifPresent(year -> {
                int[] range = years.computeIfAbsent(year, y -> new int[] {doc, doc});
                range[1] = doc + 1;
            });
        }
        List<Map<String, Object>> yearList = new ArrayList<>();
        years.forEach((year, range) -> yearList.add(Map.of("year", year, "from", range[0], "to", range[1])));
        Collections.reverse(yearList); // newest year first, as the year filter lists them
        List<Map<String, Object>> tagList = language.tags().stream()
                .sorted(Comparator.comparingInt((TagPage t) -> t.articles().size()).reversed()
                        .thenComparing(t -> t.tag().name()).thenComparing(t -> t.tag().slug()))
                .limit(FILTER_TAGS)
                .map(t -> Map.<String, Object>of("slug", t.tag().slug(), "name", t.tag().name(),
                        "count", t.articles().size()))
                .toList();
        Map<String, Object> meta = new TreeMap<>();
        meta.put("version", VERSION);
        meta.put("lang", language.code());
        meta.put("docs", articles.size());
        meta.put("chunk", DOCS_PER_CHUNK);
        meta.put("segments", segments.stream().map(s -> Map.<String, Object>of("from", s.from(), "to", s.to(),
                "dir", s.dir(), "shards", s.shards())).toList());
        meta.put("years", yearList);
        meta.put("tags", tagList);
        return Json.writeSorted(meta);
    }

    static int chunks(int docs) {
        return (docs + DOCS_PER_CHUNK - 1) / DOCS_PER_CHUNK;
    }

    @Override
    public String docsJson(int chunk) {
        int from = chunk * DOCS_PER_CHUNK - firstId;
        return Json.writeSorted(docs.range(from, Math.min(docs.size(), from + DOCS_PER_CHUNK)));
    }

    @Override
    public void release() {
        docs.release();
    }

    @Override
    public String shardJson(int shard) {
        return Json.writeSorted(shardTerms.get(shard));
    }

    int shards() {
        return shards;
    }
}
