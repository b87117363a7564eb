package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.render.RenderTask;
import dev.duet.testing.TestSite;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static TestSite news() {
        return TestSite.inMemory()
                .modelArticle("zh", "body", "2024-05-20", "外交部例行记者会", "发言人介绍了上海合作组织外长会议的安排。", "diplomacy")
                .modelArticle("zh", "title", "2024-05-01", "上海合作组织外长会议在阿斯塔纳举行", "会议讨论了地区安全。", "diplomacy")
                .modelArticle("zh", "twice", "2023-12-01", "年终回顾", "上海合作组织今年很忙。上海合作组织明年更忙。", "review")
                .modelArticle("zh", "apart", "2023-11-01", "上海见闻", "组织合作，上海。", "review")
                .modelArticle("en", "vehicles", "2024-04-02", "Exports keep growing",
                        "New energy vehicles sold well. Vehicle makers export more vehicles.", "economy")
                .modelArticle("en", "vehicle", "2024-04-01", "Vehicle exports rise", "Sales rose.", "economy")
                .modelArticle("en", "other", "2024-03-01", "Rail opens", "A new railway opened.", "transport");
    }

    private static List<String> search(Map<String, String> files, String lang, String query) {
        List<String> titles = IndexFiles.titles(files, lang);
        return IndexFiles.search(files, lang, query).stream().map(h -> titles.get(h.doc())).toList();
    }

    @Test
    void ranksTitleMatchesFirstThenByFrequency() {
        Map<String, String> files = IndexFiles.of(news());
        assertEquals(List.of("上海合作组织外长会议在阿斯塔纳举行", "年终回顾", "外交部例行记者会", "上海见闻"),
                search(files, "zh", "上海合作组织"));
    }

    @Test
    void aChineseQueryHeldWholeComesBeforeOneHeldAsItsWords() {
        // "上海见闻" has 上海, 合作 and 组织 but never the bigrams 海合 and 作组 in a row: after every story that has
        // the whole name, as the words a reader may have typed together.
        assertEquals(List.of("上海合作组织外长会议在阿斯塔纳举行", "年终回顾", "外交部例行记者会", "上海见闻"),
                search(IndexFiles.of(news()), "zh", "上海合作组织"));
        assertTrue(search(IndexFiles.of(news()), "zh", "上海").contains("上海见闻"));
    }

    @Test
    void wordsTypedTogetherFindAStoryThatHasThemApart() {
        Map<String, String> files = IndexFiles.of(TestSite.inMemory()
                .modelArticle("zh", "quake", "2022-09-05", "四川泸定发生6.8级地震", "救援人员赶赴震中。", "disaster")
                .modelArticle("zh", "tea", "2022-09-01", "泸定茶叶丰收", "当地茶农忙采摘。", "farming")
                .modelArticle("zh", "sco", "2024-05-21", "王毅出席上海合作组织成员国外长理事会会议", "会议在阿斯塔纳举行。",
                        "diplomacy"));
        assertEquals(List.of("四川泸定发生6.8级地震"), search(files, "zh", "泸定地震"));
        assertEquals(List.of("王毅出席上海合作组织成员国外长理事会会议"), search(files, "zh", "上海合作组织外长"));
        // A piece of one character is no word: 泸 alone does not stand for 泸定, nor 定茶 for anything.
        assertEquals(List.of(), search(files, "zh", "泸定茶地震"));
        assertEquals(List.of(List.of("泸定", "定地", "地震")), SearchQuery.runs("泸定地震 quake"));
        assertEquals(List.of(), SearchQuery.runs("泸定 地震 上海市"));
    }

    @Test
    void aPastedParagraphIsSearchedForItsFirstTerms() {
        String pasted = "国务院常务会议研究部署推进新能源汽车产业高质量发展和扩大内需战略实施的政策措施，会议指出要加快构建新发展格局";
        List<String> terms = SearchQuery.terms(pasted);
        assertEquals(SearchQuery.MOST_TERMS, terms.size());
        assertEquals(SearchQuery.terms(pasted.substring(0, SearchQuery.MOST_TERMS + 1)), terms);
        assertEquals(List.of(terms), SearchQuery.runs(pasted), "the run searched for is the terms' own");
    }

    @Test
    void aRunCoveredByPiecesOfTwoCharactersOrMore() {
        List<String> run = List.of("泸定", "定地", "地震");
        assertTrue(Ranking.covers(run, Set.of("泸定", "地震")::contains));
        assertTrue(Ranking.covers(run, Set.of("泸定", "定地", "地震")::contains));
        assertFalse(Ranking.covers(run, Set.of("泸定", "定地")::contains), "震 is in no piece");
        assertFalse(Ranking.covers(run, Set.of("定地")::contains));
        assertTrue(Ranking.covers(List.of("上海", "海合", "合作", "作组", "组织"),
                Set.of("上海", "海合", "合作", "组织")::contains), "上海合作|组织");
    }

    @Test
    void requiresEveryEnglishTermAndMatchesOtherForms() {
        Map<String, String> files = IndexFiles.of(news());
        assertEquals(List.of("Vehicle exports rise", "Exports keep growing"), search(files, "en", "vehicle export"));
        assertEquals(List.of("Exports keep growing"), search(files, "en", "VEHICLES grow"));
        assertEquals(List.of(), search(files, "en", "vehicle railway"));
    }

    @Test
    void tagTermsFilterWithoutChangingScores() {
        Map<String, String> files = IndexFiles.of(news());
        List<Ranking.Hit> all = IndexFiles.search(files, "zh", "上海");
        List<Ranking.Hit> review = IndexFiles.search(files, "zh", "上海", LanguageIndex.TAG_TERM + "review");
        assertEquals(4, all.size());
        // The review articles are the two of 2023, the oldest: ids 0 and 1.
        assertEquals(all.stream().filter(h -> h.doc() < 2).toList(), review);
    }

    @Test
    void everyTermLiesInTheShardItsHashPicks() {
        Map<String, String> files = IndexFiles.of(news());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> segments = (List<Map<String, Object>>) ((Map<String, Object>) IndexFiles.parse(
                files.get("search/zh/meta.json"))).get("segments");
        assertEquals(1, segments.size());
        int shards = (Integer) segments.get(0).get("shards");
        int terms = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().startsWith("search/zh/" + segments.get(0).get("dir") + "/shard-")) {
                continue;
            }
            int shard = Integer.parseInt(file.getKey().replaceAll(".*shard-(\\d+)\\.json", "$1"));
            @SuppressWarnings("unchecked")
            Map<String, Object> postings = (Map<String, Object>) IndexFiles.parse(file.getValue());
            for (String term : postings.keySet()) {
                assertEquals(shard, TermHash.shard(term, shards), term + " in " + file.getKey());
                terms++;
            }
        }
        assertTrue(terms > 50, "terms checked: " + terms);
    }

    @Test
    void hashIsFnv1aOverUtf8() {
        // The same values in JavaScript: fnv1a('') === 0x811c9dc5, fnv1a('a') === 0xe40c292c,
        // fnv1a('foobar') === 0xbf9cf968, fnv1a('会议') === 0xbcd617cf, % 64 === 15 (search.js, Math.imul over TextEncoder bytes).
        assertEquals(0x811c9dc5L, TermHash.fnv1a(""));
        assertEquals(0xe40c292cL, TermHash.fnv1a("a"));
        assertEquals(0xbf9cf968L, TermHash.fnv1a("foobar"));
        assertEquals(0xbcd617cfL, TermHash.fnv1a("会议"));
        assertEquals(15, TermHash.shard("会议", 64));
    }

    @Test
    void titlesStayTextInJson() {
        Map<String, String> files = IndexFiles.of(TestSite.inMemory()
                .modelArticle("en", "x", "2024-01-01", "<script>alert(\"x\")</script> & co", "Body </script> text."));
        String docs = files.get("search/en/docs-0.json");
        assertFalse(docs.contains("<"), docs);
        assertFalse(docs.contains(">"), docs);
        assertEquals(List.of("<script>alert(\"x\")</script> & co"), IndexFiles.titles(files, "en"));
        files.values().forEach(IndexFiles::parse);
    }

    @Test
    void aSnippetPrintsTheDashOfAWireDatelineAsThePageDoes() {
        Map<String, String> files = IndexFiles.of(TestSite.inMemory()
                .modelArticle("en", "x", "2024-01-01", "Metro", "TAIPEI, March 15 (CNA) -- The line opened.")
                .modelArticle("zh", "x", "2024-01-01", "地铁", "台北 -- 新线通车。"));
        String en = files.get("search/en/docs-0.json");
        assertTrue(en.contains("TAIPEI, March 15 (CNA) \u2014 The line opened."), en);
        String zh = files.get("search/zh/docs-0.json");
        assertTrue(zh.contains("台北 -- 新线通车。"), zh);
    }

    @Test
    void buildsIdenticalFilesTwice() {
        assertEquals(IndexFiles.of(news()), IndexFiles.of(news()));
    }

    @Test
    void aNewArticleLeavesTheDocTableFilesBeforeTheLastAsTheyWere() {
        TestSite before = TestSite.inMemory();
        TestSite after = TestSite.inMemory();
        for (int i = 1; i <= 20; i++) {
            String date = "2024-01-%02d".formatted(i);
            before.modelArticle("en", "story-" + i, date, "Story " + i, "Text of story " + i + ".", "news");
            after.modelArticle("en", "story-" + i, date, "Story " + i, "Text of story " + i + ".", "news");
        }
        after.modelArticle("en", "newest", "2024-02-01", "The newest story", "Something new.", "news");
        Map<String, String> old = IndexFiles.of(before);
        Map<String, String> now = IndexFiles.of(after);
        assertEquals(old.get("search/en/docs-0.json"), now.get("search/en/docs-0.json"));
        assertEquals(old.get("search/en/docs-1.json"), now.get("search/en/docs-1.json"));
        assertNotEquals(old.get("search/en/docs-2.json"), now.get("search/en/docs-2.json"), "the new one is last");
        assertEquals(List.of("The newest story"), search(now, "en", "newest"));
    }

    @Test
    void idsCountFromTheOldestAndYearsAreRangesOfThemNewestFirst() {
        @SuppressWarnings("unchecked")
        Map<String, Object> meta =
                (Map<String, Object>) IndexFiles.parse(IndexFiles.of(news()).get("search/zh/meta.json"));
        assertEquals(List.of(Map.of("year", 2024, "from", 2, "to", 4), Map.of("year", 2023, "from", 0, "to", 2)),
                meta.get("years"));
    }

    @Test
    void chunksTheDocTable() {
        TestSite big = TestSite.inMemory();
        for (int i = 0; i < LanguageIndex.DOCS_PER_CHUNK * 2 + 1; i++) {
            big.modelArticle("en", "a" + i, String.format("2024-01-%02d", i % 28 + 1), "Article " + i,
                    "Text " + i + ".");
        }
        Map<String, String> files = IndexFiles.of(big);
        assertTrue(files.containsKey("search/en/docs-2.json"));
        assertFalse(files.containsKey("search/en/docs-3.json"));
        assertEquals(LanguageIndex.DOCS_PER_CHUNK * 2 + 1, IndexFiles.titles(files, "en").size());
    }

    @Test
    void fingerprintsChangeOnlyWithTheLanguagesArticles() {
        Map<String, String> before = fingerprints(news());
        Map<String, String> after = fingerprints(news().modelArticle("en", "new", "2024-06-01", "New", "Text."));
        // The fold table depends on no article.
        before.forEach((path, fingerprint) -> assertEquals(path.startsWith("search/zh/")
                || path.equals(SearchIndex.FOLD_TABLE),
                fingerprint.equals(after.get(path)), path));
    }

    @Test
    void gatheringTheShardsInGroupsWritesTheSameFiles() throws java.io.IOException {
        TestSite fixture = news();
        for (int i = 0; i < 30; i++) {
            fixture.modelArticle("zh", "zh-" + i, "2024-0" + (1 + i % 9) + "-1" + (i % 10), "上海新闻第" + i + "篇",
                    "国务院常务会议研究部署" + "经济发展改革开放".repeat(1 + i % 4) + i + "，市民" + "海".repeat(i % 3) + "。");
            fixture.modelArticle("en", "en-" + i, "2024-0" + (1 + i % 9) + "-1" + (i % 10), "Shanghai story " + i,
                    "The council met on economic reform number " + i + " and " + "growth ".repeat(1 + i % 5) + ".");
        }
        var site = fixture.model();
        for (var language : site.languages()) {
            assertEquals(SearchIndex.shardCount(language),
                    SearchIndex.groupCount(language, SearchIndex.shardCount(language), 1), "one group a shard");
            assertEquals(1, SearchIndex.groupCount(language, SearchIndex.shardCount(language), Long.MAX_VALUE));
        }
        Map<String, String> whole = run(new SearchIndex(site, SearchMemory.none(),
                new dev.duet.model.ArticleMemo<>(), EarlierFiles.none(), Long.MAX_VALUE).tasks());
        List<RenderTask> grouped = new java.util.ArrayList<>(new SearchIndex(site, SearchMemory.none(),
                new dev.duet.model.ArticleMemo<>(), EarlierFiles.none(), 1).tasks());
        java.util.Collections.shuffle(grouped, new java.util.Random(3));
        assertEquals(whole, run(grouped));
        assertTrue(whole.keySet().stream().anyMatch(p -> p.startsWith("search/zh/seg-0/shard-")));
        assertTrue(whole.keySet().stream().anyMatch(p -> p.startsWith("search/zh/docs-")));
        // Each group's spill file is deleted once read, the folder once every group is, and the doc table's file
        // (read back a chunk at a time) once its chunks are written.
        java.nio.file.Path cache = site.config().cacheDir();
        if (java.nio.file.Files.isDirectory(cache)) {
            try (var left = java.nio.file.Files.list(cache)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("search-")).toList());
            }
        }
    }

    @Test
    void aBuildRemovesWhatAKilledBuildLeftInTheCache(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        var site = TestSite.in(dir).modelArticle("zh", "one", "2024-05-20", "外交部例行记者会", "发言人介绍了安排。")
                .modelArticle("en", "one", "2024-05-20", "Briefing", "The spokesman spoke.").model();
        java.nio.file.Path cache = site.config().cacheDir();
        // A spill and a doc table of segments this site does not have, as a build killed while it wrote them left.
        java.nio.file.Path spill = java.nio.file.Files.createDirectories(cache.resolve("search-zh-32768-123"));
        java.nio.file.Files.write(spill.resolve("group-0.bin"), new byte[] {1, 2, 3});
        java.nio.file.Path table = java.nio.file.Files.createDirectories(cache.resolve("search-en-0-456"));
        java.nio.file.Files.write(table.resolve("docs.bin"), new byte[] {4});
        java.nio.file.Path other = java.nio.file.Files.writeString(cache.resolve("search-notes.txt"), "kept");
        new SearchIndex(site).tasksByLanguage();
        assertFalse(java.nio.file.Files.exists(spill));
        assertFalse(java.nio.file.Files.exists(table));
        assertTrue(java.nio.file.Files.exists(other), "only folders are removed");
    }

    @Test
    void aSpillThatFailsLeavesNothingInTheCache(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var zh = TestSite.in(dir).modelArticle("zh", "one", "2024-05-20", "外交部例行记者会", "发言人介绍了安排。")
                .model().languages().get(0);
        java.nio.file.Path cache = dir.resolve("cache");
        java.io.IOException full = new java.io.IOException("No space left on device");
        java.io.IOException thrown = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> IndexSpill.inCache(cache, "search-zh-0-", zh, 0, 4, 2, article -> {
                    throw new java.io.UncheckedIOException(full);
                }));
        org.junit.jupiter.api.Assertions.assertSame(full, thrown);
        assertEquals(0, cache.toFile().list().length, "no spill or doc-table folder left");
    }

    @Test
    void aSegmentWhoseSpillFailedDoesNotTryAgainForEachGroup(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        TestSite fixture = TestSite.in(dir);
        for (int i = 0; i < 32; i++) { // one segment of 32, in several shards
            fixture.modelArticle("zh", "zh-" + i, "2024-0" + (1 + i % 9) + "-1" + (i % 10), "上海新闻第" + i + "篇",
                    "国务院常务会议研究部署" + "经济发展改革开放".repeat(100 + i) + i + "。");
        }
        var site = fixture.model();
        // A cache folder that cannot be made: every spill into it fails.
        java.nio.file.Files.createDirectories(site.config().cacheDir().getParent());
        java.nio.file.Files.writeString(site.config().cacheDir(), "not a folder");
        List<RenderTask> shards = new SearchIndex(site, SearchMemory.none(), new dev.duet.model.ArticleMemo<>(),
                EarlierFiles.none(), 1).tasks().stream().filter(t -> t.path().startsWith("search/zh/seg-0/shard-")).toList();
        assertTrue(shards.size() > 1);
        java.util.Set<Throwable> causes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RenderTask task : shards) {
            causes.add(org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, task::run)
                    .getCause());
        }
        assertEquals(1, causes.size(), "the spill was tried once, and each group reports its failure");
    }

    private static Map<String, String> run(List<RenderTask> tasks) {
        Map<String, String> files = new java.util.TreeMap<>();
        for (RenderTask task : tasks) {
            files.put(task.path(), new String(task.run().bytes().orElseThrow(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, String> fingerprints(TestSite fixture) {
        Map<String, String> map = new java.util.TreeMap<>();
        for (RenderTask task : new SearchIndex(fixture.model()).tasks()) {
            map.put(task.path(), task.fingerprint().get());
        }
        return map;
    }
}
