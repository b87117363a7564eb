package dev.duet.model;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.Glossary;
import dev.duet.content.Slug;
import dev.duet.content.TranslationPairs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the tags of a site come to: one key per keyword (its glossary English name, normalised), one slug per key
 * shared by both languages, and a page per tag and language linked to the same tag's page in the other language.
 */
final class Tags {

    private Tags() {
    }

    /** One slug per tag key across both languages, decided in key order so that collisions resolve the same way. */
    static Map<String, String> slugs(Glossary glossary, List<TranslationPairs.Group> groups,
            Map<ContentFile, String> paths) {
        Map<String, String> slugSource = new TreeMap<>();
        // A keyword gives the same key and name wherever it is: each is looked up once.
        Set<String> keywords = new HashSet<>();
        for (TranslationPairs.Group group : groups) {
            for (ContentFile file : group.files()) {
                if (!paths.containsKey(file)) {
                    continue;
                }
                for (String keyword : file.frontMatter().tags()) {
                    if (!keywords.add(keyword)) {
                        continue;
                    }
                    Optional<Glossary.Entry> entry = glossary.find(keyword);
                    String key = key(keyword, entry);
                    slugSource.putIfAbsent(key, entry.map(Glossary.Entry::en).orElse(keyword));
                }
            }
        }
        Map<String, String> slugs = new HashMap<>();
        Set<String> used = new HashSet<>();
        slugSource.forEach((key, name) -> {
            String slug = Slug.forTag(name);
            String candidate = slug;
            int n = 2;
            while (!used.add(candidate)) {
                candidate = slug + "-" + n++;
            }
            slugs.put(key, candidate);
        });
        return slugs;
    }

    /** A tag's key: its glossary entry's English name, else the keyword itself, normalised. */
    static String key(String keyword, Optional<Glossary.Entry> entry) {
        return Glossary.normalize(entry.map(Glossary.Entry::en).orElse(keyword));
    }

    /** A language's tag pages, by slug, each with its articles in the language's order. */
    static List<TagPage> pages(SiteConfig config, LanguageConfig language, List<ArticlePage> articles,
            Map<String, Map<String, Tag>> tagsByLang) {
        Map<String, List<ArticlePage>> byKey = new HashMap<>();
        Map<String, Tag> firstTag = new HashMap<>();
        for (ArticlePage article : articles) {
            for (Tag tag : article.tags()) {
                byKey.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(article);
                firstTag.putIfAbsent(tag.key(), tag);
            }
        }
        List<TagPage> pages = new ArrayList<>();
        for (Map.Entry<String, List<ArticlePage>> entry : byKey.entrySet()) {
            Tag tag = firstTag.get(entry.getKey());
            Optional<Translation> translation = Optional.empty();
            for (LanguageConfig other : config.languages()) {
                if (other.code().equals(language.code())) {
                    continue;
                }
                Tag otherTag = tagsByLang.getOrDefault(other.code(), Map.of()).get(tag.key());
                if (otherTag != null) {
                    translation = Optional.of(new Translation(other.code(), other.languageTag(),
                            Permalinks.tag(other.code(), otherTag.slug()), otherTag.name()));
                }
            }
            pages.add(new TagPage(tag, Permalinks.tag(language.code(), tag.slug()), entry.getValue(), translation));
        }
        pages.sort(Comparator.comparing((TagPage p) -> p.tag().slug()));
        return pages;
    }
}
