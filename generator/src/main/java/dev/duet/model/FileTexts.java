package dev.duet.model;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.FrontMatter;
import dev.duet.content.TranslationPairs;
import dev.duet.io.Parallel;
import dev.duet.io.WebAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of the article files ({@link ArticleTexts}), made once for a file's page and for its translation's link
 * to it, and the places of their pages ({@link ArticlePlace}): kept in memory, or in a {@link TextStore} for a
 * shard's build, which lists every article of the site.
 */
final class FileTexts {

    private final SiteConfig config;
    private final Optional<TextStore> store;
    /** The texts made for the files being assembled; read on every core while pages are made. */
    private Map<ContentFile, ArticleTexts> made = new IdentityHashMap<>();

    FileTexts(SiteConfig config) {
        this.config = config;
        this.store = config.shard().isPresent() ? Optional.of(open(config)) : Optional.empty();
    }

    private static TextStore open(SiteConfig config) {
        try {
            return TextStore.in(config.cacheDir(), config.siteDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the texts of the published files given, on every core, before their pages are made. */
    void makeAll(List<Map.Entry<TranslationPairs.Group, ContentFile>> published) {
        List<ArticleTexts> texts;
        try {
            texts = Parallel.map(config.threads(), published, entry -> of(entry.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ContentFile, ArticleTexts> all = new IdentityHashMap<>(published.size());
        for (int i = 0; i < texts.size(); i++) {
            all.put(published.get(i).getValue(), texts.get(i));
        }
        made = all;
    }

    /** Forgets the files given last: their pages hold their texts now. */
    void forget() {
        made = new IdentityHashMap<>();
    }

    /** The texts of a file, as made for it, else made now. */
    ArticleTexts of(ContentFile file) {
        ArticleTexts texts = made.get(file);
        if (texts != null) {
            return texts;
        }
        FrontMatter fm = file.frontMatter();
        Attribution attribution = new Attribution(fm.dateline(), fm.agency(), fm.reporters(), sourceUrl(fm),
                fm.sourceName());
        Optional<String> headline = fm.headline().filter(h -> !h.isBlank());
        Optional<String> correction = fm.publication().correction();
        return store.isPresent() ? store.get().put(fm.title(), headline, attribution, correction)
                : ArticleTexts.of(fm.title(), headline, attribution, correction);
    }

    /** The place of a file's page: kept in memory, or in the store for a shard's build. */
    ArticlePlace place(ArticlePlace.Kept place) {
        return store.isPresent() ? store.get().put(place) : place;
    }

    /** The source URL, when it is an http(s) URL. */
    static Optional<String> sourceUrl(FrontMatter fm) {
        // Quoted YAML keeps surrounding spaces; a URL with them is still the user's URL, but not a valid URI.
        return fm.sourceUrl().map(String::strip).filter(WebAddress::isWeb);
    }
}
