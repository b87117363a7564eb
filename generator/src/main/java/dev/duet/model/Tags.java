package dev.duet.model;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.Glossary;
import dev.duet.content.Slug;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the tags of a site come to: one key per keyword (its glossary English name, normalised), one slug per key
 * shared by both languages, and a page per tag and language linked to the same tag's page in the other language.
 */
final class Tags {

    private Tags() {
    }

    /**
     * One slug per tag key across both languages. Tags whose names make the same slug ({@code Food & Trade}, {@code
     * Food Trade}) are told apart by a number, and the tag whose first article is the oldest (by date, then by file)
     * keeps the plain slug: a new story's tag never takes the address, and the feed, of a tag published before it.
     * Each tag given a number is a warning, at its first article, that names the tag it yields to.
     */
    static Map<String, String> slugs(Glossary glossary, List<TranslationPairs.Group> groups,
            Map<ContentFile, String> paths, List<Problem> problems) {
        Map<String, String> slugSource = new HashMap<>();
        Map<String, FirstArticle> first = new HashMap<>();
        // A keyword gives the same key and name wherever it is: each is looked up once.
        Map<String, String> keys = new HashMap<>();
        for (TranslationPairs.Group group : groups) {
            for (ContentFile file : group.files()) {
                if (!paths.containsKey(file)) {
                    continue;
                }
                FirstArticle here = new FirstArticle(file.frontMatter().date().orElse(LocalDate.MAX), file.path());
                for (String keyword : file.frontMatter().tags()) {
                    String key = keys.computeIfAbsent(keyword, k -> {
                        Optional<Glossary.Entry> entry = glossary.find(k);
                        String found = key(k, entry);
                        slugSource.putIfAbsent(found, entry.map(Glossary.Entry::en).orElse(k));
                        return found;
                    });
                    first.merge(key, here, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        List<String> oldestFirst = new ArrayList<>(slugSource.keySet());
        oldestFirst.sort(Comparator.comparing((String key) -> first.get(key)).thenComparing(Comparator.naturalOrder()));
        Map<String, String> slugs = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (String key : oldestFirst) {
            String slug = Slug.forTag(slugSource.get(key));
            String candidate = slug;
            int n = 2;
            while (owners.putIfAbsent(candidate, key) != null) {
                candidate = slug + "-" + n++;
            }
            slugs.put(key, candidate);
            if (!candidate.equals(slug)) {
                problems.add(Problem.warning("content.tag-collision", first.get(key).path(), 0, "tag '"
                        + slugSource.get(key) + "' makes the same address as the older tag '"
                        + slugSource.get(owners.get(slug)) + "' (tags/" + slug + "/), so its pages are at tags/"
                        + candidate + "/, and move if the older tag goes: give both one name, or this one a"
                        + " glossary entry of its own"));
            }
        }
        return slugs;
    }

    /** Where a tag first appears: its oldest article's date (undated last), then that article's file. */
    private record FirstArticle(LocalDate date, String path) implements Comparable<FirstArticle> {

        @Override
        public int compareTo(FirstArticle other) {
            int byDate = date.compareTo(other.date);
            return byDate != 0 ? byDate : path.compareTo(other.path);
        }
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
