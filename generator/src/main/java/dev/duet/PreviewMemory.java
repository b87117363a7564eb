package dev.duet;

import dev.duet.content.ContentFile;
import dev.duet.content.Glossary;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.model.Site;
import dev.duet.output.RenderCache;
import dev.duet.render.Templates;
import dev.duet.render.Theme;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a preview keeps of its last full build: the render cache in memory, and — when that build had no
 * error — its model, translation groups, glossary and theme, so that an edit to an article's text can be
 * rebuilt by patching them.
 */
final class PreviewMemory {

    /** The last full build's model and what rendered it, when that build had no error: what a quick build patches. */
    record LastBuild(Site site, Glossary glossary, Theme theme, Templates templates, String salt) {

        LastBuild withSite(Site patched) {
            return new LastBuild(patched, glossary, theme, templates, salt);
        }
    }

    /** The render cache that describes the output; empty when the next full build must render every file. */
    private Optional<RenderCache> cache = Optional.empty();
    private Optional<LastBuild> last = Optional.empty();
    /** The theme of the last full build, which the preview keeps open until a full build brings another. */
    private Optional<Theme> theme = Optional.empty();
    private Map<String, TranslationPairs.Group> groups = new HashMap<>();
    private List<Problem> pairProblems = List.of();
    /** A partial build ran since the last full one, which a full build should follow. */
    private boolean owed;

    /** The render cache the next full build starts from, when one can be trusted. */
    Optional<RenderCache> findCache() {
        return cache;
    }

    /** What a quick build patches, when the last full build had no error and its render cache still holds. */
    Optional<LastBuild> findPatchable() {
        return cache.isPresent() ? last : Optional.empty();
    }

    RenderCache requireCache() {
        return cache.orElseThrow(() -> new IllegalStateException("no render cache kept"));
    }

    /** Files may have changed that the cache does not know of: the next full build renders every file. */
    void forgetCache() {
        cache = Optional.empty();
    }

    boolean owesFullBuild() {
        return owed;
    }

    List<Problem> pairProblems() {
        return pairProblems;
    }

    /** Keeps what a full build left, built with {@code theme} and {@code salt}; closes the theme before. */
    void afterFullBuild(SiteBuild.Kept kept, boolean hadErrors, Theme theme, String salt) throws IOException {
        if (this.theme.isPresent() && this.theme.get() != theme) {
            this.theme.get().close();
        }
        this.theme = Optional.of(theme);
        this.cache = Optional.of(kept.cache());
        this.last = hadErrors ? Optional.empty()
                : Optional.of(new LastBuild(kept.site(), kept.glossary(), theme, kept.templates(), salt));
        this.owed = false;
        Map<String, TranslationPairs.Group> byKey = new HashMap<>();
        kept.pairs().groups().forEach(g -> byKey.put(g.key(), g));
        this.groups = byKey;
        this.pairProblems = kept.pairs().problems();
    }

    /** Keeps the site a quick build patched, with its edited groups; a full build is owed from now on. */
    void afterQuickBuild(Site patched, List<TranslationPairs.Group> edited) {
        last = last.map(l -> l.withSite(patched));
        edited.forEach(group -> groups.put(group.key(), group));
        owed = true;
    }

    /**
     * Puts the edited file into its translation group, building on the other edits of the same rebuild already in
     * {@code edited} (both languages of a story may change at once); false when it does not pair as before.
     */
    boolean regroup(ContentFile file, Map<String, TranslationPairs.Group> edited) {
        Optional<TranslationPairs.Group> found = Optional.ofNullable(edited.get(file.translationKey()))
                .or(() -> Optional.ofNullable(groups.get(file.translationKey())));
        String lang = file.frontMatter().lang();
        if (found.isEmpty() || found.get().find(lang).filter(f -> f.path().equals(file.path())).isEmpty()) {
            return false;
        }
        TranslationPairs.Group group = found.get();
        edited.put(group.key(), new TranslationPairs.Group(group.key(),
                lang.equals("zh") ? Optional.of(file) : group.zh(), lang.equals("en") ? Optional.of(file) : group.en()));
        return true;
    }
}
