package dev.duet.model;

import dev.duet.content.Body;
import dev.duet.content.NewsTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article in one language, ready to render.
 *
 * @param key the translation key shared with its translation
 * @param lang {@code zh} or {@code en}
 * @param languageTag the BCP 47 tag of this page ({@code zh-Hans}, {@code zh-Hant}, {@code en})
 * @param texts the title, the long headline (when there is one), the attribution and the correction
 * @param published when the article was published: its day, and its time when the front matter gives one; empty
 *     for an undated article
 * @param place the page's path, the article file and its body, and the link to the translation
 *     ({@link #path()}, {@link #file()}, {@link #bodyLine()}, {@link #body()}, {@link #translation()})
 * @param tags the tags in this language
 * @param views the view count recorded at import
 * @param updated when the article was last changed after publishing, if it says
 * @param section the section the article is in, when it is in one
 * @param reporters the reporters as this language names them, each with the slug of their page
 * @param image the lead picture, when the article (or its translation) names one that can be shown
 * @param inline the pictures of the body that can be shown, by their addresses as written
 */
public record ArticlePage(
        String key,
        String lang,
        String languageTag,
        ArticleTexts texts,
        Optional<NewsTime> published,
        ArticlePlace place,
        List<Tag> tags,
        Optional<Integer> views,
        Optional<NewsTime> updated,
        Optional<Tag> section,
        List<Tag> reporters,
        Optional<ArticleImage> image,
        List<ArticleImage> inline) {

    public ArticlePage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(texts, "texts");
        tags = FewTags.copyOf(tags);
        reporters = List.copyOf(reporters);
        inline = List.copyOf(inline);
    }

    /** An article whose place is kept in memory. */
    public ArticlePage(String key, String lang, String languageTag, ArticleTexts texts,
            Optional<NewsTime> published, String path, Body body, String file, int bodyLine, List<Tag> tags,
            Optional<Integer> views, Optional<Translation> translation, Optional<NewsTime> updated,
            Optional<Tag> section, List<Tag> reporters, Optional<ArticleImage> image, List<ArticleImage> inline) {
        this(key, lang, languageTag, texts, published, new ArticlePlace.Kept(path, body, file, bodyLine, translation),
                tags, views, updated, section, reporters, image, inline);
    }

    /** An article whose texts are kept in memory. */
    public ArticlePage(String key, String lang, String languageTag, String title, Optional<String> headline,
            Optional<NewsTime> published, String path, Body body, String file, int bodyLine, List<Tag> tags,
            Attribution attribution, Optional<Integer> views, Optional<Translation> translation,
            Optional<NewsTime> updated, Optional<String> correction, Optional<Tag> section, List<Tag> reporters,
            Optional<ArticleImage> image, List<ArticleImage> inline) {
        this(key, lang, languageTag, ArticleTexts.of(title, headline, attribution, correction), published, path,
                body, file, bodyLine, tags, views, translation, updated, section, reporters, image, inline);
    }

    /** An article in no section, without reporter pages. */
    public ArticlePage(String key, String lang, String languageTag, String title, Optional<String> headline,
            Optional<LocalDate> date, String path, Body body, String file, int bodyLine, List<Tag> tags,
            Attribution attribution, Optional<Integer> views, Optional<Translation> translation,
            Optional<NewsTime> updated, Optional<String> correction) {
        this(key, lang, languageTag, title, headline, date.map(NewsTime::of), path, body, file, bodyLine, tags,
                attribution, views, translation, updated, correction, Optional.empty(), List.of(), Optional.empty(),
                List.of());
    }

    /** An article never updated or corrected since it was published, in no section, without pictures. */
    public ArticlePage(String key, String lang, String languageTag, String title, Optional<String> headline,
            Optional<LocalDate> date, String path, Body body, String file, int bodyLine, List<Tag> tags,
            Attribution attribution, Optional<Integer> views, Optional<Translation> translation) {
        this(key, lang, languageTag, title, headline, date, path, body, file, bodyLine, tags, attribution,
                views, translation, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** An article without pictures. */
    public ArticlePage(String key, String lang, String languageTag, String title, Optional<String> headline,
            Optional<LocalDate> date, String path, Body body, String file, int bodyLine, List<Tag> tags,
            Attribution attribution, Optional<Integer> views, Optional<Translation> translation,
            Optional<NewsTime> updated, Optional<String> correction, Optional<Tag> section, List<Tag> reporters) {
        this(key, lang, languageTag, title, headline, date.map(NewsTime::of), path, body, file, bodyLine, tags,
                attribution, views, translation, updated, correction, section, reporters, Optional.empty(), List.of());
    }

    /** The site-relative path of the page, ending in {@code /}; its last segment is the slug. */
    public String path() {
        return place.path();
    }

    /** The Markdown body ({@link #markdown()} for its text). */
    public Body body() {
        return place.body();
    }

    /** The article file, relative to the site, for messages. */
    public String file() {
        return place.file();
    }

    /** The line where the body starts in that file. */
    public int bodyLine() {
        return place.bodyLine();
    }

    /** The same story in the other language. */
    public Optional<Translation> translation() {
        return place.translation();
    }

    /** The title. */
    public String title() {
        return texts.title();
    }

    /** The long headline, when there is one. */
    public Optional<String> headline() {
        return texts.headline();
    }

    /** Dateline, agency, reporters and source. */
    public Attribution attribution() {
        return texts.attribution();
    }

    /** The correction it carries, in its language. */
    public Optional<String> correction() {
        return texts.correction();
    }

    /** The day of publication, as written; empty for an undated article. */
    public Optional<LocalDate> date() {
        return published.map(NewsTime::date);
    }

    /** The slug: the last segment of the page's path. */
    public String slug() {
        String path = path();
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /**
     * The Markdown text of the body as pages, feeds and the search index show it: without its HTML comments, which
     * are notes for editors ({@link dev.duet.content.HtmlComments}), nor the control characters no page can show.
     * For a large site, read from the file again.
     */
    public String markdown() {
        return dev.duet.content.HtmlComments.strip(dev.duet.io.ControlCharacters.strip(body().text()));
    }
}
