package dev.duet;

import dev.duet.content.ContentFile;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.model.Site;
import dev.duet.output.RenderCache;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a preview keeps of its last full build: nothing it can trust, its render cache, or its render cache and the
 * model a quick rebuild patches.
 */
sealed interface LastBuild permits LastBuild.Untrusted, LastBuild.WithErrors, LastBuild.Patchable {

    /** The render cache that describes the output; empty when the next full build must read the one on disk. */
    Optional<RenderCache> findCache();

    /**
     * No full build has ended yet, or a build stopped half way and files may have changed that no cache kept knows
     * of: the next full build reads the render cache on disk, which the mark that build left makes it distrust.
     */
    record Untrusted() implements LastBuild {

        @Override
        public Optional<RenderCache> findCache() {
            return Optional.empty();
        }
    }

    /** A full build that found errors: its render cache, but no model a quick rebuild may patch. */
    record WithErrors(RenderCache cache) implements LastBuild {

        @Override
        public Optional<RenderCache> findCache() {
            return Optional.of(cache);
        }
    }

    /**
     * A full build without error, or its model as quick rebuilds patched it since.
     *
     * @param cache the render cache that describes the output
     * @param model the model and what rendered it
     * @param groups the translation groups of the article files, by key
     * @param pairProblems the problems found pairing them
     */
    record Patchable(RenderCache cache, BuildMemory.Model model, Map<String, TranslationPairs.Group> groups,
            List<Problem> pairProblems) implements LastBuild {

        public Patchable {
            groups = Map.copyOf(groups);
            pairProblems = List.copyOf(pairProblems);
        }

        /** What a full build without error left: its model, and its article files as paired. */
        static Patchable of(RenderCache cache, BuildMemory.Model model, TranslationPairs.Result pairs) {
            Map<String, TranslationPairs.Group> byKey = new HashMap<>();
            pairs.groups().forEach(g -> byKey.put(g.key(), g));
            return new Patchable(cache, model, byKey, pairs.problems());
        }

        @Override
        public Optional<RenderCache> findCache() {
            return Optional.of(cache);
        }

        /**
         * Puts the edited file into its translation group, building on the other edits of the same rebuild already
         * in {@code edited} (both languages of a story may change at once); false when it does not pair as before.
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
                    lang.equals("zh") ? Optional.of(file) : group.zh(),
                    lang.equals("en") ? Optional.of(file) : group.en()));
            return true;
        }

        /** The model a quick rebuild patched, with the groups it edited. */
        Patchable patched(Site site, List<TranslationPairs.Group> edited) {
            Map<String, TranslationPairs.Group> byKey = new HashMap<>(groups);
            edited.forEach(group -> byKey.put(group.key(), group));
            return new Patchable(cache, model.withSite(site), byKey, pairProblems);
        }
    }
}
