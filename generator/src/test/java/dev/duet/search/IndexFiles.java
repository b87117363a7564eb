package dev.duet.search;

import dev.duet.render.RenderTask;
import dev.duet.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The search index of a site's model as files, path → text, and those files read back as search.js reads them. */
final class IndexFiles {

    private IndexFiles() {
    }

    /** Every index file of the site's in-memory model, path → text. */
    static Map<String, String> of(TestSite site) {
        Map<String, String> files = new TreeMap<>();
        for (RenderTask task : new SearchIndex(site.model()).tasks()) {
            files.put(task.path(), new String(task.run().bytes().orElseThrow(), StandardCharsets.UTF_8));
        }
        return files;
    }

    static Object parse(String json) {
        return new Load(LoadSettings.builder().build()).loadFromString(json);
    }

    /** Runs a query against the files as search.js would: fetch each term's shard in each segment, join, rank. */
    static List<Ranking.Hit> search(Map<String, String> files, String lang, String query, String... filters) {
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) parse(files.get("search/" + lang + "/meta.json"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> segments = (List<Map<String, Object>>) meta.get("segments");
        List<String> terms = new ArrayList<>(SearchQuery.terms(query));
        terms.addAll(List.of(filters));
        Map<String, int[]> postings = new TreeMap<>();
        for (String term : terms) {
            List<int[]> lists = new ArrayList<>();
            for (Map<String, Object> segment : segments) {
                int shards = (Integer) segment.get("shards");
                String shard = "search/" + lang + "/" + segment.get("dir") + "/" + BrowserQuery.shardFile(term, shards);
                @SuppressWarnings("unchecked")
                Map<String, String> map = (Map<String, String>) parse(files.get(shard));
                lists.add(Postings.decode(map.getOrDefault(term, "")));
            }
            int[] joined = Ranking.join(lists);
            if (joined.length > 0) {
                postings.put(term, joined);
            }
        }
        return Ranking.rank(terms, SearchQuery.runs(query), postings);
    }

    /** The titles of a language's docs by id. */
    @SuppressWarnings("unchecked")
    static List<String> titles(Map<String, String> files, String lang) {
        List<String> titles = new ArrayList<>();
        for (int chunk = 0; files.containsKey("search/" + lang + "/docs-" + chunk + ".json"); chunk++) {
            for (Object doc : (List<Object>) parse(files.get("search/" + lang + "/docs-" + chunk + ".json"))) {
                titles.add((String) ((Map<String, Object>) doc).get("title"));
            }
        }
        return titles;
    }
}
