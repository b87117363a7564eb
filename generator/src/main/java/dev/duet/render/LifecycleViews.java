package dev.duet.render;

import dev.duet.config.SiteConfig;
import dev.duet.content.NewsTime;
import dev.duet.model.ArticlePage;
import dev.duet.model.Lifecycle;
import dev.duet.model.Permalinks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The views of an article's life after publishing: the update and correction its page shows, the page of a
 * withdrawn article, and the redirect page at an old address.
 */
final class LifecycleViews {

    /**
     * What an article's page says of its changes since publishing; empty text when there is none.
     *
     * @param updated the ISO day or timestamp of the update, for {@code <time datetime>}
     * @param updatedDisplay the update as the page's language writes it ({@code 2024年5月22日 14:30})
     * @param correction the correction note, as written
     */
    record RevisionView(String updated, String updatedDisplay, String correction) {
    }

    /**
     * A withdrawn article's page: no body, a word that it was withdrawn, why when its file's {@code correction} says
     * ({@code notes}, each a paragraph), a link home.
     */
    record WithdrawnPageView(Views.SiteView site, Map<String, String> t, Views.PageView page, List<String> notes) {
    }

    /**
     * A page at an old address.
     *
     * @param url the root-relative link to the article
     * @param absoluteUrl its absolute URL, for the refresh and the canonical link
     */
    record RedirectView(String url, String absoluteUrl) {
    }

    record RedirectPageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            RedirectView redirect) {
    }

    private final SiteConfig config;
    private final PageViews pages;
    private final Permalinks links;

    LifecycleViews(SiteConfig config, PageViews pages) {
        this.config = config;
        this.pages = pages;
        this.links = new Permalinks(config.basePath());
    }

    /** The update and correction of an article. */
    static RevisionView revision(ArticlePage article) {
        String lang = article.lang();
        return new RevisionView(article.updated().map(NewsTime::iso).orElse(""),
                article.updated().map(u -> Dates.display(lang, u)).orElse(""), article.correction().orElse(""));
    }

    WithdrawnPageView withdrawn(LifecyclePlan.WithdrawnFile file) {
        Lifecycle.Withdrawn withdrawn = file.withdrawn();
        String lang = withdrawn.lang();
        Map<String, String> t = strings(lang, withdrawn.languageTag());
        String title = t.getOrDefault("withdrawn.title", "This article has been withdrawn");
        Views.PageView page = new Views.PageView("withdrawn", title, Deferred.known(""),
                links.href(withdrawn.path()), absolute(withdrawn.path()), withdrawn.languageTag(), List.of(),
                Optional.empty(), "", "", "");
        return new WithdrawnPageView(site(lang, withdrawn.languageTag()), t, page, withdrawn.notes());
    }

    RedirectPageView redirect(LifecyclePlan.RedirectFile file) {
        Lifecycle.Redirect redirect = file.redirect();
        String lang = redirect.lang();
        String target = absolute(redirect.target());
        Map<String, String> t = strings(lang, redirect.languageTag());
        String title = t.getOrDefault("redirect.title", "Moved");
        Views.SiteView site = site(lang, redirect.languageTag());
        Views.PageView page = new Views.PageView("redirect", title, Deferred.known(""),
                links.href(file.path()), target, site.languageTag(), List.of(), Optional.empty(),
                "", "", "");
        return new RedirectPageView(site, t, page, new RedirectView(links.href(redirect.target()), target));
    }

    /** The UI strings of a page in {@code languageTag} ({@code zh-Hant}) if the theme has them, else its language's. */
    private Map<String, String> strings(String lang, String languageTag) {
        Map<String, String> own = pages.strings(languageTag);
        return own.isEmpty() ? pages.strings(lang) : own;
    }

    /** The site as a page in {@code languageTag} shows it: in its script when it has its own. */
    private Views.SiteView site(String lang, String languageTag) {
        return pages.siteViews().getOrDefault(languageTag, pages.site(lang));
    }

    private String absolute(String path) {
        return config.absoluteUrl(Permalinks.encode(path));
    }
}
