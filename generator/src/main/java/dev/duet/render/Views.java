package dev.duet.render;

import dev.duet.model.Attribution;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The plain values templates see. Templates never see the model itself, only these records: strings already
 * formatted for the page's language, links already made. An absent value is an empty string or list; an absent
 * nested view is an empty {@link Optional}, which a template sees as missing (test it with {@code ??}). A value that
 * costs to make from an article's Markdown (its HTML, summary, reading time, JSON-LD) is {@link Deferred}: made
 * when a template reads it, and fingerprinted by what it is made from.
 */
final class Views {

    private Views() {
    }

    /**
     * A link: its text, its root-relative URL, and the language of the page it leads to; {@code textLang}, the
     * language of its text where that is not the page's ({@link TextLanguage}), else empty.
     */
    public record Link(String label, String url, String lang, String hreflang, String textLang) {

        public Link(String label, String url, String lang, String hreflang) {
            this(label, url, lang, hreflang, "");
        }
    }

    /**
     * The site as one language shows it. {@code mostReadUrl} is the language's {@code most-read.json}, empty when
     * the site has no "most read" box or the language has no story to list in it; {@code mostReadFeedUrl} the
     * box's feed; {@code mostReadCount} how many stories the box lists, so that an article page keeps their places
     * before its script fills them (it changes only while fewer stories than the setting have views);
     * {@code sections} links to every section page of the language, in the mapping's order, for the navigation;
     * {@code reportersUrl} is empty when the theme has no reporters index.
     */
    public record SiteView(String title, String description, String lang, String languageTag, String ogLocale,
            String basePath, String baseUrl, String homeUrl, String rootUrl, String feedUrl, String tagsUrl,
            String archiveUrl, String cssUrl, List<Link> languages, String mostReadUrl, String mostReadFeedUrl,
            int mostReadCount, List<Link> sections, String sectionsUrl, String reportersUrl) {
    }

    /** What every page has: its title, canonical URL, alternates in other languages and feed. */
    public record PageView(String kind, String title, Deferred<String> description, String url, String canonicalUrl,
            String languageTag, List<Link> alternates, Optional<Link> translation, String feedUrl, String prevUrl,
            String nextUrl) {
    }

    /** Who filed a story and where it comes from; {@code sourceUrl} is empty unless it is a safe http(s) link. */
    public record AttributionView(String dateline, String agency, List<String> reporters, String sourceUrl,
            String sourceName, Deferred<String> sourceHost) {

        static AttributionView of(Attribution attribution) {
            String url = attribution.sourceUrl().orElse("");
            // Only a page without the source's name shows its host, and parsing the URL costs.
            Deferred<String> host = Deferred.of(url, () -> attribution.sourceUrl()
                    .map(u -> Optional.ofNullable(URI.create(u).getHost()).orElse("")).orElse(""));
            return new AttributionView(attribution.dateline().orElse(""), attribution.agency().orElse(""),
                    attribution.reporters(), url, attribution.sourceName().orElse(""), host);
        }
    }

    /**
     * An article, for its own page and for lists. {@code bodyHtml} is sanitised HTML; every other string is text.
     * {@code section} links to its section's page (missing when it has none); {@code reporters} link to the
     * reporters' pages, named in the article's language.
     */
    public record ArticleView(String title, String headline, String url, String absoluteUrl, String lang,
            String languageTag, String date, String dateDisplay, Deferred<String> summary, Deferred<String> bodyHtml,
            Deferred<Integer> readingMinutes, List<Link> tags, AttributionView attribution,
            Optional<Link> translation, Optional<Link> previous, Optional<Link> next, List<Link> related,
            Deferred<String> jsonLd, String parallelUrl, List<TitleRun> titleRuns, Optional<Link> section,
            List<Link> reporters, Optional<ImageViews.ImageView> image) {
    }

    /** A piece of a headline: {@code keep} when no line may break inside it ({@link TitleRuns}). */
    public record TitleRun(String text, boolean keep) {
    }

    /** A section on the front page: its link and its newest stories. */
    public record SectionGroup(Link section, List<Deferred<ArticleView>> articles) {
    }

    /** One row of the parallel view: paragraphs of the Chinese text beside their English translation (HTML). */
    public record ParallelRow(List<String> zh, List<String> en) {
    }

    /**
     * The zh and en texts of one story side by side, with the lead picture as each text shows it ({@code image} as
     * the Chinese, {@code enImage} as the English, whose caption and credit the page shows beside the Chinese ones;
     * none when the English text leads with another picture, whose words would be another photographer's).
     */
    public record ParallelView(String zhTitle, String enTitle, String zhLanguageTag, String enLanguageTag,
            String zhUrl, String enUrl, String otherUrl, String date, String dateDisplay,
            Deferred<List<ParallelRow>> rows, Optional<ImageViews.ImageView> image,
            Optional<ImageViews.ImageView> enImage) {
    }

    /**
     * The numbered pages of a list: the first, those around the current one and the front page, with a gap where
     * numbers are left out, so that a page links to a bounded number of others however long the list. It never holds
     * the count of pages, which every new page of a list would change: {@code shown} says only whether the list has
     * more than one numbered page, and so a pager.
     */
    public record Pager(int page, boolean shown, String prevUrl, String nextUrl, List<PageLink> links) {
    }

    /** A page number of a {@link Pager}; a gap has no URL and {@code …} as its label. */
    public record PageLink(int number, String label, String url, boolean current, boolean gap) {
    }

    /** A tag with its article count, for the tag index. */
    public record TagCount(String name, String url, int count, String textLang) {
    }

    /** An initial of a split tag or reporters index: its label, its page, how many names it has, whether shown. */
    public record TagInitial(String label, String url, int tags, boolean current) {
    }

    /**
     * A year or month of the archive with its article count; a year has its {@code months}, a month the headlines
     * of its newest stories ({@code articles}).
     */
    public record Period(String label, String url, int count, List<Period> months, List<Link> articles) {
    }

    /** The search page: where the index and the script are, and the same page in the other language. */
    public record SearchView(String indexUrl, String scriptUrl, String styleUrl, Optional<Link> other) {
    }
}
