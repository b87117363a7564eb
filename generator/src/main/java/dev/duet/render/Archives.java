package dev.duet.render;

import dev.duet.model.Archive;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.model.Translation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Each language's archive (its articles by year and month), made once for a plan, and the translation of its year
 * and month lists: the same year's or month's list in the other language, when that language has stories in it, so
 * that the language switch and hreflang alternates lead there; none when it has none (the switch then leads to the
 * other language's home, as on any page without a translation).
 */
final class Archives {

    private final BiFunction<String, Function<String, String>, Optional<Translation>> otherPage;
    private final Map<String, Archive> archives = new HashMap<>();
    /** Every language's year and month lists, by path. */
    private final Set<String> lists = new HashSet<>();

    /** The archives of the site's languages; {@code otherPage} gives a page's path in the other language. */
    Archives(Site site, BiFunction<String, Function<String, String>, Optional<Translation>> otherPage) {
        this.otherPage = otherPage;
        for (LanguageSite language : site.languages()) {
            String lang = language.code();
            Archive archive = Archive.of(language.articles());
            archives.put(lang, archive);
            for (Archive.Year year : archive.years()) {
                lists.add(Permalinks.year(lang, year.year()));
                for (Archive.Month month : year.months()) {
                    lists.add(Permalinks.month(lang, month.year(), month.month()));
                }
            }
        }
    }

    /** A language's archive. */
    Archive of(String lang) {
        return archives.getOrDefault(lang, new Archive(List.of()));
    }

    Optional<Translation> year(String lang, int year) {
        return translation(lang, code -> Permalinks.year(code, year));
    }

    Optional<Translation> month(String lang, int year, int month) {
        return translation(lang, code -> Permalinks.month(code, year, month));
    }

    private Optional<Translation> translation(String lang, Function<String, String> pathOf) {
        return otherPage.apply(lang, pathOf).filter(translation -> lists.contains(translation.path()));
    }
}
