package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentReader;
import dev.duet.content.TranslationPairs;
import dev.duet.model.ArticleMemo;
import dev.duet.output.RenderCache;
import dev.duet.render.Theme;
import dev.duet.search.SearchMemory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a preview remembers between its builds (listed in {@link BuildMemory}): the article files it read,
 * each article's digest and search analysis, and what the last full build left. Its {@link PreviewSession} owns
 * it and hands it to every build, full or quick. Not thread-safe: the session runs one build at a time.
 */
final class PreviewMemory implements BuildMemory {

    private final ArticleCache articles;
    private final ArticleMemo<String> digests = new ArticleMemo<>();
    private final SearchMemory analyses = SearchMemory.keeping();
    private LastBuild last = new LastBuild.Untrusted();
    /** The model of the last build that ended, with errors or without, for the desk's notes on the pages it wrote. */
    private Optional<LastBuild.Patchable> shown = Optional.empty();
    /** The theme of the last full build that ended, held open until a full build brings another. */
    private Optional<Theme> theme = Optional.empty();
    /** A quick build ran since the last full one, which a full build should follow. */
    private boolean owed;

    PreviewMemory(SiteConfig config) {
        this.articles = new ArticleCache(config);
    }

    /** The article files read, by path. */
    ArticleCache articles() {
        return articles;
    }

    @Override
    public ContentReader.Result readArticles(Set<Path> changed, Optional<ArticleFiles.Listed> listed)
            throws IOException {
        return articles.read(changed);
    }

    @Override
    public Optional<RenderCache> findRenderCache() {
        return last.findCache();
    }

    @Override
    public ArticleMemo<String> digests() {
        return digests;
    }

    @Override
    public SearchMemory analyses() {
        return analyses;
    }

    /** Keeps what the full build leaves when it ends: its render cache, and its model when it found no error. */
    @Override
    public Keeping keep(Model model, TranslationPairs.Result pairs) {
        return (cache, hadErrors) -> {
            holdOpen(model.theme());
            RenderCache next = cache.afterBuild();
            LastBuild.Patchable built = LastBuild.Patchable.of(next, model, pairs);
            shown = Optional.of(built);
            last = hadErrors ? new LastBuild.WithErrors(next) : built;
            owed = false;
        };
    }

    /** True when this memory holds {@code theme} open, for the next quick build; the caller closes it otherwise. */
    boolean holdsOpen(Theme theme) {
        return this.theme.isPresent() && this.theme.get() == theme;
    }

    /** What a quick build patches: the last full build's model, when it had no error and its render cache holds. */
    Optional<LastBuild.Patchable> findPatchable() {
        return last instanceof LastBuild.Patchable patchable ? Optional.of(patchable) : Optional.empty();
    }

    /**
     * The model of the last build that ended, full or quick, with errors or without: what the served pages show,
     * for the notes on them (a broken article elsewhere leaves every other page's notes as they are).
     */
    Optional<LastBuild.Patchable> findShown() {
        return shown;
    }

    /** Keeps the model a quick build patched; a full build is owed from now on. */
    void afterQuickBuild(LastBuild.Patchable patched) {
        last = patched;
        shown = Optional.of(patched);
        owed = true;
    }

    /** Files may have changed that no cache kept knows of: the next full build reads the one on disk. */
    void forgetCache() {
        last = new LastBuild.Untrusted();
    }

    /** True when a quick build ran since the last full build. */
    boolean owesFullBuild() {
        return owed;
    }

    private void holdOpen(Theme next) throws IOException {
        if (theme.isPresent() && theme.get() != next) {
            theme.get().close();
        }
        theme = Optional.of(next);
    }
}
