package dev.duet.search;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.model.ArticlePage;
import dev.duet.model.Attribution;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.model.Tag;
import dev.duet.model.TagPage;
import dev.duet.render.RenderTask;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A site model built in memory, and its search index files read back as JSON. */
final class SearchFixture {

    private final Map<String, List<ArticlePage>> articles = new LinkedHashMap<>();
    private final SiteConfig config = SiteConfig.builder(Path.of("/tmp/duet-search-fixture"))
            .baseUrl("https://news.example.org/").build();

    SearchFixture() {
        articles.put("zh", new ArrayList<>());
        articles.put("en", new ArrayList<>());
    }

    /** Adds an article; tags are slugs, shown under the same name. */
    SearchFixture article(String lang, String slug, String date, String title, String body, String... tags) {
        Optional<LocalDate> day = date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
        List<Tag> tagList = Arrays.stream(tags).map(t -> new Tag(t, t, t)).toList();
        articles.get(lang).add(new ArticlePage(slug, lang, lang.equals("zh") ? "zh-Hans" : "en", title,
                Optional.empty(), day, slug, Permalinks.article(lang, day, slug), dev.duet.content.Body.of(body),
                "articles/" + slug + "." + lang
                + ".md", 1, tagList, new Attribution(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty()), Optional.empty(), Optional.empty()));
        return this;
    }

    Site site() {
        List<LanguageSite> languages = new ArrayList<>();
        for (LanguageConfig language : config.languages()) {
            List<ArticlePage> list = new ArrayList<>(articles.get(language.code()));
            list.sort(LanguageSite.ORDER);
            Map<String, List<ArticlePage>> byTag = new TreeMap<>();
            Map<String, Tag> tags = new TreeMap<>();
            for (ArticlePage a : list) {
                for (Tag t : a.tags()) {
                    byTag.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(a);
                    tags.put(t.slug(), t);
                }
            }
            List<TagPage> tagPages = tags.values().stream().map(t -> new TagPage(t,
                    Permalinks.tag(language.code(), t.slug()), byTag.get(t.slug()), Optional.empty())).toList();
            languages.add(new LanguageSite(language, list, tagPages));
        }
        return new Site(config, languages, List.of());
    }

    /** Every index file, path → text. */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        for (RenderTask task : new SearchIndex(site()).tasks()) {
            files.put(task.path(), new String(task.run().bytes().orElseThrow(), StandardCharsets.UTF_8));
        }
        return files;
    }

    static Object parse(String json) {
        return new Load(LoadSettings.builder().build()).loadFromString(json);
    }

    /** Runs a query against the files as search.js would: fetch each term's shard, rank. */
    static List<Ranking.Hit> search(Map<String, String> files, String lang, String query, String... filters) {
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) parse(files.get("search/" + lang + "/meta.json"));
        int shards = (Integer) meta.get("shards");
        List<String> terms = new ArrayList<>(SearchTokens.queryTerms(query));
        terms.addAll(List.of(filters));
        Map<String, int[]> postings = new TreeMap<>();
        for (String term : terms) {
            String shard = String.format("search/%s/shard-%0" + Integer.toString(shards - 1).length() + "d.json", lang,
                    TermHash.shard(term, shards));
            @SuppressWarnings("unchecked")
            Map<String, List<Integer>> map = (Map<String, List<Integer>>) parse(files.get(shard));
            if (map.containsKey(term)) {
                postings.put(term, map.get(term).stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return Ranking.rank(terms, postings);
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
