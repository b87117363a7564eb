package dev.duet.search;

import dev.duet.io.Sha256;
import dev.duet.model.ArticleDigest;
import dev.duet.model.ArticleMemo;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.render.RenderTask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    private final ArticleMemo<LanguageIndex.Analyzed> analyses;

    private final ArticleMemo<String> digests;
    private final Memory memory;

    /**
     * What the index remembers of each article between the builds of a preview: its analysis, with every term
     * string shared. An ordinary build keeps nothing, so a large site's analyses never sit in memory at once.
     */
    public static final class Memory {
        private final boolean keep;
        private final ArticleMemo<LanguageIndex.Analyzed> analyses = new ArticleMemo<>();
        private final Map<String, String> terms = new java.util.concurrent.ConcurrentHashMap<>();

        private Memory(boolean keep) {
            this.keep = keep;
        }

        /** Remembers nothing: for one build. */
        public static Memory none() {
            return new Memory(false);
        }

        /** Remembers every article's analysis: for the rebuilds of a preview. */
        public static Memory keeping() {
            return new Memory(true);
        }

        /** Forgets the articles the last build did not index. Call between builds. */
        public void retainUsed() {
            analyses.retainUsed();
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
        this.site = site;
        this.links = new Permalinks(site.config().basePath());
        this.analyses = memory.analyses;
        this.memory = memory;
        this.digests = digests;
    }

    private LanguageIndex.Analyzed analysis(ArticlePage article) {
        if (!memory.keep) {
            return LanguageIndex.analyze(article, links, plainText, term -> term);
        }
        return analyses.get(article, a -> LanguageIndex.analyze(a, links, plainText,
                term -> memory.terms.computeIfAbsent(term, t -> t)));
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

    private void languageTasks(LanguageSite language, List<RenderTask> tasks) {
        String dir = Permalinks.searchIndex(language.code());
        int shards = shardCount(language);
        Built built = new Built(language, shards, 1 + LanguageIndex.chunks(language.articles().size()) + shards);
        String width = "%0" + Integer.toString(shards - 1).length() + "d";
        tasks.add(task(dir + "meta.json", built, LanguageIndex::metaJson));
        for (int c = 0; c < LanguageIndex.chunks(language.articles().size()); c++) {
            int chunk = c;
            tasks.add(task(dir + "docs-" + chunk + ".json", built, index -> index.docsJson(chunk)));
        }
        for (int s = 0; s < shards; s++) {
            int shard = s;
            tasks.add(task(dir + "shard-" + String.format(width, shard) + ".json", built,
                    index -> index.shardJson(shard)));
        }
    }

    private RenderTask task(String path, Built built, Function<LanguageIndex, String> json) {
        return new RenderTask(path, () -> built.digest() + path, () -> {
            byte[] bytes = json.apply(built.index()).getBytes(StandardCharsets.UTF_8);
            built.done();
            return RenderTask.Result.of(bytes);
        });
    }

    /** A power of two between the bounds, from the amount of Markdown: Chinese text makes ~6 posting bytes a character. */
    static int shardCount(LanguageSite language) {
        long estimate = 0;
        for (ArticlePage article : language.articles()) {
            estimate += (long) article.markdown().length() * (language.language().isChinese() ? 6 : 1);
        }
        int shards = MIN_SHARDS;
        while (shards < MAX_SHARDS && estimate / shards > SHARD_TARGET_BYTES) {
            shards *= 2;
        }
        return shards;
    }

    /** One language's index and the digest of what it is made from, each computed on first use. */
    private final class Built {
        private final LanguageSite language;
        private final int shards;
        private String digest;
        private LanguageIndex index;
        /** Files of this index not written yet; when none is left, the index is let go to free the heap. */
        private int unwritten;

        Built(LanguageSite language, int shards, int files) {
            this.language = language;
            this.shards = shards;
            this.unwritten = files;
        }

        synchronized void done() {
            if (--unwritten == 0) {
                index = null;
            }
        }

        synchronized String digest() {
            if (digest == null) {
                MessageDigest sha = Sha256.newDigest();
                update(sha, SEARCH_VERSION);
                update(sha, site.config().basePath());
                update(sha, Integer.toString(shards));
                language.tags().forEach(t -> update(sha, t.tag() + "=" + t.articles().size()));
                // Each article's digest covers every field of it, its Markdown and translation included.
                language.articles().forEach(a -> update(sha, digests.get(a, ArticleDigest::of)));
                digest = Sha256.hex128(sha);
            }
            return digest;
        }

        synchronized LanguageIndex index() {
            if (index == null) {
                index = LanguageIndex.build(language, shards, SearchIndex.this::analysis);
            }
            return index;
        }
    }

    private static void update(MessageDigest sha, String piece) {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

}
