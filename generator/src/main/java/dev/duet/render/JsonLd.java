package dev.duet.render;

import dev.duet.config.SiteConfig;
import dev.duet.model.ArticlePage;
import dev.duet.model.Permalinks;
import dev.duet.io.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org {@code NewsArticle} metadata for an article page, linking the two languages with
 * {@code workTranslation} / {@code translationOfWork} (the Chinese text is the original).
 */
final class JsonLd {

    private JsonLd() {
    }

    /** The lead picture as a schema.org {@code ImageObject}: its largest copy, with its size and caption. */
    private static Map<String, Object> image(ImageViews.ImageView image) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@type", "ImageObject");
        json.put("url", image.absoluteUrl());
        if (image.width() > 0) {
            json.put("width", image.width());
            json.put("height", image.height());
        }
        if (!image.caption().isEmpty()) {
            json.put("caption", image.caption());
        }
        if (!image.credit().isEmpty()) {
            json.put("creditText", image.credit());
        }
        return json;
    }

    /**
     * The metadata of an article's page; {@code siteTitle} is the site's title as that page shows it, and a
     * Traditional article names its section and keywords in Traditional characters, as its page does.
     */
    static String newsArticle(ArticlePage article, String url, SiteConfig config, String siteTitle) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("headline", article.title());
        article.headline().ifPresent(h -> json.put("alternativeHeadline", h));
        json.put("inLanguage", article.languageTag());
        json.put("url", url);
        json.put("mainEntityOfPage", object("@type", "WebPage", "@id", url));
        article.published().ifPresent(at -> {
            json.put("datePublished", Dates.timestamp(at));
            json.put("dateModified", article.updated().map(Dates::timestamp).orElse(Dates.timestamp(at)));
        });
        article.section().ifPresent(s -> json.put("articleSection", TraditionalSite.name(article, s.name())));
        List<Object> authors = new ArrayList<>();
        // Each reporter with a page of their own is a Person at that page's address.
        for (var reporter : article.reporters()) {
            authors.add(object("@type", "Person", "name", reporter.name(), "url",
                    config.absoluteUrl(Permalinks.encode(Permalinks.reporter(article.lang(), reporter.slug())))));
        }
        if (article.reporters().isEmpty()) {
            for (String reporter : article.attribution().reporters()) {
                authors.add(object("@type", "Person", "name", reporter));
            }
        }
        if (authors.isEmpty()) {
            article.attribution().agency().ifPresent(a -> authors.add(object("@type", "Organization", "name",
                    TraditionalSite.name(article, a))));
        }
        if (!authors.isEmpty()) {
            json.put("author", authors);
        }
        // The site publishes the story; the agency that filed it is its source, as its reporters' employer.
        json.put("publisher", object("@type", "Organization", "name", siteTitle, "url",
                config.absoluteUrl(Permalinks.home(article.lang()))));
        article.attribution().agency().ifPresent(a -> json.put("sourceOrganization", object("@type", "Organization",
                "name", TraditionalSite.name(article, a))));
        if (!article.tags().isEmpty()) {
            json.put("keywords", article.tags().stream().map(t -> TraditionalSite.name(article, t.name())).toList());
        }
        ImageViews.of(article.image(), config).ifPresent(image -> json.put("image", image(image)));
        article.attribution().sourceUrl().ifPresent(u -> json.put("isBasedOn", u));
        article.translation().ifPresent(t -> {
            Map<String, Object> other = new LinkedHashMap<>();
            other.put("@type", "NewsArticle");
            other.put("@id", config.absoluteUrl(Permalinks.encode(t.path())));
            other.put("headline", t.title());
            other.put("inLanguage", t.languageTag());
            json.put(article.lang().equals("zh") ? "workTranslation" : "translationOfWork", other);
        });
        return Json.write(json);
    }

    /** A JSON object with its keys in the given order (Map.of would order them differently from run to run). */
    private static Map<String, Object> object(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
