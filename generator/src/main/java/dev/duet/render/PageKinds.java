package dev.duet.render;

import java.util.List;
import java.util.Map;

/**
 * The view of each kind of HTML page, one record per kind. A view's components are its template's top-level names:
 * every page has {@code site}, {@code t} (the UI strings) and {@code page}, and each kind its own (docs/themes.md
 * lists them). {@link PageViews} makes them.
 */
final class PageKinds {

    private PageKinds() {
    }

    /**
     * An article's page; {@code untranslated} when it has no translation and {@code missingTranslation} is
     * {@code notice}: the page says so, and its language switch leads to the other language's home. {@code revision}
     * is its update and correction.
     */
    record ArticlePageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            Deferred<Views.ArticleView> article, boolean untranslated, LifecycleViews.RevisionView revision) {
    }

    /**
     * The one parallel page of a story, in the Chinese site with its strings ({@code t}) and, for a bilingual
     * interface, the English strings ({@code other}); each text's update and correction.
     */
    record ParallelPageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            Views.ParallelView parallel, Map<String, String> other, LifecycleViews.RevisionView zhRevision,
            LifecycleViews.RevisionView enRevision) {
    }

    /**
     * A list; {@code titleLang}: the language of its title where that is not the page's (a tag's, a reporter's);
     * {@code feedTitle}: the title of the list's own feed, as the feed gives it, or empty.
     */
    record ListPageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            List<Deferred<Views.ArticleView>> articles, Views.Pager pager, List<Views.Link> mostRead,
            String titleLang, String feedTitle) {
    }

    /**
     * A language's front page: the newest story as {@code lead} (missing on an empty site), then {@code sections},
     * the newest stories of each section, then {@code more}: the newest of the rest, in no section. Each story is
     * shown once.
     */
    record HomePageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            java.util.Optional<Deferred<Views.ArticleView>> lead, List<Views.SectionGroup> sections,
            List<Deferred<Views.ArticleView>> more, Views.Pager pager, List<Views.Link> mostRead) {
    }

    /**
     * A page of the reporters index: its reporters with their article counts; for an index split by initial, the
     * initials too (on the first page, the initials only).
     */
    record ReportersPageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            List<Views.TagCount> reporters, List<Views.TagInitial> initials) {
    }

    /** The index of a language's sections ({@code sections}: Link to each section's page), in navigation order. */
    record SectionsPageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            List<Views.Link> sections) {
    }

    /**
     * A page of the tag index: its tags with their counts; for an index split by initial, the initials too (on the
     * first page, the initials only).
     */
    record TagsPageView(Views.SiteView site, Map<String, String> t, Views.PageView page, List<Views.TagCount> tags,
            List<Views.TagInitial> initials) {
    }

    record SearchPageView(Views.SiteView site, Map<String, String> t, Views.PageView page, Views.SearchView search) {
    }

    /** The archive: years with their months and headlines, then the stories without a date. */
    record ArchivePageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            List<Views.Period> years, List<Views.Link> undated) {
    }

    /** The landing page: a column per language with that language's site, strings and newest articles. */
    record LandingPageView(Views.SiteView site, Map<String, String> t, Views.PageView page, List<Column> columns) {
    }

    record Column(Views.SiteView site, Map<String, String> t, List<Deferred<Views.ArticleView>> articles) {
    }

    /**
     * A 404 page: a language's, with its newest {@code articles}, or the site's root one, which hosts serve for every
     * missing address, with a {@code column} per language (and no articles of its own).
     */
    record NotFoundPageView(Views.SiteView site, Map<String, String> t, Views.PageView page,
            List<Deferred<Views.ArticleView>> articles, List<Column> columns) {
    }
}
