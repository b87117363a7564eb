package dev.duet.model;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole site as the render stage sees it: one {@link LanguageSite} per configured language, each page knowing
 * its translation, and what it holds besides its published articles ({@link Lifecycle}). Feeds, sitemaps and pages
 * are all renderings of this one model.
 */
public record Site(SiteConfig config, List<LanguageSite> languages, List<Problem> problems, Lifecycle lifecycle) {

    public Site {
        languages = List.copyOf(languages);
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** A site with nothing withdrawn, redirected or scheduled. */
    public Site(SiteConfig config, List<LanguageSite> languages, List<Problem> problems) {
        this(config, languages, problems, Lifecycle.NONE);
    }

    public Optional<LanguageSite> find(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Assembles the model from paired article files; problems found on the way are kept in the site. */
    public static Site assemble(SiteConfig config, List<dev.duet.content.TranslationPairs.Group> groups,
            dev.duet.content.Glossary glossary) {
        return new Assembler(config, glossary).assemble(groups);
    }

    /**
     * Assembles the model from paired article files and the pictures the build could publish; problems found on
     * the way are kept in the site.
     */
    public static Site assemble(SiteConfig config, List<dev.duet.content.TranslationPairs.Group> groups,
            dev.duet.content.Glossary glossary, dev.duet.image.ImageCatalog images) {
        return new Assembler(config, glossary, images, DeletedPlaces.none()).assemble(groups);
    }

    /** The same, with the places of deleted stories kept in their lists ({@link DeletedPlaces}). */
    public static Site assemble(SiteConfig config, List<dev.duet.content.TranslationPairs.Group> groups,
            dev.duet.content.Glossary glossary, dev.duet.image.ImageCatalog images, DeletedPlaces deleted) {
        return new Assembler(config, glossary, images, deleted).assemble(groups);
    }

    /**
     * The page each published article file would have, by the file's path relative to the site, without making the
     * pages: for tools that only link to them.
     */
    public static Map<String, String> pagePaths(SiteConfig config,
            List<dev.duet.content.TranslationPairs.Group> groups) {
        Map<String, String> pages = new java.util.HashMap<>();
        new Assembler(config, dev.duet.content.Glossary.empty()).paths(groups)
                .forEach((file, path) -> pages.put(file.path(), path));
        return pages;
    }

    /**
     * This site with the pages of the given translation groups made again from their (edited) files, when the edit
     * leaves every address, date, tag and translation as it was; empty when the site must be assembled anew. A
     * preview uses it to rebuild an edited article without assembling the whole site.
     */
    public Optional<Site> patch(List<dev.duet.content.TranslationPairs.Group> changed,
            dev.duet.content.Glossary glossary) {
        return new Assembler(config, glossary).patch(this, changed);
    }

    /**
     * The site of articles already made as pages, without assembling them from files: each language's articles in
     * site order, a tag page for each of their tags (with no translation), no problems. For tools and tests that
     * make a model directly.
     */
    public static Site of(SiteConfig config, Collection<ArticlePage> articles) {
        List<LanguageSite> languages = new ArrayList<>();
        for (LanguageConfig language : config.languages()) {
            List<ArticlePage> list = new ArrayList<>(articles.stream()
                    .filter(a -> a.lang().equals(language.code())).toList());
            LanguageSite.sort(list);
            Map<String, List<ArticlePage>> byTag = new TreeMap<>();
            Map<String, Tag> tags = new TreeMap<>();
            for (ArticlePage a : list) {
                for (Tag t : a.tags()) {
                    byTag.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(a);
                    tags.put(t.slug(), t);
                }
            }
            List<TagPage> tagPages = tags.values().stream().map(t -> new TagPage(t,
                    Permalinks.tag(language.code(), t.slug()), byTag.get(t.slug()), Optional.empty())).toList();
            languages.add(new LanguageSite(language, list, tagPages));
        }
        return new Site(config, languages, List.of());
    }

    public int articleCount() {
        return languages.stream().mapToInt(l -> l.articles().size()).sum();
    }
}
