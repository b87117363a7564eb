package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.model.ArticleMemo;
import dev.duet.model.Site;
import dev.duet.render.RenderTask;
import dev.duet.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A segment of which a few articles changed is made by patching the shards the last build wrote: the files are
 * those a build from every article's analysis writes, and whatever cannot be patched is made the long way.
 */
class SegmentPatchTest {

    /** Words enough that an edit changes posting lists in many shards. */
    private static final String[] WORDS = {"council", "reform", "harbour", "growth", "trade", "bridge", "river",
        "market", "school", "energy", "\"quoted\"", "back\\slash", "tab\there"};

    /**
     * Adds to a shard a term only the last build's files hold, sorted after every other, on the first two documents
     * (one of which may be one edited): only a patch carries it over.
     */
    private static final UnaryOperator<String> KEPT = text -> text.equals("{}") ? text
            : text.substring(0, text.length() - 1) + ",\"~kept\":\"AC\"}";

    @TempDir
    Path dir;

    /** The heap the index may gather posting lists in: a byte makes it gather them in groups, spilled to disk. */
    private long budget = Runtime.getRuntime().maxMemory() / 2;
    /** Words of each English article: enough of them make a segment of more than one shard. */
    private int words = 30;
    /** Articles the edited site has that the last build's did not, with this date. */
    private int added;
    private String addedDate = "2024-12-31";

    /** One build's index: each file's text and fingerprint. */
    private record Built(Map<String, String> files, Map<String, String> fingerprints) {
    }

    /** A site of 60 articles per language; {@code edit} changes the bodies of the ones it is given numbers of. */
    private Site site(Path folder, UnaryOperator<String> zhEdit, UnaryOperator<String> enEdit, int... edited) {
        TestSite site = TestSite.in(folder);
        TreeSet<Integer> changed = new TreeSet<>();
        for (int e : edited) {
            changed.add(e);
        }
        int count = 60 + added;
        for (int i = 0; i < count; i++) {
            String date = i < 60 ? String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 27) : addedDate;
            StringBuilder en = new StringBuilder();
            for (int w = 0; w < words; w++) {
                en.append(WORDS[(i * 7 + w * w) % WORDS.length]).append(w % 9 == 8 ? ".\n\n" : " ");
            }
            String zh = "上海第" + i + "篇新闻，" + "经济发展改革开放港口贸易".substring(i % 6, 6 + i % 6) + "。";
            site.modelArticle("zh", "zh-" + i, date, "新闻" + i, changed.contains(i) ? zhEdit.apply(zh) : zh,
                    "tag-" + i % 5);
            site.modelArticle("en", "en-" + i, date, "Story " + i, changed.contains(i) ? enEdit.apply(en.toString())
                    : en.toString(), "tag-" + i % 5, "tag-" + i % 7);
        }
        return site.model();
    }

    private Built run(Site site, EarlierFiles earlier) {
        Map<String, String> files = new TreeMap<>();
        Map<String, String> fingerprints = new TreeMap<>();
        for (RenderTask task : new SearchIndex(site, SearchMemory.none(), new ArticleMemo<>(), earlier, budget)
                .tasks()) {
            fingerprints.put(task.path(), task.fingerprint().get());
            files.put(task.path(), new String(task.run().bytes().orElseThrow(), StandardCharsets.UTF_8));
        }
        return new Built(files, fingerprints);
    }

    /** The last build's output as a build sees it: a file counts when made from the fingerprint asked about. */
    private static EarlierFiles output(Built last, UnaryOperator<String> tamper) {
        return new EarlierFiles() {
            @Override
            public boolean has(String path, String fingerprint) {
                return fingerprint.equals(last.fingerprints().get(path));
            }

            @Override
            public Optional<String> text(String path, String fingerprint) {
                return has(path, fingerprint) ? Optional.of(tamper.apply(last.files().get(path))) : Optional.empty();
            }
        };
    }

    /** The index of the edited site, patched from the last build's, and the same made from every article. */
    private Map<String, String>[] patchedAndWhole(UnaryOperator<String> tamper, int... edited) {
        return patchedAndWhole(tamper, s -> s + "新增一段关于能源的报道。",
                s -> s.replace("council", "assembly") + "\n\nA new paragraph on energy.", edited);
    }

    private Map<String, String>[] patchedAndWhole(UnaryOperator<String> tamper, UnaryOperator<String> zhEdit,
            UnaryOperator<String> enEdit, int... edited) {
        Path folder = dir.resolve("site");
        int adding = added;
        added = 0;
        Built last = run(site(folder, s -> s, s -> s), EarlierFiles.none());
        added = adding;
        Built patched = run(site(folder, zhEdit, enEdit, edited), output(last, tamper));
        Built whole = run(site(dir.resolve("clean"), zhEdit, enEdit, edited), EarlierFiles.none());
        @SuppressWarnings("unchecked")
        Map<String, String>[] both = new Map[] {patched.files(), whole.files(), last.files()};
        return both;
    }

    @Test
    void aPatchedSegmentHasTheFilesOfOneMadeFromEveryArticle() {
        Map<String, String>[] files = patchedAndWhole(s -> s, 3, 17, 40);
        assertEquals(files[1], files[0]);
        assertTrue(files[1].keySet().stream().anyMatch(p -> p.startsWith("search/en/seg-0/shard-")));
        // The edits changed shards, so the patch had postings to take out and put in.
        long changed = files[1].keySet().stream().filter(p -> p.contains("/shard-")
                && !files[1].get(p).equals(files[2].get(p))).count();
        assertTrue(changed >= 2, "shards changed: " + changed);
    }

    @Test
    void theNewestArticleEditedIsPatched() {
        // Its postings come after every other's in a list: the words it gains are written after a list's digits.
        Map<String, String>[] files = patchedAndWhole(s -> s, s -> s + "经济发展。",
                s -> s + "\n\nThe council, the market and the school.", 23);
        assertEquals(files[1], files[0]);
    }

    @Test
    void aNewArticleMakesItsSegmentAgain() {
        added = 1;
        for (String date : new String[] {"2024-12-31", "2023-01-01"}) {
            addedDate = date;
            Map<String, String>[] files = patchedAndWhole(s -> s);
            assertEquals(files[1], files[0], "a new article of " + date);
        }
    }

    @Test
    void aSegmentGatheredInGroupsIsPatchedToo() throws Exception {
        budget = 1;
        words = 300;
        Map<String, String>[] files = patchedAndWhole(s -> s, 3, 17, 40);
        assertEquals(files[1], files[0]);
        assertTrue(files[0].containsKey("search/en/seg-0/shard-1.json"), "two shards, each a group of its own");
        // Patched: every shard carries what only the last build's files held.
        files = patchedAndWhole(KEPT, 3);
        String shard = "search/en/seg-0/shard-0.json";
        assertTrue(files[0].get(shard).contains("\"~kept\":\"A"), files[0].get(shard));
        // A shard that cannot be patched is made from its group's index, read back from the spill.
        files = patchedAndWhole(text -> text.startsWith("{\"a") ? "[" + text + "]" : text, 5);
        assertEquals(files[1], files[0]);
        try (var left = Files.list(dir.resolve("site").resolve("target/duet"))) {
            assertTrue(left.filter(p -> p.getFileName().toString().startsWith("search-")).count() <= 2,
                    "at most a spill a language is left, for the next build to delete");
        }
    }

    @Test
    void theShardsAreTakenFromTheLastBuildsOutput() {
        Map<String, String>[] files = patchedAndWhole(KEPT, 3);
        String shard = "search/en/seg-0/shard-0.json";
        assertTrue(files[0].get(shard).contains("\"~kept\":\"A"), files[0].get(shard));
        assertFalse(files[1].get(shard).contains("~kept"));
    }

    @Test
    void aShardNotInTheIndexsFormIsMadeTheLongWay() {
        for (UnaryOperator<String> broken : java.util.List.<UnaryOperator<String>>of(
                text -> text.substring(0, text.length() / 2),
                text -> text.replace("\":\"", "\":\"*"),
                text -> text.replaceFirst("\\{\"", "{\"zzzz\":\"C\",\""),
                text -> text.replaceFirst(":\"[A-Za-z0-9+/]+\"", ":\"\""),
                text -> text.replaceFirst(":\"[A-Za-z0-9+/]+\"", ":\"/////////\""),
                text -> "[" + text + "]")) {
            Map<String, String>[] files = patchedAndWhole(broken, 5);
            assertEquals(files[1], files[0]);
        }
    }

    @Test
    void manyChangedArticlesOrAMissingStateMakeTheWholeIndex() throws Exception {
        int[] many = java.util.stream.IntStream.range(0, 30).toArray();
        Map<String, String>[] files = patchedAndWhole(KEPT, many);
        assertEquals(files[1], files[0]);
        assertFalse(files[0].values().stream().anyMatch(t -> t.contains("~kept")));
        // The state a build leaves names each article's digest, and the next build replaces it.
        Path states = dir.resolve("site").resolve("target/duet/segment-states");
        assertTrue(Files.isDirectory(states), "states in " + states);
        try (var list = Files.list(states)) {
            assertTrue(list.anyMatch(p -> p.getFileName().toString().equals("en-seg-32.txt")));
        }
    }

    @Test
    void aStateThatDoesNotAddUpIsNotUsed() throws Exception {
        Path folder = dir.resolve("site");
        int adding = added;
        added = 0;
        Built last = run(site(folder, s -> s, s -> s), EarlierFiles.none());
        added = adding;
        Path state = folder.resolve("target/duet/segment-states/en-seg-0.txt");
        String text = Files.readString(state);
        // A document digest changed by hand no longer gives the segment's digest.
        String[] lines = text.split("\n");
        lines[5] = lines[6];
        Files.writeString(state, String.join("\n", lines) + "\n");
        Built patched = run(site(folder, s -> s, s -> s + " more", 9), output(last, KEPT));
        assertFalse(patched.files().values().stream().anyMatch(t -> t.contains("~kept")));
        assertEquals(run(site(dir.resolve("clean"), s -> s, s -> s + " more", 9), EarlierFiles.none()).files(),
                patched.files());
    }
}
