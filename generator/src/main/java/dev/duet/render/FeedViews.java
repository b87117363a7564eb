package dev.duet.render;

import dev.duet.config.SiteConfig;
import dev.duet.model.ArticlePage;
import dev.duet.model.Lifecycle;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.model.TagPage;
import dev.duet.content.NewsTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * The views of the files that are not pages: Atom feeds, sitemaps and the sitemap index, renderings of the same
 * articles that the pages show. Components are the templates' top-level names.
 */
final class FeedViews {

    /** An Atom feed: its entries are articles as lists show them, or with their bodies when feeds carry them. */
    record FeedView(Views.SiteView site, Map<String, String> t, String title, String feedUrl, String pageUrl,
            String id, String updated, boolean fullContent, List<Entry> entries) {
    }

    /**
     * A feed entry: the article, its id (its address, or the first alias its file gives, the address it was first
     * published at, so that a story moved by a new date or slug stays one entry in feed readers), when it was
     * published and when it was last updated (its date, if never), and its correction note, if any: as text for the
     * summary, and as HTML ({@code correctionHtml}) to go before the body in the content, with the lead picture,
     * its caption and its credit.
     */
    record Entry(Deferred<Views.ArticleView> article, String id, String published, String updated, String correction,
            String correctionHtml) {
    }

    record SitemapView(List<SitemapUrl> urls) {
    }

    /** One sitemap entry; {@code lastmod} is empty when unknown, {@code alternates} empty for a single language. */
    record SitemapUrl(String loc, String lastmod, List<Views.Link> alternates) {
    }

    record SitemapIndexView(List<String> sitemaps) {
    }

    /** The Google News sitemap: every URL it lists, with what it says of it. */
    record NewsSitemapView(List<NewsUrl> urls) {
    }

    /**
     * One article of the news sitemap: {@code name} is the site's title in the article's language, {@code language}
     * Google's code for it ({@code zh-cn}, {@code zh-tw} for Traditional Chinese, {@code en}), {@code date} its ISO
     * publication date.
     */
    record NewsUrl(String loc, String name, String language, String date, String title) {
    }

    private final Site site;
    private final SiteConfig config;
    private final PageViews pages;
    private final Alternates alternates;
    /** By an article's path, the output path of the first alias its file gives, if any. */
    private final Map<String, String> firstAliases = new HashMap<>();

    FeedViews(Site site, PageViews pages) {
        this.site = site;
        this.config = site.config();
        this.pages = pages;
        this.alternates = new Alternates(config);
        Map<String, Lifecycle.Redirect> first = new HashMap<>();
        for (Lifecycle.Redirect redirect : site.lifecycle().redirects()) {
            first.merge(redirect.target(), redirect, (a, b) -> b.position() < a.position() ? b : a);
        }
        first.forEach((target, redirect) -> firstAliases.put(target, redirect.path().endsWith("/index.html")
                ? redirect.path().substring(0, redirect.path().length() - "index.html".length()) : redirect.path()));
    }

    FeedView feed(SitePlan.FeedFile file) {
        String lang = file.lang();
        List<ArticlePage> newest = file.newest();
        String feedUrl = absolute(file.path());
        Map<String, String> t = pages.strings(lang);
        List<Entry> entries = newest.stream()
                .map(article -> new Entry(pages.feedEntry(article, file.fullContent()),
                        absolute(firstAliases.getOrDefault(article.path(), article.path())),
                        Dates.timestamp(article.published().get()), updated(article),
                        article.correction().orElse(""), correctionHtml(article, t) + leadHtml(article, t)))
                .toList();
        // RFC 3339 timestamps in UTC or UTC+8 order as text only within one offset: compare them as moments.
        String updated = newest.stream().max(Comparator.comparing(FeedViews::updatedMoment))
                .map(FeedViews::updated).orElse("1970-01-01T00:00:00Z");
        return new FeedView(pages.site(lang), t, file.title(), feedUrl, absolute(file.pagePath()),
                feedUrl, updated, file.fullContent(), entries);
    }

    /** An article's correction note as a paragraph of HTML, its label in the feed's language; empty for none. */
    private static String correctionHtml(ArticlePage article, Map<String, String> t) {
        String label = t.getOrDefault("correction", "Correction") + t.getOrDefault("colon", ": ");
        StringBuilder html = new StringBuilder();
        for (String note : article.correction().map(c -> c.split("\n")).orElse(new String[0])) {
            html.append("<p><strong>").append(Entities.escape(label)).append("</strong>").append(Entities.escape(note))
                    .append("</p>\n");
        }
        return html.toString();
    }

    /**
     * An article's lead picture as a figure of HTML, with its caption and its credit labelled in the feed's language,
     * to go before the body: a feed reader that shows the enclosure alone showed a photo without its credit. Empty
     * for none.
     */
    private String leadHtml(ArticlePage article, Map<String, String> t) {
        if (article.image().isEmpty()) {
            return "";
        }
        ImageViews.ImageView image = ImageViews.of(article.image().get(), config);
        StringBuilder html = new StringBuilder("<figure><img src=\"").append(attribute(image.absoluteUrl()))
                .append("\" alt=\"").append(attribute(image.alt())).append("\"");
        if (image.width() > 0) {
            html.append(" width=\"").append(image.width()).append("\" height=\"").append(image.height()).append('"');
        }
        html.append('>');
        if (!image.caption().isEmpty() || !image.credit().isEmpty()) {
            html.append("<figcaption>").append(Entities.escape(image.caption()));
            if (!image.credit().isEmpty()) {
                html.append(image.caption().isEmpty() ? "" : " ").append(Entities.escape(
                        t.getOrDefault("image.credit", "Photo") + t.getOrDefault("colon", ": ") + image.credit()));
            }
            html.append("</figcaption>");
        }
        return html.append("</figure>\n").toString();
    }

    /** Text for an attribute of HTML in double quotes. */
    private static String attribute(String text) {
        return Entities.escape(text).replace("\"", "&quot;");
    }

    /** When an article in a feed was last changed: its update, else its date. */
    private static String updated(ArticlePage article) {
        return article.updated().or(article::published).map(Dates::timestamp).orElseThrow();
    }

    /** The moment {@link #updated} writes. */
    private static Instant updatedMoment(ArticlePage article) {
        return article.updated().or(article::published).map(Dates::moment).orElseThrow();
    }

    SitemapView sitemap(SitePlan.SitemapFile file) {
        return new SitemapView(file.sources().stream().map(source -> sitemapUrl(source, file.tagDates())).toList());
    }

    NewsSitemapView newsSitemap(SitePlan.NewsSitemapFile file) {
        return new NewsSitemapView(file.articles().stream().map(article -> new NewsUrl(absolute(article.path()),
                pages.siteViews().getOrDefault(article.languageTag(), pages.site(article.lang())).title(),
                newsLanguage(article), article.published().orElseThrow().iso(),
                article.title())).toList());
    }

    /** Google News wants {@code zh-cn} or {@code zh-tw} for Chinese, and a plain ISO 639 code otherwise. */
    private static String newsLanguage(ArticlePage article) {
        if (!article.lang().equals("zh")) {
            return article.lang();
        }
        return article.languageTag().equals("zh-Hant") ? "zh-tw" : "zh-cn";
    }

    SitemapIndexView sitemapIndex(SitePlan.SitemapIndexFile file) {
        return new SitemapIndexView(file.sitemaps());
    }

    /** The sitemap entry of a language's home (given by its code), an article or a tag page. */
    private SitemapUrl sitemapUrl(Object source, boolean tagDates) {
        if (source instanceof ArticlePage article) {
            String lastmod = article.updated().map(NewsTime::iso)
                    .orElseGet(() -> article.published().map(NewsTime::iso).orElse(""));
            return new SitemapUrl(absolute(article.path()), lastmod, alternates.ofSitemapEntry(article));
        }
        if (source instanceof TagPage tag) {
            return sitemapUrl(tag.path(), tagDates ? tag.articles().get(0).date() : Optional.empty(), List.of());
        }
        String lang = (String) source;
        return sitemapUrl(Permalinks.home(lang), site.find(lang).flatMap(l -> l.articles().stream().findFirst())
                .flatMap(ArticlePage::date), alternates.homes());
    }

    private SitemapUrl sitemapUrl(String path, Optional<LocalDate> lastmod, List<Views.Link> alternatesOfUrl) {
        return new SitemapUrl(absolute(path), lastmod.map(LocalDate::toString).orElse(""), alternatesOfUrl);
    }

    private String absolute(String path) {
        return config.absoluteUrl(Permalinks.encode(path));
    }
}
