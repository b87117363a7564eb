package dev.duet.render;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.model.ArticlePage;
import dev.duet.model.Permalinks;
import dev.duet.model.Translation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hreflang alternates of pages and sitemap entries: the same page in each language it exists in, as absolute
 * URLs, sorted by hreflang. Every page and the sitemap take them from here, so that they always agree.
 */
final class Alternates {

    private final SiteConfig config;

    Alternates(SiteConfig config) {
        this.config = config;
    }

    /** A page and, when it has one, the same page in the other language. */
    List<Views.Link> of(Translation page, Optional<Translation> other) {
        List<Views.Link> alternates = new ArrayList<>(2);
        alternates.add(link(page.title(), page));
        other.ifPresent(o -> alternates.add(link(o.title(), o)));
        return sorted(alternates);
    }

    /** Each language's home, with the landing page as x-default: the one set of alternates they share. */
    List<Views.Link> homes() {
        List<Views.Link> alternates = new ArrayList<>();
        for (LanguageConfig language : config.languages()) {
            alternates.add(new Views.Link("", url(Permalinks.home(language.code())), language.code(),
                    language.languageTag()));
        }
        alternates.add(new Views.Link("", url(""), "", "x-default"));
        return sorted(alternates);
    }

    /** The alternates of the landing page: each language's home by its title, in configured order, then itself. */
    List<Views.Link> landing() {
        List<Views.Link> alternates = new ArrayList<>();
        for (LanguageConfig language : config.languages()) {
            alternates.add(new Views.Link(language.title(), url(Permalinks.home(language.code())), language.code(),
                    language.languageTag()));
        }
        alternates.add(new Views.Link(config.languages().get(0).title(), url(""), "", "x-default"));
        return alternates;
    }

    /**
     * An article's sitemap alternates: both texts and, as x-default, the original in the first configured
     * language; none for an article without a translation.
     */
    List<Views.Link> ofSitemapEntry(ArticlePage article) {
        if (article.translation().isEmpty()) {
            return List.of();
        }
        Translation translation = article.translation().get();
        String original = article.lang().equals(config.languages().get(0).code()) ? article.path()
                : translation.path();
        List<Views.Link> alternates = new ArrayList<>(3);
        alternates.add(new Views.Link("", url(article.path()), article.lang(), article.languageTag()));
        alternates.add(new Views.Link("", url(translation.path()), translation.lang(), translation.languageTag()));
        alternates.add(new Views.Link("", url(original), "", "x-default"));
        return sorted(alternates);
    }

    private Views.Link link(String label, Translation page) {
        return new Views.Link(label, url(page.path()), page.lang(), page.languageTag());
    }

    private String url(String path) {
        return config.absoluteUrl(Permalinks.encode(path));
    }

    private static List<Views.Link> sorted(List<Views.Link> alternates) {
        alternates.sort(Comparator.comparing(Views.Link::hreflang));
        return alternates;
    }
}
