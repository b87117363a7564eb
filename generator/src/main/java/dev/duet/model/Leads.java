package dev.duet.model;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stories an editor chose to lead the front page ({@code lead: true} in either of its files): in each language
 * the newest of them the front page lists leads it, the newest story otherwise ({@link LanguageSite#lead}).
 */
final class Leads {

    private Leads() {
    }

    /** The keys of the stories of {@code groups} a file published or scheduled chooses to lead. */
    static Set<String> chosen(SiteConfig config, List<TranslationPairs.Group> groups) {
        Set<String> keys = new HashSet<>();
        for (TranslationPairs.Group group : groups) {
            if (group.files().stream().anyMatch(f -> f.frontMatter().lead()
                    && !Publishing.isDraft(config, f.frontMatter()))) {
                keys.add(group.key());
            }
        }
        return keys;
    }

    /** The articles of stories chosen to lead, in the order of {@code articles}. */
    static List<ArticlePage> of(SiteConfig config, List<TranslationPairs.Group> groups, List<ArticlePage> articles) {
        Set<String> keys = chosen(config, groups);
        return keys.isEmpty() ? List.of() : articles.stream().filter(a -> keys.contains(a.key())).toList();
    }

    /** Whether a story is chosen to lead where it was not, or no longer: a change of the front pages. */
    static boolean changes(SiteConfig config, TranslationPairs.Group group, Site previous) {
        return chosen(config, List.of(group)).isEmpty() == previous.languages().stream()
                .anyMatch(l -> l.leads().stream().anyMatch(a -> a.key().equals(group.key())));
    }

    /**
     * A warning for each story chosen to lead that leads no front page, at the file that chooses it: another chosen
     * story is newer, or so many newer stories came since that it left the front page's list. A chosen story
     * withdrawn or scheduled is in no list and is not told of.
     */
    static void tellUnshown(SiteConfig config, List<TranslationPairs.Group> groups, List<LanguageSite> sites,
            List<Problem> problems) {
        Set<String> leading = new HashSet<>();
        Set<String> listed = new HashSet<>();
        for (LanguageSite site : sites) {
            site.lead(config.pageSize()).filter(a -> site.leads().contains(a)).ifPresent(a -> leading.add(a.key()));
            site.leads().forEach(a -> listed.add(a.key()));
        }
        for (TranslationPairs.Group group : groups) {
            if (!listed.contains(group.key()) || leading.contains(group.key())) {
                continue;
            }
            for (ContentFile file : group.files()) {
                if (!file.frontMatter().lead()) {
                    continue;
                }
                Optional<LanguageSite> site = sites.stream().filter(s -> s.code().equals(file.frontMatter().lang()))
                        .findFirst();
                Optional<ArticlePage> instead = site.flatMap(s -> s.lead(config.pageSize()));
                boolean chosenToo = instead.isPresent() && site.get().leads().contains(instead.get());
                problems.add(Problem.warning("content.lead", file.path(), 0, "'lead: true' leads no front page: "
                        + (chosenToo ? "a newer story chosen to lead, '" + instead.get().title() + "', leads it"
                        : "more than " + config.pageSize() + " newer stories came since, so it left the front page's"
                        + " list, which the newest leads") + "; delete the key"));
            }
        }
    }
}
