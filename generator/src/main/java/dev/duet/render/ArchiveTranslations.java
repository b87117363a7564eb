package dev.duet.render;

import dev.duet.model.Archive;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.model.Translation;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The translation of a language's year and month lists: the same year's or month's list in the other language, when
 * that language has stories in it, so that its language switch and hreflang alternates lead there; none when it has
 * none (the switch then leads to the other language's home, as on any page without a translation).
 */
final class ArchiveTranslations {

    private final String lang;
    private final BiFunction<String, Function<String, String>, Optional<Translation>> otherPage;
    /** The other language's year and month lists, by path. */
    private final Set<String> lists = new HashSet<>();

    /** For {@code lang}'s lists; {@code otherPage} gives a page's path in the other language ({@link SitePlan}). */
    ArchiveTranslations(Site site, String lang,
            BiFunction<String, Function<String, String>, Optional<Translation>> otherPage) {
        this.lang = lang;
        this.otherPage = otherPage;
        otherPage.apply(lang, code -> code).flatMap(other -> site.find(other.lang())).ifPresent(other -> {
            for (Archive.Year year : Archive.of(other.articles()).years()) {
                lists.add(Permalinks.year(other.language().code(), year.year()));
                for (Archive.Month month : year.months()) {
                    lists.add(Permalinks.month(other.language().code(), month.year(), month.month()));
                }
            }
        });
    }

    Optional<Translation> year(int year) {
        return of(code -> Permalinks.year(code, year));
    }

    Optional<Translation> month(int year, int month) {
        return of(code -> Permalinks.month(code, year, month));
    }

    private Optional<Translation> of(Function<String, String> pathOf) {
        return otherPage.apply(lang, pathOf).filter(translation -> lists.contains(translation.path()));
    }
}
