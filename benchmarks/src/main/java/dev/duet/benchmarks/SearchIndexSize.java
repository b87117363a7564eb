package dev.duet.benchmarks;

import dev.duet.config.SiteConfig;
import dev.duet.content.Body;
import dev.duet.model.ArticlePage;
import dev.duet.model.Attribution;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.model.Tag;
import dev.duet.render.RenderTask;
import dev.duet.search.BrowserQuery;
import dev.duet.search.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The size of the search index of a synthetic site and the bytes a browser loads for typical queries, for
 * docs/performance.md: builds the index of N articles per language in memory and prints, per language, its files,
 * shards and doc chunks, then for each query its hits, the files it fetches and their bytes. Text is drawn from
 * Zipf-distributed vocabularies: Chinese "words" of two or three characters out of 3,500 characters, English words
 * out of 30,000; this gives more distinct bigrams than real news, so the sizes err high.
 *
 * <pre>java -cp … dev.duet.benchmarks.SearchIndexSize [N]</pre>
 */
public final class SearchIndexSize {

    private static final String BASE_URL = "https://news.example.org/";

    /** What one query costs a browser: its hits, and the index files it fetches with their bytes. */
    record Query(String text, int hits, int files, long bytes) {
    }

    /** One language's index: its bytes and files, and the queries run on it. */
    record Language(String code, long bytes, int files, long metaBytes, int shards, long shardBytes, long maxShard,
            int chunks, long chunkBytes, List<Query> queries) {
    }

    private SearchIndexSize() {
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0].replace(",", "")) : 10_000;
        long start = System.nanoTime();
        Measured measured = measure(articles);
        System.out.printf("%n%d articles per language, index built in %d ms%n", articles, measured.millis);
        for (Language l : measured.languages) {
            System.out.printf("%s: %,d bytes in %d files; meta.json %,d; %d shards, avg %,d max %,d; %d doc chunks,"
                    + " avg %,d%n", l.code(), l.bytes(), l.files(), l.metaBytes(), l.shards(),
                    l.shardBytes() / l.shards(), l.maxShard(), l.chunks(), l.chunkBytes() / l.chunks());
            for (Query q : l.queries()) {
                System.out.printf("  %-24s %6d hits, %2d files, %,9d bytes%n", "\"" + q.text() + "\"", q.hits(),
                        q.files(), q.bytes());
            }
        }
        System.out.printf("(%d ms in all)%n", (System.nanoTime() - start) / 1_000_000);
    }

    /** The index figures of a site of the given number of articles per language, and the time to build it. */
    record Measured(long millis, List<Language> languages) {
    }

    static Measured measure(int articles) {
        Random random = new Random(42);
        List<String> hanzi = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        while (seen.size() < 3500) {
            seen.add(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
        }
        seen.forEach(cp -> hanzi.add(Character.toString(cp)));
        Zipf charZipf = new Zipf(hanzi.size(), random);
        List<String> zhWords = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            int length = random.nextInt(4) == 0 ? 3 : 2;
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < length; k++) {
                w.append(hanzi.get(charZipf.next()));
            }
            zhWords.add(w.toString());
        }
        String[] syllables = {"ba", "ko", "ri", "sen", "ta", "mon", "lie", "gra", "pho", "dex", "un", "ver", "st",
                "al", "ing", "tion", "er", "pre", "con", "mi", "ca", "lo", "ne", "tu", "wa", "shi", "ex", "port"};
        List<String> enWords = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            enWords.add(w.toString());
        }
        Zipf zhZipf = new Zipf(zhWords.size(), random);
        Zipf enZipf = new Zipf(enWords.size(), random);
        Zipf tagZipf = new Zipf(500, random);
        Map<String, List<ArticlePage>> pages = new TreeMap<>(Map.of("zh", new ArrayList<>(), "en", new ArrayList<>()));
        for (int i = 0; i < articles; i++) {
            String date = LocalDate.of(2024, 12, 31).minusDays(i / 5).toString();
            String[] tags = {"tag-" + tagZipf.next(), "tag-" + tagZipf.next(), "tag-" + tagZipf.next()};
            pages.get("zh").add(article("zh", "a" + i, date, text(zhWords, zhZipf, 8, ""),
                    paragraphs(zhWords, zhZipf, 500, "", "。"), tags));
            pages.get("en").add(article("en", "a" + i, date, text(enWords, enZipf, 8, " "),
                    paragraphs(enWords, enZipf, 600, " ", "."), tags));
        }
        Site site = site(pages);
        long start = System.nanoTime();
        Map<String, String> files = new TreeMap<>();
        for (RenderTask task : new SearchIndex(site).tasks()) {
            files.put(task.path(), new String(task.run().bytes().orElseThrow(), StandardCharsets.UTF_8));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Language> languages = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            List<String> queries = lang.equals("zh")
                    ? List.of(zhWords.get(0), zhWords.get(3) + zhWords.get(10), zhWords.get(500), hanzi.get(0),
                            zhWords.get(20) + zhWords.get(2000))
                    : List.of(enWords.get(0), enWords.get(3) + " " + enWords.get(10), enWords.get(500),
                            enWords.get(20) + " " + enWords.get(2000));
            languages.add(language(files, lang, queries));
        }
        return new Measured(millis, List.copyOf(languages));
    }

    private static Language language(Map<String, String> files, String lang, List<String> queries) {
        String dir = "search/" + lang + "/";
        long total = 0;
        long shardBytes = 0;
        long maxShard = 0;
        long docBytes = 0;
        int shards = 0;
        int chunks = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!f.getKey().startsWith(dir)) {
                continue;
            }
            long size = bytes(f.getValue());
            total += size;
            if (f.getKey().contains("shard-")) {
                shards++;
                shardBytes += size;
                maxShard = Math.max(maxShard, size);
            } else if (f.getKey().contains("docs-")) {
                chunks++;
                docBytes += size;
            }
        }
        List<Query> measured = queries.stream().map(q -> query(files, lang, q)).toList();
        return new Language(lang, total, shards + chunks + 1, bytes(files.get(dir + "meta.json")), shards,
                shardBytes, maxShard, chunks, docBytes, measured);
    }

    /**
     * What a browser fetches for a query: meta, each term's shard in each segment, the doc chunks of the first 10
     * results.
     */
    private static Query query(Map<String, String> files, String lang, String query) {
        String dir = "search/" + lang + "/";
        Set<String> fetched = new LinkedHashSet<>();
        fetched.add(dir + "meta.json");
        List<?> segments = (List<?>) ((Map<?, ?>) parse(files.get(dir + "meta.json"))).get("segments");
        List<String> terms = BrowserQuery.terms(query);
        Map<String, int[]> postings = new TreeMap<>();
        for (String term : terms) {
            List<int[]> lists = new ArrayList<>();
            for (Object s : segments) {
                Map<?, ?> segment = (Map<?, ?>) s;
                int shards = ((Number) segment.get("shards")).intValue();
                String shard = dir + segment.get("dir") + "/" + BrowserQuery.shardFile(term, shards);
                fetched.add(shard);
                @SuppressWarnings("unchecked")
                Map<String, String> map = (Map<String, String>) parse(files.get(shard));
                lists.add(BrowserQuery.postings(map.getOrDefault(term, "")));
            }
            int[] joined = BrowserQuery.join(lists);
            if (joined.length > 0) {
                postings.put(term, joined);
            }
        }
        List<BrowserQuery.Hit> hits = BrowserQuery.rank(terms, BrowserQuery.runs(query), postings);
        int perChunk = ((List<?>) parse(files.get(dir + "docs-0.json"))).size();
        hits.stream().limit(10).forEach(h -> fetched.add(dir + "docs-" + h.doc() / perChunk + ".json"));
        long bytes = fetched.stream().mapToLong(f -> bytes(files.get(f))).sum();
        return new Query(query, hits.size(), fetched.size(), bytes);
    }

    /** An article with no translation and no attribution; tags are slugs, shown under the same name. */
    private static ArticlePage article(String lang, String slug, String date, String title, String body,
            String... tags) {
        Optional<LocalDate> day = Optional.of(LocalDate.parse(date));
        List<Tag> tagList = Arrays.stream(tags).map(t -> new Tag(t, t, t)).toList();
        return new ArticlePage(slug, lang, lang.equals("zh") ? "zh-Hans" : "en", title, Optional.empty(), day,
                Permalinks.article(lang, day, slug), Body.of(body), "articles/" + slug + "." + lang + ".md", 1,
                tagList, new Attribution(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty()), Optional.empty(), Optional.empty());
    }

    private static Site site(Map<String, List<ArticlePage>> pages) {
        SiteConfig config = SiteConfig.builder(Path.of("target/bench-search-size")).baseUrl(BASE_URL).build();
        return Site.of(config, pages.values().stream().flatMap(List::stream).toList());
    }

    private static Object parse(String json) {
        return new Load(LoadSettings.builder().build()).loadFromString(json);
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String text(List<String> words, Zipf zipf, int n, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(words.get(zipf.next()));
        }
        return out.toString();
    }

    private static String paragraphs(List<String> words, Zipf zipf, int n, String separator, String stop) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i += 12) {
            out.append(text(words, zipf, 12, separator)).append(stop).append(i % 60 == 48 ? "\n\n" : separator);
        }
        return out.toString();
    }

    /** Ranks 0..n-1 with probability proportional to 1/(rank+1). */
    private static final class Zipf {
        private final double[] cumulative;
        private final Random random;

        Zipf(int n, Random random) {
            this.random = random;
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next() {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
        }
    }
}
