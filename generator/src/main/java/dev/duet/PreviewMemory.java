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
    RenderCache cache;
    Site site;
    Map<String, TranslationPairs.Group> groups = new HashMap<>();
    List<Problem> pairProblems = List.of();
    Glossary glossary;
    Theme theme;
    Templates templates;
    String salt;
    /** A partial build ran since the last full one, which a full build should follow. */
    boolean owed;

    boolean canPatch() {
        return site != null && cache != null;
    }

    void afterFullBuild(RenderCache nextCache, Site goodSite, TranslationPairs.Result pairs, Glossary glossary,
            Theme theme, Templates templates, String salt) throws IOException {
        if (this.theme != null && this.theme != theme) {
            this.theme.close();
        }
        this.cache = nextCache;
        this.site = goodSite;
        this.owed = false;
        Map<String, TranslationPairs.Group> byKey = new HashMap<>();
        pairs.groups().forEach(g -> byKey.put(g.key(), g));
        this.groups = byKey;
        this.pairProblems = pairs.problems();
        this.glossary = glossary;
        this.theme = theme;
        this.templates = templates;
        this.salt = salt;
    }

    /**
     * Puts the edited file into its translation group, building on the other edits of the same rebuild already in
     * {@code edited} (both languages of a story may change at once); false when it does not pair as before.
     */
    boolean regroup(ContentFile file, Map<String, TranslationPairs.Group> edited) {
        TranslationPairs.Group group = edited.getOrDefault(file.translationKey(), groups.get(file.translationKey()));
        String lang = file.frontMatter().lang();
        if (group == null || group.find(lang).filter(f -> f.path().equals(file.path())).isEmpty()) {
            return false;
        }
        edited.put(group.key(), new TranslationPairs.Group(group.key(),
                lang.equals("zh") ? Optional.of(file) : group.zh(), lang.equals("en") ? Optional.of(file) : group.en()));
        return true;
    }

    void replaceGroup(TranslationPairs.Group group) {
        groups.put(group.key(), group);
    }
}
