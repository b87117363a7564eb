package dev.duet.model;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The whole site as the render stage sees it: one {@link LanguageSite} per configured language, each page knowing
 * its translation. Feeds, sitemaps and pages are all renderings of this one model.
 */
public record Site(SiteConfig config, List<LanguageSite> languages, List<Problem> problems) {

    public Site {
        languages = List.copyOf(languages);
        problems = List.copyOf(problems);
    }

    public Optional<LanguageSite> find(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Assembles the model from paired article files; problems found on the way are kept in the site. */
    public static Site assemble(SiteConfig config, List<dev.duet.content.TranslationPairs.Group> groups,
            dev.duet.content.Glossary glossary) {
        return new Assembler(config, glossary).assemble(groups);
    }

    /**
     * This site with the pages of the given translation groups made again from their (edited) files, when the edit
     * leaves every address, date, tag and translation as it was; empty when the site must be assembled anew. A
     * preview uses it to rebuild an edited article without assembling the whole site.
     */
    public Optional<Site> patch(List<dev.duet.content.TranslationPairs.Group> changed,
            dev.duet.content.Glossary glossary) {
        return new Assembler(config, glossary).patch(this, changed);
    }

    public int articleCount() {
        return languages.stream().mapToInt(l -> l.articles().size()).sum();
    }
}
