package dev.duet.search;

import dev.duet.io.Json;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.Tag;
import dev.duet.model.TagPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index of one language, built in memory and written as JSON files: {@code meta.json} (counts, years,
 * tags), {@code docs-N.json} (the doc table in chunks: title, link, date, tags, translation, snippet source) and
 * {@code shard-NN.json} (term → posting list). A document's id is its position in the language's article order,
 * newest first, so a year is a range of ids and ties in ranking favour newer articles.
 */
final class LanguageIndex {

    /** Format version, read by search.js; bump on any change to the files' shape. */
    static final int VERSION = 1;
    /**
     * Documents per doc-table file. Results come from anywhere in the table, so small files keep a page of ten
     * results to ten fetches of about 6 KB; larger ones would load mostly documents nobody asked for.
     */
    static final int DOCS_PER_CHUNK = 8;
    /** Enough text to show a two-line snippet. */
    static final int SNIPPET_LENGTH = 200;
    /** The tag filter lists at most this many tags, the most used first. */
    static final int FILTER_TAGS = 200;
    /** The term that marks documents with a tag; {@code #} never occurs in a text term. */
    static final String TAG_TERM = "#tag:";

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final int shards;
    private final List<Doc> docs;
    private final Map<String, Object> meta;
    /** Per shard: term → (id delta, weight) pairs. */
    private final List<Map<String, Postings>> shardTerms;

    private LanguageIndex(int shards, List<Doc> docs, Map<String, Object> meta,
            List<Map<String, Postings>> shardTerms) {
        this.shards = shards;
        this.docs = docs;
        this.meta = meta;
        this.shardTerms = shardTerms;
    }

    /**
     * What the index takes from one article, independent of its position: its doc-table entry, its terms with
     * their weights (term frequency × 2, plus 1 when the term is in the title) as parallel arrays — Chinese,
     * Japanese and Korean terms by their {@link SearchTokens#cjkKey}, other words as strings — and its tag terms. A
     * preview keeps these between builds, so only changed articles are analysed again; arrays keep that affordable.
     */
    record Analyzed(Doc doc, long[] cjk, int[] cjkWeights, String[] words, int[] wordWeights,
            List<String> tagTerms) {
    }

    /**
     * A doc-table entry, kept as its JSON in UTF-8: a large site's doc table is held until its files are written,
     * and this takes a fraction of the memory of the maps it is written from.
     */
    record Doc(byte[] json) implements Json.Writable {
        static Doc of(Map<String, Object> fields) {
            return new Doc(Json.writeSorted(fields).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void writeJson(StringBuilder out) {
            out.append(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static Analyzed analyze(ArticlePage article, Permalinks links, PlainText plainText,
            java.util.function.UnaryOperator<String> canonical) {
        String body = plainText.of(article.markdown());
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
        List<String> tagTerms = article.tags().stream().map(t -> TAG_TERM + t.slug()).toList();
        return new Analyzed(Doc.of(doc(article, body, links)), cjk, cjkWeights, words, wordWeights, tagTerms);
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

    /** Articles analysed at a time: on every core, without holding a whole large site's analyses at once. */
    private static final int BATCH = 256;

    /**
     * Posting lists are gathered in this many partitions (by the low bits of the term's hash, so each partition
     * feeds its own shards), which the cores fill at the same time.
     */
    private static final int PARTITIONS = 4;

    /** An analysis with each term's hash, computed on the core that analysed it. */
    private record Hashed(Analyzed analyzed, int[] cjkHashes, int[] wordHashes) {
        static Hashed of(Analyzed analyzed) {
            int[] cjkHashes = new int[analyzed.cjk().length];
            for (int t = 0; t < cjkHashes.length; t++) {
                cjkHashes[t] = (int) TermHash.fnv1a(analyzed.cjk()[t]);
            }
            int[] wordHashes = new int[analyzed.words().length];
            for (int t = 0; t < wordHashes.length; t++) {
                wordHashes[t] = (int) TermHash.fnv1a(analyzed.words()[t]);
            }
            return new Hashed(analyzed, cjkHashes, wordHashes);
        }

        /** Gives the sink each term of the article whose hash {@code wanted} accepts, with its weight. */
        void forEachTerm(int id, java.util.function.IntPredicate wanted, TermSink sink) {
            for (int t = 0; t < cjkHashes.length; t++) {
                if (wanted.test(cjkHashes[t])) {
                    sink.cjk(analyzed.cjk()[t], id, analyzed.cjkWeights()[t]);
                }
            }
            for (int t = 0; t < wordHashes.length; t++) {
                if (wanted.test(wordHashes[t])) {
                    sink.word(analyzed.words()[t], id, analyzed.wordWeights()[t]);
                }
            }
            for (String tagTerm : analyzed.tagTerms()) {
                // Weight 0: a filter term narrows the results without changing their order.
                if (wanted.test((int) TermHash.fnv1a(tagTerm))) {
                    sink.word(tagTerm, id, 0);
                }
            }
        }
    }

    /** One partition's posting lists, CJK terms by key. */
    private static final class Partition implements TermSink {
        final LongMap<Postings> cjk = new LongMap<>();
        final Map<String, Postings> words = new HashMap<>();

        @Override
        public void cjk(long key, int id, int weight) {
            cjk.computeIfAbsent(key, k -> new Postings()).add(id, weight);
        }

        @Override
        public void word(String word, int id, int weight) {
            words.computeIfAbsent(word, k -> new Postings()).add(id, weight);
        }
    }

    /** The whole index of a language, gathered in memory. */
    static LanguageIndex build(LanguageSite language, int shards,
            java.util.function.Function<ArticlePage, Analyzed> analysis) {
        int parts = Math.min(shards, PARTITIONS);
        List<Partition> partitions = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            partitions.add(new Partition());
        }
        List<Doc> docs = analyseAll(language, analysis, (first, batch) ->
                java.util.stream.IntStream.range(0, parts).parallel().forEach(p -> {
                    Partition partition = partitions.get(p);
                    for (int k = 0; k < batch.size(); k++) {
                        batch.get(k).forEachTerm(first + k, hash -> (hash & (parts - 1)) == p, partition);
                    }
                }));
        return new LanguageIndex(shards, docs, meta(language, shards), shardTerms(partitions, shards));
    }

    /** Receives each batch of analysed articles in order; the batch's first article has id {@code first}. */
    private interface BatchSink {
        void accept(int first, List<Hashed> batch) throws IOException;
    }

    /** Analyses every article of the language once, a batch at a time on every core; returns the doc table. */
    private static List<Doc> analyseAll(LanguageSite language,
            java.util.function.Function<ArticlePage, Analyzed> analysis, BatchSink sink) {
        List<ArticlePage> articles = language.articles();
        List<Doc> docs = new ArrayList<>(articles.size());
        try {
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<Hashed> batch = articles.subList(from, Math.min(articles.size(), from + BATCH)).parallelStream()
                        .map(analysis).map(Hashed::of).toList();
                batch.forEach(h -> docs.add(h.analyzed().doc()));
                sink.accept(from, batch);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(docs);
    }

    /**
     * Moves the partitions' posting lists into their shards. A partition's terms go to its own shards only, so the
     * partitions move in parallel; each is let go as it is moved, so the index is never held twice for long.
     */
    private static List<Map<String, Postings>> shardTerms(List<Partition> partitions, int shards) {
        List<Map<String, Postings>> shardTerms = new ArrayList<>(shards);
        for (int s = 0; s < shards; s++) {
            shardTerms.add(new TreeMap<>());
        }
        java.util.stream.IntStream.range(0, partitions.size()).parallel().forEach(p -> {
            Partition partition = partitions.get(p);
            partitions.set(p, null);
            partition.cjk.drain((key, postings) -> shardTerms.get((int) (TermHash.fnv1a(key) % shards))
                    .put(SearchTokens.cjkTerm(key), postings.trimmed()));
            for (var entries = partition.words.entrySet().iterator(); entries.hasNext(); ) {
                Map.Entry<String, Postings> entry = entries.next();
                shardTerms.get(TermHash.shard(entry.getKey(), shards)).put(entry.getKey(), entry.getValue().trimmed());
                entries.remove();
            }
        });
        return shardTerms;
    }

    /** The group of a shard when the shards are gathered in {@code groups} groups of consecutive shards. */
    static int groupOf(int shard, int shards, int groups) {
        return shard / (shards / groups);
    }

    /**
     * A language's postings analysed once and written to one file per group of shards, for a language whose
     * postings would not fit in memory at once: each group's index is then read from its own file
     * ({@link #group}). Holds the doc table and the files; {@link #close()} deletes the files left.
     */
    static final class Spill implements AutoCloseable {
        private final LanguageSite language;
        private final int shards;
        private final int groups;
        private final Path dir;
        private final List<Doc> docs;

        private Spill(LanguageSite language, int shards, int groups, Path dir, List<Doc> docs) {
            this.language = language;
            this.shards = shards;
            this.groups = groups;
            this.dir = dir;
            this.docs = docs;
        }

        /** Analyses the language's articles once, writing each group's terms to its file in {@code dir}. */
        static Spill write(LanguageSite language, int shards, int groups, Path dir,
                java.util.function.Function<ArticlePage, Analyzed> analysis) throws IOException {
            deleteTree(dir);
            Files.createDirectories(dir);
            java.io.OutputStream[] outs = new java.io.OutputStream[groups];
            try {
                for (int g = 0; g < groups; g++) {
                    outs[g] = new java.io.BufferedOutputStream(Files.newOutputStream(file(dir, g)), 1 << 16);
                }
                List<Doc> docs = analyseAll(language, analysis, (first, batch) -> {
                    byte[][] encoded = new byte[groups][];
                    java.util.stream.IntStream.range(0, groups).parallel().forEach(g -> {
                        SpillRecords records = new SpillRecords();
                        for (int k = 0; k < batch.size(); k++) {
                            records.startDoc(first + k);
                            batch.get(k).forEachTerm(first + k, hash -> inGroup(hash, shards, groups, g), records);
                        }
                        encoded[g] = records.bytes();
                    });
                    for (int g = 0; g < groups; g++) {
                        outs[g].write(encoded[g]);
                    }
                });
                return new Spill(language, shards, groups, dir, docs);
            } finally {
                for (java.io.OutputStream out : outs) {
                    if (out != null) {
                        out.close();
                    }
                }
            }
        }

        int groups() {
            return groups;
        }

        /** The index with the postings of one group of shards, read from its file, which is then deleted. */
        LanguageIndex group(int group) throws IOException {
            Partition partition = new Partition();
            Path file = file(dir, group);
            try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                SpillRecords.read(in, partition);
            }
            Files.deleteIfExists(file);
            return new LanguageIndex(shards, group == 0 ? docs : List.of(), meta(language, shards),
                    shardTerms(new ArrayList<>(List.of(partition)), shards));
        }

        @Override
        public void close() throws IOException {
            deleteTree(dir);
        }

        private static Path file(Path dir, int group) {
            return dir.resolve("group-" + group + ".bin");
        }

        private static void deleteTree(Path dir) throws IOException {
            if (Files.isDirectory(dir)) {
                try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    /** Where an article's terms go: a partition in memory, or the records of a spill file. */
    interface TermSink {
        void cjk(long key, int id, int weight);

        void word(String word, int id, int weight);
    }

    /** True when a term of this hash goes to a shard of the group (shards is a power of two, as is groups). */
    private static boolean inGroup(int hash, int shards, int groups, int group) {
        return groups == 1 || groupOf((int) (Integer.toUnsignedLong(hash) % shards), shards, groups) == group;
    }

    private static Map<String, Object> doc(ArticlePage article, String body, Permalinks links) {
        Map<String, Object> doc = new TreeMap<>();
        doc.put("title", article.title());
        doc.put("url", links.href(article.path()));
        article.date().ifPresent(d -> {
            doc.put("date", d.toString());
            doc.put("dateText", article.lang().equals("zh")
                    ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : ENGLISH_DATE.format(d));
        });
        List<Map<String, Object>> tags = new ArrayList<>();
        for (Tag tag : article.tags()) {
            tags.add(Map.of("name", tag.name(), "url", links.href(Permalinks.tag(article.lang(), tag.slug()))));
        }
        doc.put("tags", tags);
        article.translation().ifPresent(t -> doc.put("translation",
                Map.of("lang", t.lang(), "hreflang", t.languageTag(), "title", t.title(), "url", links.href(t.path()))));
        doc.put("text", snippet(body));
        return doc;
    }

    /**
     * The start of the body, cut at a code point (and, for spaced text, at a word) boundary, with each run of
     * whitespace made one space. Only as much of the body is looked at as the snippet can show.
     */
    static String snippet(String body) {
        String text = body.strip();
        // Enough characters for SNIPPET_LENGTH + 1 code points, so the cut below sees what the whole text would give.
        int limit = 2 * (SNIPPET_LENGTH + 1);
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        int i = 0;
        while (i < text.length() && out.length() < limit) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                while (i < text.length() && isRegexSpace(text.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        boolean whole = i == text.length();
        if (whole && out.codePointCount(0, out.length()) <= SNIPPET_LENGTH) {
            return out.toString();
        }
        int cut = out.offsetByCodePoints(0, SNIPPET_LENGTH);
        int space = out.lastIndexOf(" ", cut);
        if (space > SNIPPET_LENGTH / 2) {
            cut = space;
        }
        return out.substring(0, cut).strip() + "…";
    }

    /** The characters of the regex class {@code \\s}: ASCII whitespace. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static Map<String, Object> meta(LanguageSite language, int shards) {
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
        meta.put("shards", shards);
        meta.put("years", yearList);
        meta.put("tags", tagList);
        return meta;
    }

    static int chunks(int docs) {
        return (docs + DOCS_PER_CHUNK - 1) / DOCS_PER_CHUNK;
    }

    String metaJson() {
        return Json.writeSorted(meta);
    }

    /** The doc table's entries, in id order. */
    List<Doc> docs() {
        return docs;
    }

    String docsJson(int chunk) {
        int from = chunk * DOCS_PER_CHUNK;
        return Json.writeSorted(docs.subList(from, Math.min(docs.size(), from + DOCS_PER_CHUNK)));
    }

    String shardJson(int shard) {
        return Json.writeSorted(shardTerms.get(shard));
    }

    int shards() {
        return shards;
    }

    /**
     * A growing posting list, ids ascending, as (delta, weight) pairs of unsigned LEB128 varints: most deltas and
     * weights fit a byte, so a list takes a quarter of the memory of int pairs. Written as the JSON array of the
     * pairs' numbers.
     */
    static final class Postings implements Json.Writable {
        private byte[] bytes = new byte[8];
        private int size;
        private int last;

        void add(int doc, int weight) {
            if (size + 10 > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 10));
            }
            put(doc - last);
            put(weight);
            last = doc;
        }

        private void put(int value) {
            int v = value;
            while ((v & ~0x7F) != 0) {
                bytes[size++] = (byte) (v & 0x7F | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        /** This list with no spare room, once complete. */
        Postings trimmed() {
            if (size != bytes.length) {
                bytes = Arrays.copyOf(bytes, size);
            }
            return this;
        }

        @Override
        public void writeJson(StringBuilder out) {
            out.append('[');
            int value = 0;
            int shift = 0;
            boolean first = true;
            for (int i = 0; i < size; i++) {
                byte b = bytes[i];
                value |= (b & 0x7F) << shift;
                shift += 7;
                if (b >= 0) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(value);
                    value = 0;
                    shift = 0;
                }
            }
            out.append(']');
        }
    }
}
