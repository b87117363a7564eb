package dev.duet.search;

import dev.duet.io.Sha256;
import dev.duet.model.ArticleDigest;
import dev.duet.model.ArticleMemo;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.render.RenderTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Plans the files of the client-side search index as {@link RenderTask}s: per language, under
 * {@code search/<lang>/}, a {@code meta.json}, the doc table in {@code docs-N.json} chunks and the postings in
 * {@code shard-NN.json} files chosen by {@link TermHash}. The number of shards grows with the amount of text, so a
 * query fetches a few files of tens of kilobytes at any site size. The index of a language is built at most once
 * per build, by the first of its tasks to run, and only when the language's articles changed since the last build:
 * every task's fingerprint is a digest of those articles.
 */
public final class SearchIndex {

    /** Posting bytes a shard should hold, roughly; the estimate below is per character of Markdown. */
    static final int SHARD_TARGET_BYTES = 48 * 1024;
    static final int MIN_SHARDS = 16;
    static final int MAX_SHARDS = 4096;
    /** Changes whenever the index format or analysis changes, so old fingerprints stop matching. */
    private static final String SEARCH_VERSION = "duet-search-" + LanguageIndex.VERSION + "-porter1-bigram";

    private final Site site;
    private final Permalinks links;
    private final PlainText plainText = new PlainText();
    private final ArticleMemo<String> digests;
    private final Memory memory;
    private final long postingBudget;

    /**
     * What the index remembers of each article between the builds of a preview: its analysis, with every term
     * string shared. An ordinary build keeps nothing, so a large site's analyses never sit in memory at once.
     */
    public abstract static sealed class Memory permits Memory.None, Memory.Keeping {

        /** Remembers nothing: for one build. */
        public static Memory none() {
            return new None();
        }

        /** Remembers every article's analysis: for the rebuilds of a preview. */
        public static Memory keeping() {
            return new Keeping();
        }

        /** The article's analysis: made by {@code analyze}, given what makes each term string canonical. */
        abstract Analyzed analysis(ArticlePage article, Function<UnaryOperator<String>, Analyzed> analyze);

        /** Forgets the articles the last build did not index. Call between builds. */
        public abstract void retainUsed();

        /** Analyses each article anew, its terms as they come. */
        static final class None extends Memory {

            @Override
            Analyzed analysis(ArticlePage article, Function<UnaryOperator<String>, Analyzed> analyze) {
                return analyze.apply(term -> term);
            }

            @Override
            public void retainUsed() {
            }
        }

        /** Keeps each article's analysis, and one string for each term across all of them. */
        static final class Keeping extends Memory {
            private final ArticleMemo<Analyzed> analyses = new ArticleMemo<>();
            private final Map<String, String> terms = new ConcurrentHashMap<>();

            @Override
            Analyzed analysis(ArticlePage article, Function<UnaryOperator<String>, Analyzed> analyze) {
                return analyses.get(article, a -> analyze.apply(term -> terms.computeIfAbsent(term, t -> t)));
            }

            @Override
            public void retainUsed() {
                analyses.retainUsed();
            }
        }
    }

    /** The version of the index's format and analysis: an index made by another version must be made again. */
    public static String version() {
        return SEARCH_VERSION;
    }

    public SearchIndex(Site site) {
        this(site, Memory.none(), new ArticleMemo<>());
    }

    /** An index with the given memory, taking article digests from (and adding them to) {@code digests}. */
    public SearchIndex(Site site, Memory memory, ArticleMemo<String> digests) {
        this(site, memory, digests, Runtime.getRuntime().maxMemory() / 2);
    }

    /**
     * An index that gathers a language's posting lists in memory while they would take at most
     * {@code postingBudget} bytes of heap; beyond that, the articles are analysed once into a spill file per group
     * of shards (in the cache folder), and each group is read back on its own, so a large site costs some disk
     * instead of heap. The files are the same whatever the groups.
     */
    SearchIndex(Site site, Memory memory, ArticleMemo<String> digests, long postingBudget) {
        this.site = site;
        this.links = new Permalinks(site.config().basePath());
        this.memory = memory;
        this.digests = digests;
        this.postingBudget = postingBudget;
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
        List<List<RenderTask>> byLanguage = new ArrayList<>();
        for (LanguageSite language : site.languages()) {
            List<RenderTask> tasks = new ArrayList<>();
            languageTasks(language, tasks);
            tasks.sort(Comparator.comparing(RenderTask::path));
            byLanguage.add(tasks);
        }
        return byLanguage;
    }

    private void languageTasks(LanguageSite newestFirst, List<RenderTask> tasks) {
        // Documents are numbered from the oldest, so that a new article takes the next id and the doc table's
        // files before its last keep their bytes.
        List<ArticlePage> oldestFirst = new ArrayList<>(newestFirst.articles());
        Collections.reverse(oldestFirst);
        LanguageSite language = new LanguageSite(newestFirst.language(), oldestFirst, newestFirst.tags());
        String dir = Permalinks.searchIndex(language.code());
        int shards = shardCount(language);
        int groups = groupCount(language, shards, postingBudget);
        int chunks = LanguageIndex.chunks(language.articles().size());
        Built built = new Built(language, shards, groups, chunks);
        String width = "%0" + Integer.toString(shards - 1).length() + "d";
        // The doc table and meta.json come from the first group's index, built for the first files in path order.
        tasks.add(task(dir + "meta.json", built, 0, LanguageIndex::metaJson));
        for (int c = 0; c < chunks; c++) {
            int chunk = c;
            tasks.add(task(dir + "docs-" + chunk + ".json", built, 0, index -> index.docsJson(chunk)));
        }
        for (int s = 0; s < shards; s++) {
            int shard = s;
            tasks.add(task(dir + "shard-" + String.format(width, shard) + ".json", built,
                    LanguageIndex.groupOf(shard, shards, groups), index -> index.shardJson(shard)));
        }
    }

    private RenderTask task(String path, Built built, int group, Function<LanguageIndex, String> json) {
        return new RenderTask(path, () -> built.digest() + path, () -> {
            byte[] bytes = json.apply(built.index(group)).getBytes(StandardCharsets.UTF_8);
            built.done(group);
            return RenderTask.Result.of(bytes);
        });
    }

    /**
     * How many groups of shards a language's postings are gathered in. One, in memory, while their estimated heap
     * (about 8 bytes a character of CJK text, 2 of other text) is within the budget; else they are spilled to
     * disk, in the smallest power of two of groups that keeps each group to an eighth of the budget, so that the
     * groups which each core reads back at the same time stay well within it.
     */
    static int groupCount(LanguageSite language, int shards, long budget) {
        long estimate = bodyChars(language) * (language.language().isChinese() ? 8 : 2);
        return estimate <= budget ? 1 : doubled(2, shards, estimate, Math.max(1, budget / 8));
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
        private final LanguageSite language;
        private final int shards;
        private final int groups;
        private Optional<String> digest = Optional.empty();
        /** Each group's index while it is needed: made on first use, let go once its files are written. */
        private final List<Optional<LanguageIndex>> indexes;
        private final Object[] locks;
        /** The spilled postings while groups are still to be read from it; only when there are several groups. */
        private Optional<IndexSpill> spill = Optional.empty();
        private int groupsRead;
        /** Files of each group not written yet. */
        private final int[] unwritten;

        Built(LanguageSite language, int shards, int groups, int chunks) {
            this.language = language;
            this.shards = shards;
            this.groups = groups;
            this.indexes = new ArrayList<>(Collections.nCopies(groups, Optional.empty()));
            this.locks = new Object[groups];
            this.unwritten = new int[groups];
            for (int g = 0; g < groups; g++) {
                locks[g] = new Object();
                unwritten[g] = shards / groups;
            }
            unwritten[0] += 1 + chunks; // meta.json and the doc table
        }

        void done(int group) {
            synchronized (locks[group]) {
                if (--unwritten[group] == 0) {
                    indexes.set(group, Optional.empty());
                }
            }
        }

        synchronized String digest() {
            if (digest.isEmpty()) {
                MessageDigest sha = Sha256.newDigest();
                update(sha, SEARCH_VERSION);
                update(sha, site.config().basePath());
                update(sha, Integer.toString(shards));
                language.tags().forEach(t -> update(sha, t.tag() + "=" + t.articles().size()));
                // Each article's digest covers every field of it, its Markdown and translation included.
                language.articles().forEach(a -> update(sha, digests.get(a, ArticleDigest::of)));
                digest = Optional.of(Sha256.hex128(sha));
            }
            return digest.get();
        }

        LanguageIndex index(int group) {
            synchronized (locks[group]) {
                if (indexes.get(group).isEmpty()) {
                    indexes.set(group, Optional.of(groups == 1
                            ? LanguageIndex.build(language, shards, SearchIndex.this::analysis) : fromSpill(group)));
                }
                return indexes.get(group).get();
            }
        }

        /** A group's index read back from the spill, which is written by the first group to ask for it. */
        private LanguageIndex fromSpill(int group) {
            try {
                IndexSpill read;
                synchronized (this) {
                    if (spill.isEmpty()) {
                        Files.createDirectories(site.config().cacheDir());
                        spill = Optional.of(IndexSpill.write(language, shards, groups,
                                Files.createTempDirectory(site.config().cacheDir(), "search-" + language.code() + "-"),
                                SearchIndex.this::analysis));
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
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void update(MessageDigest sha, String piece) {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

}
