package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.duet.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the theme's {@code search.js} under Node, when Node is installed, and checks that its analysis, hash and
 * ranking give exactly what the Java side gives: the browser must look for the very terms the index holds.
 */
class SearchScriptTest {

    /** Posting lists as shard files write them, from short to ids and weights near the largest int. */
    static final List<String> WRITTEN = List.of(written(), written(3, 2, 4, 2, 20, 5), written(0, 3, 31, 2, 1_000_000, 7),
            written(5, 2, 2_000_000_000, 2_000_000_001, 2_147_483_647, 0));

    private static String written(int... docWeightPairs) {
        Postings postings = new Postings();
        for (int i = 0; i < docWeightPairs.length; i += 2) {
            postings.add(docWeightPairs[i], docWeightPairs[i + 1]);
        }
        String json = dev.duet.io.Json.write(postings);
        return json.substring(1, json.length() - 1);
    }

    static final List<String> TEXTS = List.of(
            "国务院常务会议研究新能源汽车产业", "每個人都說", "王毅，SCO会议。", "5月21日电（记者 单璐 张硕）",
            "Wang Yi attends the SCO Foreign Ministers’ Meeting", "Exports keep growing in Q1 2024: 3.5%",
            "ＳＣＯ　２０２４ ｉＰｈｏｎｅ", "Café São Paulo Zürich naïve İstanbul Straße", "ﬁnance ① x² Ⅻ",
            "China's don't rock’n’roll", "東京タワー 서울 ひらがな", "Ελληνικά Кириллица", "hopping making policies agreed",
            "emoji 😀 here 𠮷野家", "a" + "b".repeat(45) + " ok", "A股 iPhone15发布会",
            "臺北市 台北 乾隆 後來 薴 豐", "国务院常务会议研究部署推进新能源汽车产业高质量发展和扩大内需战略实施的政策措施 Wang Yi"
                    + " attends meetings", "IT sector, It is, AT&T and the US: 250,000 passengers, 46.40 yuan, 1,2,3."
                    + " 5% 3.5万亿 ＩＴ ３．５", "");

    /** Queries ranked on both sides: words typed together among them, and one longer than the terms searched for. */
    static final List<String> QUERIES = List.of("上海", "上海合作组织", "会议", "上海 #tag:x", "上海会议", "合作组织外长会议",
            "地区安全会议 #tag:x", "会议讨论了地区安全外交部例行记者会上海合作组织今年很忙明年更忙其他消息旧闻会议的安排");

    @TempDir
    Path dir;

    @Test
    void scriptAnalysesHashesAndRanksAsJavaDoes() throws Exception {
        // The theme's source when the test runs in the project, else the copy on the class path.
        Path script = Path.of("../themes/default/static/js/search.js");
        if (!Files.isRegularFile(script)) {
            script = dir.resolve("search.js");
            try (InputStream in = SearchScriptTest.class.getResourceAsStream("/duet/themes/default/static/js/search.js")) {
                assumeTrue(in != null, "search.js not on the class path");
                Files.write(script, in.readAllBytes());
            }
        }
        script = script.toAbsolutePath();
        TestSite site = TestSite.inMemory()
                .modelArticle("zh", "a", "2024-05-20", "外交部例行记者会", "上海合作组织外长会议的安排。上海", "x")
                .modelArticle("zh", "b", "2024-05-01", "上海合作组织外长会议", "会议讨论了地区安全。", "x")
                .modelArticle("zh", "c", "2024-04-01", "年终回顾", "上海合作组织今年很忙。上海合作组织明年更忙。");
        // Enough older articles for two segments, so that a term's lists are joined across them.
        for (int i = 0; i < Segment.FANOUT + 3; i++) {
            site.modelArticle("zh", "old-" + i, "2023-01-" + String.format("%02d", i % 28 + 1), "旧闻 " + i,
                    i % 3 == 0 ? "上海的会议。" : "其他消息。", "x");
        }
        Map<String, String> files = IndexFiles.of(site);
        StringBuilder input = new StringBuilder("{\"queries\":").append(dev.duet.io.Json.writeSorted(QUERIES))
                .append(",\"texts\":").append(dev.duet.io.Json.writeSorted(TEXTS))
                .append(",\"written\":").append(dev.duet.io.Json.writeSorted(WRITTEN)).append(",\"files\":")
                .append(dev.duet.io.Json.writeSorted(files)).append('}');
        Path driver = dir.resolve("driver.js");
        Files.writeString(driver, """
                const s = require(process.argv[2]);
                const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
                s.useFold(JSON.parse(input.files['search/fold.json']).pairs);
                const out = [];
                for (const text of input.texts) {
                  out.push(['index'].concat(s.analyze(text, false).map(t => t.term + '@' + t.start + '-' + t.end)).join(' '));
                  out.push(['query'].concat(s.queryTerms(text).map(t => t + '#' + s.fnv1a(t) + '/' + s.shardFile(t, 64))).join(' '));
                }
                const meta = JSON.parse(input.files['search/zh/meta.json']);
                const QUERIES = input.queries;
                for (const q of QUERIES) {
                  const terms = s.queryTerms(q.replace(/#\\S+/, '')).concat(q.match(/#\\S+/) || []);
                  const postings = {};
                  for (const t of terms) {
                    const lists = meta.segments.map(g =>
                        s.decode(JSON.parse(input.files['search/zh/' + g.dir + '/' + s.shardFile(t, g.shards)])[t]));
                    const list = s.join(lists);
                    if (list.length) postings[t] = list;
                  }
                  const runs = s.queryRuns(q.replace(/#\\S+/, ''));
                  out.push('runs ' + q + ' ' + JSON.stringify(runs));
                  const hits = s.rank(terms, runs, postings);
                  out.push(['rank ' + q].concat(hits.map(h => h.doc + ':' + h.score + ':' + h.missing)).join(' '));
                }
                out.push('segments ' + meta.segments.length);
                out.push('join ' + JSON.stringify(s.join([[3, 1, 2, 5], [], [40, 1, 1, 3]])));
                for (const w of input.written) out.push('decode ' + JSON.stringify(s.decode(w)));
                out.push('marks ' + JSON.stringify(s.marks('上海合作组织外长在上海开会', s.queryTerms('上海合作'))));
                process.stdout.write(out.join('\\n') + '\\n');
                """);
        List<String> actual = node(driver, script, input.toString());

        List<String> expected = new ArrayList<>();
        for (String text : TEXTS) {
            StringBuilder index = new StringBuilder("index");
            SearchTokens.forIndex(text).forEach(t -> index.append(' ').append(t.term()).append('@').append(t.start())
                    .append('-').append(t.end()));
            expected.add(index.toString());
            StringBuilder query = new StringBuilder("query");
            SearchQuery.terms(text).forEach(t -> query.append(' ').append(t).append('#').append(TermHash.fnv1a(t))
                    .append('/').append(TermHash.shardFile(TermHash.shard(t, 64), 64)));
            expected.add(query.toString());
        }
        for (String q : QUERIES) {
            String filter = q.contains("#") ? q.substring(q.indexOf('#')) : null;
            List<Ranking.Hit> hits = filter == null ? IndexFiles.search(files, "zh", q)
                    : IndexFiles.search(files, "zh", q.substring(0, q.indexOf('#')), filter);
            expected.add("runs " + q + " " + dev.duet.io.Json.writeSorted(SearchQuery.runs(
                    filter == null ? q : q.substring(0, q.indexOf('#')))));
            StringBuilder rank = new StringBuilder("rank " + q);
            hits.forEach(h -> rank.append(' ').append(h.doc()).append(':').append(h.score()).append(':')
                    .append(h.missing()));
            expected.add(rank.toString());
        }
        expected.add("segments 2");
        expected.add("join " + java.util.Arrays.toString(Ranking.join(List.of(new int[] {3, 1, 2, 5}, new int[0],
                new int[] {40, 1, 1, 3}))).replace(" ", ""));
        for (String written : WRITTEN) {
            expected.add("decode " + java.util.Arrays.toString(Postings.decode(written)).replace(" ", ""));
        }
        expected.add("marks [[0,4],[9,11]]");
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    private static List<String> node(Path driver, Path script, String input) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("node", driver.toString(), script.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed: " + e.getMessage());
            throw e;
        }
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, process.exitValue(), output);
        return output.lines().toList();
    }
}
