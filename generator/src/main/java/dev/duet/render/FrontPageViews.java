package dev.duet.render;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.model.ArticlePage;
import dev.duet.model.Site;
import dev.duet.render.PageKinds.Column;
import dev.duet.render.PageKinds.LandingPageView;
import dev.duet.render.PageKinds.NotFoundPageView;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.TagPage;
import dev.duet.render.PageKinds.HomePageView;
import dev.duet.render.PageKinds.ListPageView;
import dev.duet.render.PageKinds.ReportersPageView;
import dev.duet.render.PageKinds.SectionsPageView;
import dev.duet.render.PageKinds.TagsPageView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The views of the pages that show a news site as a whole: the landing page, each language's front page (the newest
 * story as its lead, then the newest stories of each section), the indexes of its tags and reporters, and the 404
 * pages.
 */
final class FrontPageViews {

    /** How many stories each section shows on the front page. */
    static final int PER_SECTION = 3;
    /**
     * The most sections the front page shows, the first in the navigation's order that have a story to show: a site
     * of two hundred sections would otherwise have a front page of six hundred stories, rewritten at every publish.
     */
    static final int MOST_SECTIONS = 12;

    private final Site site;
    private final SiteConfig config;
    private final PageViews pages;
    private final SitePlan plan;
    private final Permalinks links;
    private final Alternates alternates;

    FrontPageViews(Site site, PageViews pages, SitePlan plan) {
        this.site = site;
        this.config = site.config();
        this.pages = pages;
        this.plan = plan;
        this.links = new Permalinks(config.basePath());
        this.alternates = new Alternates(config);
    }

    /**
     * The landing page, the site's front door in every language: its title names the site in each, and a column per
     * language leads with the story that leads that language's front page, then its newest.
     */
    LandingPageView landing() {
        LanguageConfig first = config.languages().get(0);
        String title = String.join(" · ", config.languages().stream().map(LanguageConfig::title).toList());
        Views.PageView page = new Views.PageView("landing", title, Deferred.known(first.description()),
                links.href(""), config.absoluteUrl(""), first.languageTag(), alternates.landing(), Optional.empty(),
                "", "", "");
        List<Column> columns = site.languages().stream().map(language -> new Column(pages.site(language.code()),
                pages.strings(language.code()), front(language))).toList();
        return new LandingPageView(pages.site(first.code()), pages.strings(first.code()), page, columns);
    }

    /** The story that leads the language's front page, then the newest others, as many in all as the 404 page's. */
    private List<Deferred<Views.ArticleView>> front(LanguageSite language) {
        Optional<ArticlePage> lead = language.lead(config.pageSize());
        return java.util.stream.Stream.concat(lead.stream(), language.articles().stream()
                .filter(a -> lead.isEmpty() || a != lead.get()).limit(SitePlan.NEWEST - 1L))
                .map(pages::item).toList();
    }

    /**
     * A language's 404 page, or the root one ({@code 404.html}), which a host serves for a missing address in any
     * language: it says so in each, with each language's newest stories.
     */
    NotFoundPageView notFound(SitePlan.NotFoundFile file) {
        LanguageConfig language = file.language();
        String lang = language.code();
        boolean root = file.path().equals("404.html");
        List<Column> columns = !root ? List.of() : site.languages().stream().map(other -> new Column(
                pages.site(other.code()), pages.strings(other.code()), pages.newest(other))).toList();
        String title = root ? String.join(" · ", columns.stream().map(column -> column.t()
                .getOrDefault("notfound.title", "Page not found")).distinct().toList())
                : pages.strings(lang).getOrDefault("notfound.title", "Page not found");
        Views.PageView page = new Views.PageView("404", title, Deferred.known(""), links.href(lang + "/404.html"),
                config.absoluteUrl(root ? "404.html" : lang + "/404.html"), language.languageTag(), List.of(),
                Optional.empty(), "", "", "");
        return new NotFoundPageView(pages.site(lang), pages.strings(lang), page,
                root ? List.of() : site.find(lang).map(pages::newest).orElse(List.of()), columns);
    }

    /**
     * The front page: the story an editor chose to lead it, else the newest ({@link LanguageSite#lead}), the
     * {@link #PER_SECTION} newest of each section (in the navigation's order,
     * at most {@link #MOST_SECTIONS} sections) that are not shown above them, and the newest of the page size's
     * stories in no section. Its page and pager are the home list's front page's, so the numbered pages after it stay
     * as they are.
     */
    HomePageView home(SitePlan.HomeFile file) {
        SitePlan.ArticleList list = file.list();
        List<ArticlePage> articles = list.articles();
        Set<ArticlePage> shown = new HashSet<>();
        LanguageSite language = file.language();
        Optional<ArticlePage> lead = language.lead(config.pageSize());
        lead.ifPresent(shown::add);
        List<Views.SectionGroup> groups = new ArrayList<>();
        for (TagPage section : language.sections()) {
            if (groups.size() == MOST_SECTIONS) {
                break;
            }
            List<Deferred<Views.ArticleView>> newest = new ArrayList<>();
            for (ArticlePage article : section.articles()) {
                if (newest.size() == PER_SECTION) {
                    break;
                }
                if (shown.add(article)) {
                    newest.add(pages.item(article));
                }
            }
            if (!newest.isEmpty()) {
                groups.add(new Views.SectionGroup(new Views.Link(section.tag().name(), links.href(section.path()),
                        language.code(), language.language().languageTag()), newest));
            }
        }
        List<Deferred<Views.ArticleView>> more = articles.stream().limit(config.pageSize())
                .filter(a -> a.section().isEmpty() && shown.add(a)).map(pages::item).toList();
        // "Older" leads to the page of the newest story the front page leaves out, not past it.
        int unshown = 0;
        while (unshown < articles.size() && shown.contains(articles.get(unshown))) {
            unshown++;
        }
        ListPageView front = pages.list(list, 0, file.pages(), List.of(), unshown);
        return new HomePageView(front.site(), front.t(), front.page(), lead.map(pages::item), groups, more,
                front.pager(), front.mostRead());
    }

    /** A page of a language's tag index: all of it, or once split by initial its initials or one initial's tags. */
    TagsPageView tags(TagIndex.TagsFile file) {
        String lang = file.language().code();
        Function<String, String> pageOf = key -> Permalinks.tagIndex(lang, key);
        return new TagsPageView(pages.site(lang), pages.strings(lang),
                indexPage("tags", "Tags", file.shown(), lang, Permalinks::tags, pageOf),
                TagIndex.counts(file.language().tags(), file.groups(), file.shown(), lang, links),
                TagIndex.initials(file.groups(), file.shown(), pageOf, links));
    }

    /**
     * A page of a language's reporters index, sorted by slug, each with how many articles they filed: all of them,
     * or once split by initial its initials or one initial's reporters.
     */
    ReportersPageView reporters(TagIndex.ReportersFile file) {
        String lang = file.language().code();
        Function<String, String> pageOf = key -> Permalinks.reporterIndex(lang, key);
        return new ReportersPageView(pages.site(lang), pages.strings(lang),
                indexPage("reporters", "Reporters", file.shown(), lang, Permalinks::reporters, pageOf),
                TagIndex.counts(file.language().reporters(), file.groups(), file.shown(), lang, links),
                TagIndex.initials(file.groups(), file.shown(), pageOf, links));
    }

    /** The index of a language's sections, in the navigation's order. */
    SectionsPageView sections(TagIndex.SectionsFile file) {
        String lang = file.language().code();
        return new SectionsPageView(pages.site(lang), pages.strings(lang),
                indexPage("sections", "Sections", Optional.empty(), lang, Permalinks::sections, Function.identity()),
                file.language().sections().stream().map(s -> new Views.Link(s.tag().name(), links.href(s.path()),
                        lang, pages.site(lang).languageTag())).toList());
    }

    /** The page of an index ({@code first} its first page's path), or of one initial's names ({@code pageOf}). */
    private Views.PageView indexPage(String kind, String defaultTitle, Optional<TagIndex.Group> shown, String lang,
            Function<String, String> first, Function<String, String> pageOf) {
        String title = pages.strings(lang).getOrDefault(kind + ".title", defaultTitle);
        // The other language's index has other initials: an initial's page has no translation of its own.
        return pages.simplePage(kind, shown.map(g -> title + " · " + g.label()).orElse(title),
                shown.map(g -> pageOf.apply(g.key())).orElse(first.apply(lang)), lang,
                shown.isPresent() ? Optional.empty() : plan.otherPage(lang, first));
    }
}
