package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.content.Glossary;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.BuildListener;
import dev.duet.model.ArticleMemo;
import dev.duet.model.Site;
import dev.duet.output.BuildMarker;
import dev.duet.output.RenderCache;
import dev.duet.output.SiteWriter;
import dev.duet.render.Templates;
import dev.duet.render.Theme;
import dev.duet.search.SearchMemory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What a build remembers of the builds before it, and where: the one place that lists it. A {@link SiteBuild} is
 * given its memory as input.
 *
 * <p>In memory, only a preview remembers: its {@link PreviewSession} makes one {@link PreviewMemory} and hands it
 * to each of its builds. Its parts are
 * <ul>
 * <li>{@code articles}: the article files read, by path, so that a rebuild reads only the files that changed
 *     ({@link ArticleCache});
 * <li>{@code digests} and {@code analyses}: each article's digest and search analysis, computed again only for the
 *     articles that changed ({@link ArticleMemo}, {@link SearchMemory});
 * <li>{@code last}: what the last full build left, its render cache and, when it had no error, its model, theme and
 *     templates, which a quick rebuild patches ({@link LastBuild}).
 * </ul>
 * A command-line build is given {@link #none}: it reads every article file, keeps its digests to itself and no
 * search analysis, and lets its model go once its pages are rendered.
 *
 * <p>On disk, in the cache folder ({@code target/duet/}, a preview's in {@code target/duet/preview/cache/}), every
 * build keeps what the next process needs: the render cache ({@code render-cache.txt}, {@link RenderCache}), which a
 * build reads when its memory holds none; the mark of a build under way ({@code build-under-way.txt},
 * {@link BuildMarker}), which makes the next build trust no cache; and the files it may have written
 * ({@code output-manifest.txt}, {@link SiteWriter}); and, for each segment of the search index it made, the
 * digests its shards were made from ({@code segment-states/}), from which the next build patches a segment of which
 * few articles changed. A publishing build also keeps a snapshot of its inputs and output
 * ({@code build-snapshot.txt}), from which the next one knows whether it can be skipped ({@link UpToDateCheck}).
 */
sealed interface BuildMemory permits BuildMemory.None, PreviewMemory {

    /**
     * A memory that keeps nothing between builds: the one a command-line build is given. A shard's build keeps no
     * article digests even within the build ({@link ArticleMemo#none}).
     */
    static BuildMemory none(SiteConfig config, long bodiesBudget) {
        return new None(config, bodiesBudget,
                config.shard().isPresent() ? ArticleMemo.none() : ArticleMemo.forOneBuild());
    }

    /**
     * Every article file, in path order, the links left out of the site named in warnings; a memory that keeps the
     * files reads again only the {@code changed} ones. A build whose listing of its inputs has just walked the
     * articles folder hands over what it found ({@code listed}), to be read without walking the folder again.
     */
    ContentReader.Result readArticles(Set<Path> changed, Optional<ArticleFiles.Listed> listed) throws IOException;

    /** The render cache kept in memory, which the build starts from; empty when it must read the one on disk. */
    Optional<RenderCache> findRenderCache();

    /** Each article's digest. */
    ArticleMemo<String> digests();

    /** Each article's search analysis. */
    SearchMemory analyses();

    /**
     * What the build will keep of its model and its article files as paired, once it ends. A memory that keeps no
     * model holds nothing of them here, so that the heap has them back as soon as they are no longer needed.
     */
    Keeping keep(Model model, TranslationPairs.Result pairs);

    /** Forgets the values of articles the build just ended did not use: edited or deleted ones. */
    default void retainUsed() {
        digests().retainUsed();
        analyses().retainUsed();
    }

    /** A full build's model and what rendered it: the theme it loaded, and the salt of that theme. */
    record Model(Site site, Glossary glossary, Theme theme, Templates templates, String salt) {

        Model withSite(Site patched) {
            return new Model(patched, glossary, theme, templates, salt);
        }
    }

    /** What a build hands its memory when it ends: its render cache, and whether it found errors. */
    @FunctionalInterface
    interface Keeping {
        void buildEnded(RenderCache cache, boolean hadErrors) throws IOException;
    }

    /**
     * The memory of a command-line build: every article file read from disk, a site whose articles would take more
     * than {@code bodiesBudget} bytes reading each body again when a page needs it; digests for this build only;
     * no search analyses kept.
     */
    record None(SiteConfig config, long bodiesBudget, ArticleMemo<String> digests) implements BuildMemory {

        @Override
        public ContentReader.Result readArticles(Set<Path> changed, Optional<ArticleFiles.Listed> listed)
                throws IOException {
            return ArticleFiles.readAll(config, bodiesBudget, listed);
        }

        @Override
        public Optional<RenderCache> findRenderCache() {
            return Optional.empty();
        }

        @Override
        public SearchMemory analyses() {
            return SearchMemory.none();
        }

        @Override
        public Keeping keep(Model model, TranslationPairs.Result pairs) {
            return (cache, hadErrors) -> {
            };
        }
    }

    /**
     * The render cache of the last build, from its file; none when {@code force} is set or that build did not
     * finish (its marker is still set): then the build renders every file, and first removes what an unfinished
     * build left.
     */
    static RenderCache renderCacheOnDisk(SiteConfig config, BuildListener listener, SiteWriter writer)
            throws IOException {
        boolean unfinished = BuildMarker.in(config.cacheDir()).isSet();
        if (unfinished) {
            listener.info("The last build did not finish: rendering every page");
        }
        if (unfinished || config.force()) {
            writer.removeLeftovers();
            return RenderCache.none(config.cacheDir());
        }
        return RenderCache.load(config.cacheDir());
    }
}
