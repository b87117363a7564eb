package dev.duet.search;

import dev.duet.io.TraditionalFold;
import dev.duet.model.ArticleDigest;
import dev.duet.model.ArticleMemo;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.render.RenderTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Plans the files of the client-side search index as {@link RenderTask}s: per language, under
 * {@code search/<lang>/}, a {@code meta.json}, the doc table in {@code docs-N.json} chunks and, for each
 * {@link Segment} of the ids, the postings in {@code seg-<from>/shard-NN.json} files chosen by {@link TermHash}. The
 * number of a segment's shards grows with its amount of text, so a query fetches a few files of tens of kilobytes
 * at any site size. Each segment's index is built at most once per build, by the first of its tasks to run, and
 * only when its articles changed since the last build: a shard's fingerprint is a digest of the segment's articles,
 * a doc chunk's of its own articles, and {@code meta.json}'s is its text. A new article changes the newest segment's
 * shards, the last doc chunk and {@code meta.json}. Beside the languages' folders, {@code search/fold.json} holds the
 * Traditional-to-Simplified table that queries are folded with ({@link TraditionalFold}).
 */
public final class SearchIndex {

    /** Posting bytes a shard should hold, roughly; the estimate below is per character of Markdown. */
    static final int SHARD_TARGET_BYTES = 48 * 1024;
    static final int MIN_SHARDS = 1;
    static final int MAX_SHARDS = 4096;
    /** Groups of shards a language's postings are spilled in, at most. */
    static final int MAX_GROUPS = 512;
    /** How the cache folders of a segment's spill and doc table start: {@code search-<lang>-<from>-}. */
    private static final String SPILL_PREFIX = "search-";
    /** The Traditional-to-Simplified table of {@link TraditionalFold}, for the browser. */
    static final String FOLD_TABLE = "search/fold.json";

    private final Site site;
    private final Permalinks links;
    private final PlainText plainText;
    private final ArticleMemo<String> digests;
    private final SearchMemory memory;
    private final EarlierFiles earlier;
    private final long postingBudget;
    private final IndexDigests digester;

    /** The version of the index's format and analysis: an index made by another version must be made again. */
    public static String version() {
        return IndexDigests.VERSION;
    }

    public SearchIndex(Site site) {
        this(site, SearchMemory.none(), new ArticleMemo<>());
    }

    /** An index with the given memory, taking article digests from (and adding them to) {@code digests}. */
    public SearchIndex(Site site, SearchMemory memory, ArticleMemo<String> digests) {
        this(site, memory, digests, EarlierFiles.none());
    }

    /** An index that may patch the segments whose shards the output holds from the last build ({@code earlier}). */
    public SearchIndex(Site site, SearchMemory memory, ArticleMemo<String> digests, EarlierFiles earlier) {
        this(site, memory, digests, earlier, budgetOfHeap());
    }

    /**
     * An index that gathers a language's posting lists in memory while they would take at most
     * {@code postingBudget} bytes of heap; beyond that, the articles are analysed once into a spill file per group
     * of shards (in the cache folder), and each group is read back on its own, so a large site costs some disk
     * instead of heap. The files are the same whatever the groups.
     */
    public SearchIndex(Site site, SearchMemory memory, ArticleMemo<String> digests, EarlierFiles earlier,
            long postingBudget) {
        this.site = site;
        this.earlier = earlier;
        this.links = new Permalinks(site.config().basePath());
        this.plainText = new PlainText(site.config());
        this.memory = memory;
        this.digests = digests;
        this.postingBudget = postingBudget;
        this.digester = new IndexDigests(site.config().basePath());
    }

    /**
     * A posting budget for a build that holds a whole site's model while it renders a share of its files (a
     * shard's): half the heap left now, garbage counted as used, at least a sixteenth of the heap, at most half.
     */
    public static long budgetOfHeapLeft() {
        Runtime runtime = Runtime.getRuntime();
        long left = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        return Math.max(runtime.maxMemory() / 16, Math.min(budgetOfHeap(), left / 2));
    }

    /** The posting budget of a build that holds its own site's model: half the heap. */
    public static long budgetOfHeap() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    private Analyzed analysis(ArticlePage article) {
        return memory.analysis(article, canonical -> Analyzed.of(article, links, plainText, canonical));
    }

    /** Every file of the index of every language, in path order. */
    public List<RenderTask> tasks() {
        List<RenderTask> tasks = new ArrayList<>();
        tasksByLanguage().forEach(tasks::addAll);
        tasks.sort(Comparator.comparing(RenderTask::path));
        return tasks;
    }

    /**
     * The files of each language's index, a list per language. A build that runs one list after the other holds
     * one language's index in memory at a time: each is let go once its last file is written.
     */
    public List<List<RenderTask>> tasksByLanguage() {
        // What a build killed while it spilled left in the cache: no build reads it again.
        IndexSpill.deleteLeft(site.config().cacheDir(), SPILL_PREFIX);
        List<List<RenderTask>> byLanguage = new ArrayList<>();
        for (LanguageSite language : site.languages()) {
            List<RenderTask> tasks = new ArrayList<>();
            languageTasks(language, tasks);
            tasks.sort(Comparator.comparing(RenderTask::path));
            byLanguage.add(tasks);
        }
        // The table search.js folds Traditional characters of a query with, the one the index was made with.
        String fold = TraditionalFold.pairsJson();
        byLanguage.add(List.of(new RenderTask(FOLD_TABLE, () -> IndexDigests.ofText(fold),
                () -> RenderTask.Result.of(fold.getBytes(StandardCharsets.UTF_8)))));
        return byLanguage;
    }

    private void languageTasks(LanguageSite newestFirst, List<RenderTask> tasks) {
        // Documents are numbered from the oldest, so that a new article takes the next id and the doc table's files
        // before its last, and the segments before the newest, keep their bytes; a withdrawn article keeps its id.
        List<ArticlePage> oldestFirst = dev.duet.model.WithdrawnPlace.oldestFirst(newestFirst.articles(),
                newestFirst.withdrawn(), newestFirst.code(), newestFirst.language().languageTag());
        LanguageSite language = new LanguageSite(newestFirst.language(), oldestFirst, newestFirst.tags());
        String dir = Permalinks.searchIndex(language.code());
        List<Segment> segments = Segment.of(oldestFirst.size(),
                (from, to) -> shardCount(slice(language, from, to)));
        String meta = LanguageIndex.metaJson(language, segments);
        long total = bodyChars(language);
        tasks.add(new RenderTask(dir + "meta.json", () -> IndexDigests.ofText(meta),
                () -> RenderTask.Result.of(meta.getBytes(StandardCharsets.UTF_8))));
        for (Segment segment : segments) {
            LanguageSite part = slice(language, segment.from(), segment.to());
            // The segments' indexes may be in memory at once: each has the budget's share of its text.
            long budget = Math.max(1, (long) (postingBudget * ((double) bodyChars(part) / Math.max(1, total))));
            int groups = groupCount(part, segment.shards(), budget);
            int from = segment.from() / LanguageIndex.DOCS_PER_CHUNK;
            int to = LanguageIndex.chunks(segment.to());
            Built built = new Built(dir, part, segment, groups, to - from);
            for (int c = from; c < to; c++) {
                int chunk = c;
                List<ArticlePage> inChunk = oldestFirst.subList(chunk * LanguageIndex.DOCS_PER_CHUNK,
                        Math.min(oldestFirst.size(), (chunk + 1) * LanguageIndex.DOCS_PER_CHUNK));
                String path = dir + "docs-" + chunk + ".json";
                tasks.add(new RenderTask(path, () -> digester.of("docs", inChunk.stream()
                        .map(a -> digests.get(a, ArticleDigest::of)).toList()) + path,
                        built.render(0, index -> index.docsJson(chunk))));
            }
            for (int s = 0; s < segment.shards(); s++) {
                int shard = s;
                String path = PatchedSegment.shardPath(dir, segment, shard);
                tasks.add(new RenderTask(path, () -> built.digest() + path, built.render(
                        LanguageIndex.groupOf(shard, segment.shards(), groups), index -> index.shardJson(shard))));
            }
        }
    }

    private static LanguageSite slice(LanguageSite language, int from, int to) {
        return new LanguageSite(language.language(), language.articles().subList(from, to), language.tags());
    }

    /**
     * How many groups of shards a language's postings are gathered in. One, in memory, while their estimated heap
     * (about 8 bytes a character of CJK text, 2 of other text) is within the budget; else they are spilled to
     * disk, in the smallest power of two of groups that keeps each group to an eighth of the budget, so that the
     * groups which each core reads back at the same time stay well within it; at most {@value #MAX_GROUPS}, each a
     * file open while the postings are spilled.
     */
    static int groupCount(LanguageSite language, int shards, long budget) {
        long estimate = bodyChars(language) * (language.language().isChinese() ? 8 : 2);
        return estimate <= budget ? 1
                : doubled(Math.min(2, shards), Math.min(shards, MAX_GROUPS), estimate, Math.max(1, budget / 8));
    }

    /** A power of two between the bounds, from the amount of Markdown: Chinese text makes ~6 posting bytes a character. */
    static int shardCount(LanguageSite language) {
        return doubled(MIN_SHARDS, MAX_SHARDS, bodyChars(language) * (language.language().isChinese() ? 6 : 1),
                SHARD_TARGET_BYTES);
    }

    /** The length of every body of a language, without reading a body kept on disk. */
    private static long bodyChars(LanguageSite language) {
        long chars = 0;
        for (ArticlePage article : language.articles()) {
            chars += article.body().length();
        }
        return chars;
    }

    /** {@code from} doubled until {@code total} split that many ways is at most {@code each}, or {@code max}. */
    private static int doubled(int from, int max, long total, long each) {
        int n = from;
        while (n < max && total / n > each) {
            n *= 2;
        }
        return n;
    }

    /**
     * One language's index, a group of shards at a time, and the digest of what it is made from, each computed on
     * first use. A group's index is let go once its last file is written.
     */
    private final class Built {
        private final String dir;
        private final LanguageSite language;
        private final Segment segment;
        private final int shards;
        private final int groups;
        private Optional<String> digest = Optional.empty();
        /** Each group's index while it is needed: made on first use, let go once its files are written. */
        private final List<Optional<SegmentIndex>> indexes;
        /** The patched segment, once tried: empty inside when it could not be patched. */
        private Optional<Optional<SegmentIndex>> patched = Optional.empty();
        private final Object[] locks;
        /** The spilled postings while groups are still to be read from it; only when there are several groups. */
        private Optional<IndexSpill> spill = Optional.empty();
        /** Why the spill could not be written (a full disk, say), once it was tried. */
        private Optional<RuntimeException> spillFailed = Optional.empty();
        private int groupsRead;
        /** Files of each group not written yet. */
        private final int[] unwritten;

        /** The index of a segment, whose articles are {@code language}'s; its doc table has {@code chunks} files. */
        Built(String dir, LanguageSite language, Segment segment, int groups, int chunks) {
            this.dir = dir;
            this.language = language;
            this.segment = segment;
            this.shards = segment.shards();
            this.groups = groups;
            this.indexes = new ArrayList<>(Collections.nCopies(groups, Optional.empty()));
            this.locks = new Object[groups];
            this.unwritten = new int[groups];
            for (int g = 0; g < groups; g++) {
                locks[g] = new Object();
                unwritten[g] = shards / groups;
            }
            unwritten[0] += chunks; // the segment's part of the doc table
        }

        /** The work of a file made from a group's index. */
        Supplier<RenderTask.Result> render(int group, Function<SegmentIndex, String> json) {
            return () -> {
                byte[] bytes = json.apply(index(group)).getBytes(StandardCharsets.UTF_8);
                done(group);
                return RenderTask.Result.of(bytes);
            };
        }

        void done(int group) {
            synchronized (locks[group]) {
                if (--unwritten[group] == 0) {
                    indexes.get(group).ifPresent(SegmentIndex::release);
                    indexes.set(group, Optional.empty());
                }
            }
        }

        /** The segment's digest; every search file's fingerprint asks for it, so its documents are read once. */
        synchronized String digest() {
            return digest.isPresent() ? digest.get() : digest(documents());
        }

        /** The digest of the segment, made from {@code documents} (this segment's, now) the first time. */
        private synchronized String digest(DocDigests documents) {
            if (digest.isEmpty()) {
                digest = Optional.of(digester.of(segment.toString(), documents));
            }
            return digest.get();
        }

        /** Each article's digest, in id order. */
        private DocDigests documents() {
            List<ArticlePage> articles = language.articles();
            return DocDigests.of(articles.size(), k -> digests.get(articles.get(k), ArticleDigest::of));
        }

        /** A group's index: the segment patched from the last build's shards if it can be, else the group's own. */
        SegmentIndex index(int group) {
            Optional<SegmentIndex> patched = patched();
            return patched.isPresent() ? patched.get() : own(group);
        }

        /** A group's own index, made from every article of the segment (or of the group, read back from the spill). */
        private SegmentIndex own(int group) {
            synchronized (locks[group]) {
                if (indexes.get(group).isEmpty()) {
                    indexes.set(group, Optional.of(groups == 1 ? whole() : fromSpill(group)));
                }
                return indexes.get(group).get();
            }
        }

        private SegmentIndex whole() {
            return LanguageIndex.build(language, segment.from(), shards, SearchIndex.this::analysis);
        }

        /**
         * The segment patched from its last state, tried once for all its groups, and this build's state saved; a
         * shard that cannot be patched is taken from its group's own index.
         */
        private synchronized Optional<SegmentIndex> patched() {
            if (patched.isPresent()) {
                return patched.get();
            }
            Supplier<SegmentIndex> unpatched = () -> new SegmentIndex() {
                @Override
                public String docsJson(int chunk) {
                    return own(0).docsJson(chunk);
                }

                @Override
                public String shardJson(int shard) {
                    return own(LanguageIndex.groupOf(shard, shards, groups)).shardJson(shard);
                }
            };
            Optional<Path> stateFile = SegmentState.file(site.config().cacheDir(), language.code(), segment);
            DocDigests documents = documents();
            String current = digest(documents);
            Optional<SegmentIndex> made = stateFile.filter(f -> memory.patchesShards())
                    .flatMap(SegmentState::read)
                    .filter(last -> last.digest().equals(digester.of(segment.toString(),
                            last.documents())))
                    .flatMap(last -> PatchedSegment.of(dir, segment, last, documents, earlier, language.articles(),
                            SearchIndex.this::analysis, a -> Doc.of(a, plainText.of(a), links),
                            unpatched));
            if (stateFile.isPresent()) {
                try {
                    new SegmentState(current, documents).write(stateFile.get());
                } catch (IOException e) {
                    // Without it the next build analyses the whole segment; with a stale one it would not patch.
                    try {
                        Files.deleteIfExists(stateFile.get());
                    } catch (IOException again) {
                        // Nothing left to do: the stale state names shards that are no longer in the output.
                    }
                }
            }
            patched = Optional.of(made);
            return made;
        }

        /** A group's index read back from the spill, which is written by the first group to ask for it. */
        private LanguageIndex fromSpill(int group) {
            try {
                IndexSpill read;
                synchronized (this) {
                    if (spillFailed.isPresent()) {
                        throw spillFailed.get(); // once: the other groups would only fail the same way again
                    }
                    if (spill.isEmpty()) {
                        try {
                            spill = Optional.of(IndexSpill.inCache(site.config().cacheDir(), SPILL_PREFIX
                                    + language.code() + "-" + segment.from() + "-", language, segment.from(), shards,
                                    groups, SearchIndex.this::analysis));
                        } catch (IOException | RuntimeException e) {
                            // A full disk; or a build stopping after another file failed, whose pool runs no more.
                            spillFailed = Optional.of(e instanceof IOException io ? new UncheckedIOException(io)
                                    : (RuntimeException) e);
                            throw spillFailed.get();
                        }
                    }
                    read = spill.get();
                }
                LanguageIndex index = read.group(group);
                synchronized (this) {
                    if (++groupsRead == groups) {
                        read.close();
                        spill = Optional.empty();
                    }
                }
                return index;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
