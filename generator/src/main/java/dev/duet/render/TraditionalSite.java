package dev.duet.render;

import dev.duet.io.TraditionalScript;
import dev.duet.model.ArticlePage;
import java.util.List;
import java.util.Optional;

/**
 * The site's own names on the pages of a Traditional Chinese article ({@code script: Hant}): its title,
 * description, sections and tags in Traditional characters ({@link TraditionalScript}), as the rest of those pages'
 * interface is ({@code i18n/zh-Hant.properties}). Lists, and the section and tag pages, stay in the site's script.
 */
final class TraditionalSite {

    /** The language tag of Traditional Chinese pages. */
    static final String TAG = "zh-Hant";

    private TraditionalSite() {
    }

    /** The site as a Traditional article's pages show it. */
    static Views.SiteView of(Views.SiteView s) {
        return new Views.SiteView(TraditionalScript.of(s.title()), TraditionalScript.of(s.description()), s.lang(),
                TAG, s.ogLocale(), s.basePath(), s.baseUrl(), s.homeUrl(), s.rootUrl(), s.feedUrl(), s.tagsUrl(),
                s.archiveUrl(), s.cssUrl(), s.languages(), s.mostReadUrl(), s.mostReadFeedUrl(), s.mostReadCount(),
                s.sections().stream().map(TraditionalSite::link).toList(), s.sectionsUrl(), s.reportersUrl());
    }

    /** The article's section as its own page names it: in Traditional characters for a Traditional article. */
    static Optional<Views.Link> section(ArticlePage article, Optional<Views.Link> section) {
        return TAG.equals(article.languageTag()) ? section.map(TraditionalSite::link) : section;
    }

    /**
     * The article's tags, or its reporters, as its own page names them: in Traditional characters for a Traditional
     * article (a reporter the glossary names in Simplified ones, 陈嘉, is 陳嘉 there).
     */
    static List<Views.Link> tags(ArticlePage article, List<Views.Link> tags) {
        return TAG.equals(article.languageTag()) ? tags.stream().map(TraditionalSite::link).toList() : tags;
    }

    /**
     * The article's agency and source as its own page names them: in Traditional characters for a Traditional
     * article, since import names them from Duet's lists of agencies and outlets, which are in Simplified ones.
     */
    static Views.AttributionView attribution(ArticlePage article, Views.AttributionView a) {
        return TAG.equals(article.languageTag()) ? new Views.AttributionView(a.dateline(),
                TraditionalScript.of(a.agency()), a.reporters().stream().map(TraditionalScript::of).toList(),
                a.sourceUrl(), TraditionalScript.of(a.sourceName()),
                a.sourceHost()) : a;
    }

    /**
     * A name the site gives (a section's, a tag's, an agency's) as a Traditional article's pages give it; as it is
     * for any other.
     */
    static String name(ArticlePage article, String name) {
        return TAG.equals(article.languageTag()) ? TraditionalScript.of(name) : name;
    }

    /** The link named in Traditional characters; the page it leads to is as it is. */
    private static Views.Link link(Views.Link link) {
        return new Views.Link(TraditionalScript.of(link.label()), link.url(), link.lang(), link.hreflang(),
                link.textLang());
    }
}
