package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the index of a synthetic site and the bytes a browser loads for typical queries. Opt-in, as it takes a
 * few seconds: {@code -Dduet.searchSize=10000} (articles per language) prints the figures for docs/performance.md.
 * Text is drawn from Zipf-distributed vocabularies: Chinese "words" of two or three characters out of 3,500
 * characters, English words out of 30,000; this gives more distinct bigrams than real news, so the sizes err high.
 */
@EnabledIfSystemProperty(named = "duet.searchSize", matches = "\\d+")
class SearchIndexSizeTest {

    @Test
    void printsIndexSizesAndBytesPerQuery() {
        int articles = Integer.getInteger("duet.searchSize");
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
        TestSite site = TestSite.inMemory();
        for (int i = 0; i < articles; i++) {
            String date = java.time.LocalDate.of(2024, 12, 31).minusDays(i / 5).toString();
            String[] tags = {"tag-" + tagZipf.next(), "tag-" + tagZipf.next(), "tag-" + tagZipf.next()};
            site.modelArticle("zh", "a" + i, date, text(zhWords, zhZipf, 8, ""), paragraphs(zhWords, zhZipf, 500, "", "。"),
                    tags);
            site.modelArticle("en", "a" + i, date, text(enWords, enZipf, 8, " "),
                    paragraphs(enWords, enZipf, 600, " ", "."), tags);
        }
        long start = System.nanoTime();
        Map<String, String> files = IndexFiles.of(site);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%n%d articles per language, index built in %d ms%n", articles, millis);
        for (String lang : List.of("zh", "en")) {
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
                long size = f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
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
            System.out.printf("%s: %,d bytes in %d files; meta.json %,d; %d shards, avg %,d max %,d; %d doc chunks,"
                    + " avg %,d%n", lang, total, shards + chunks + 1, bytes(files.get(dir + "meta.json")), shards,
                    shardBytes / shards, maxShard, chunks, docBytes / chunks);
            List<String> queries = lang.equals("zh")
                    ? List.of(zhWords.get(0), zhWords.get(3) + zhWords.get(10), zhWords.get(500), hanzi.get(0),
                            zhWords.get(20) + zhWords.get(2000))
                    : List.of(enWords.get(0), enWords.get(3) + " " + enWords.get(10), enWords.get(500),
                            enWords.get(20) + " " + enWords.get(2000));
            for (String query : queries) {
                System.out.println("  " + loaded(files, lang, query));
            }
        }
        assertTrue(files.size() > 0);
    }

    /** Bytes a browser fetches for a query: meta, the terms' shards, the doc chunks of the first 10 results. */
    private static String loaded(Map<String, String> files, String lang, String query) {
        String dir = "search/" + lang + "/";
        Set<String> fetched = new LinkedHashSet<>();
        fetched.add(dir + "meta.json");
        int shards = ((Number) ((Map<?, ?>) IndexFiles.parse(files.get(dir + "meta.json"))).get("shards")).intValue();
        for (String term : SearchTokens.queryTerms(query)) {
            fetched.add(String.format(dir + "shard-%0" + Integer.toString(shards - 1).length() + "d.json",
                    TermHash.shard(term, shards)));
        }
        List<Ranking.Hit> hits = IndexFiles.search(files, lang, query);
        hits.stream().limit(10).forEach(h -> fetched.add(dir + "docs-" + h.doc() / LanguageIndex.DOCS_PER_CHUNK
                + ".json"));
        long bytes = fetched.stream().mapToLong(f -> bytes(files.get(f))).sum();
        return String.format("%-24s %6d hits, %2d files, %,9d bytes", "\"" + query + "\"", hits.size(),
                fetched.size(), bytes);
    }

    private static long bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
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
            int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
        }
    }
}
