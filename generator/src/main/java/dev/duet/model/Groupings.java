package dev.duet.model;

import dev.duet.config.LanguageConfig;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.Glossary;
import dev.duet.content.SectionMap;
import dev.duet.content.Slug;
import dev.duet.content.TranslationPairs;
import dev.duet.io.Parallel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The newsroom's groupings of articles besides tags: each article's section (its front matter's {@code section:},
 * else its source URL's channel in the {@link SectionMap}) and its reporters (named as the glossary's
 * {@code people:} block names them in each language). Like a tag, each has one slug shared by both languages,
 * decided for the whole site in key order so that collisions resolve the same way on every run.
 */
final class Groupings {

    /** Path segments of a language's other pages, which a section's slug must not take. */
    private static final Set<String> RESERVED = Set.of("tags", "page", "search", "archive", "undated", "reporters",
            "feed.xml", "404.html", "parallel", "tag-index",
            "reporter-index", "sections");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final SiteConfig config;
    private final Glossary glossary;
    private final Map<String, String> sectionSlugs = new HashMap<>();
    /** The files whose names are found at once in {@link #decideSlugs}. */
    private static final int FILES_AT_ONCE = 1 << 16;

    private final Map<String, String> reporterSlugs = new HashMap<>();
    private final Map<Tag, Tag> instances = new HashMap<>();
    /**
     * Each file's section as its front matter and source URL name it, found once: finding it parses the URL, and
     * deciding the slugs and making the pages both ask.
     */
    private final Map<ContentFile, Named> namedSections = new java.util.IdentityHashMap<>();
    /** The mark of a file in no section in {@link #namedSections}: one {@code Optional} a file would take 16 bytes. */
    private static final Named NO_SECTION = new Named("", "", "", "");
    /** Each section, by the name an article gives it or by its mapping's entry: one instance each. */
    private final Map<String, Named> sectionNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<SectionMap.Entry, Named> mappedSections = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each reporter's name as written, looked up once: most names are on many articles. */
    private final Map<String, Person> people = new java.util.concurrent.ConcurrentHashMap<>();

    Groupings(SiteConfig config, Glossary glossary) {
        this.config = config;
        this.glossary = glossary;
    }

    /**
     * Decides every section's and reporter's slug from the published files. What each file names is found on
     * every core (finding a section parses the source URL); the slugs are then decided in file order.
     */
    void decideSlugs(List<Map.Entry<TranslationPairs.Group, ContentFile>> published) {
        Map<String, String> sections = new TreeMap<>();
        Map<String, String> reporters = new TreeMap<>();
        // A share of the files at a time: what a file names takes about a hundred bytes until it is taken in.
        for (int start = 0; start < published.size(); start += FILES_AT_ONCE) {
            List<Map.Entry<TranslationPairs.Group, ContentFile>> share = published.subList(start,
                    Math.min(published.size(), start + FILES_AT_ONCE));
            List<FileNames> names;
            try {
                names = Parallel.map(config.threads(), share, entry -> new FileNames(
                        findSection(entry.getKey(), entry.getValue()), reporterSlugs(entry.getKey(), entry.getValue())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (int i = 0; i < share.size(); i++) {
                FileNames found = names.get(i);
                synchronized (namedSections) {
                    namedSections.put(share.get(i).getValue(), found.section().orElse(NO_SECTION));
                }
                found.section().ifPresent(s -> sections.putIfAbsent(s.key(), s.preferredSlug()));
                found.reporters().forEach(r -> reporters.putIfAbsent(r.getKey(), r.getValue()));
            }
        }
        assign(sections, sectionSlugs);
        assign(reporters, reporterSlugs);
    }

    /** What a file names: its section, and each reporter's key with the slug it asks for. */
    private record FileNames(Optional<Named> section, List<Map.Entry<String, String>> reporters) {
    }

    private List<Map.Entry<String, String>> reporterSlugs(TranslationPairs.Group group, ContentFile file) {
        List<Map.Entry<String, String>> slugs = new ArrayList<>();
        for (String name : reporterNames(group, file)) {
            Person person = person(name);
            slugs.add(Map.entry(person.key(), person.preferredSlug()));
        }
        return slugs;
    }

    /** A reporter as a name is written: the glossary's entry, the key, and the slug the name asks for. */
    private record Person(Optional<Glossary.Entry> entry, String key, String preferredSlug) {
    }

    /**
     * A reporter as a name is written, one person however the name's characters are written: 陳嘉 is 陈嘉, the
     * glossary's or not, and the page keeps the address the name first asks for.
     */
    private Person person(String name) {
        return people.computeIfAbsent(name, n -> {
            String simplified = dev.duet.io.TraditionalFold.text(n);
            Optional<Glossary.Entry> entry = glossary.findPerson(n);
            return new Person(entry, reporterKey(simplified, entry),
                    Slug.forTag(entry.map(Glossary.Entry::en).orElse(n)));
        });
    }

    /** Takes the slugs of a site assembled before, for a patch that must keep every page's address. */
    void keepSlugs(Site previous) {
        for (LanguageSite language : previous.languages()) {
            language.sections().forEach(p -> sectionSlugs.put(p.tag().key(), p.tag().slug()));
            language.reporters().forEach(p -> reporterSlugs.put(p.tag().key(), p.tag().slug()));
        }
    }

    private static void assign(Map<String, String> preferred, Map<String, String> slugs) {
        Set<String> used = new HashSet<>();
        preferred.forEach((key, slug) -> {
            String base = slug.isEmpty() ? "x" : slug;
            String candidate = base;
            int n = 2;
            while (!used.add(candidate)) {
                candidate = base + "-" + n++;
            }
            slugs.put(key, candidate);
        });
    }

    /** A section as the files name it: its key, its names, and the slug it asks for. */
    private record Named(String key, String zh, String en, String preferredSlug) {
    }

    /**
     * An article's section: its own front matter's {@code section:}, else the one its story's other language names
     * (an editor's choice is the story's), else its source URL's channel.
     */
    private Optional<Named> sectionOf(TranslationPairs.Group story, ContentFile file) {
        Named named;
        synchronized (namedSections) {
            named = namedSections.computeIfAbsent(file, f -> findSection(story, f).orElse(NO_SECTION));
        }
        return named == NO_SECTION ? Optional.empty() : Optional.of(named);
    }

    private Optional<Named> findSection(TranslationPairs.Group story, ContentFile file) {
        Optional<String> chosen = file.frontMatter().section();
        for (ContentFile other : story.files()) {
            if (chosen.isPresent()) {
                break;
            }
            chosen = other.frontMatter().section();
        }
        SectionMap map = glossary.sections();
        if (chosen.isPresent()) {
            String name = chosen.get();
            // A name the mapping does not know is a section of its own.
            return Optional.of(map.named(name).map(this::named).orElseGet(() -> sectionNames.computeIfAbsent(name,
                    n -> new Named(Glossary.normalize(n), n, n, sectionSlug(Slug.forTag(n))))));
        }
        return file.frontMatter().sourceUrl().flatMap(map::ofSource).map(this::named);
    }

    /** The section of a mapping's entry: one instance for all its articles. */
    private Named named(SectionMap.Entry entry) {
        return mappedSections.computeIfAbsent(entry,
                e -> new Named("section:" + e.slug(), e.zh(), e.en(), sectionSlug(e.slug())));
    }

    /** A section's page is {@code /zh/<slug>/}: a slug that would take another page's address gets a prefix. */
    private static String sectionSlug(String slug) {
        return RESERVED.contains(slug) || DIGITS.matcher(slug).matches() ? "section-" + slug : slug;
    }

    /** The article's section in its language; empty when it has none (or its slug was not decided). */
    Optional<Tag> section(TranslationPairs.Group story, ContentFile file, LanguageConfig language) {
        return sectionOf(story, file).flatMap(s -> Optional.ofNullable(sectionSlugs.get(s.key()))
                .map(slug -> instance(new Tag(s.key(), slug, language.isChinese() ? s.zh() : s.en()))));
    }

    /**
     * The names an article is credited to: its own dateline's, else those of its story's other language, so that a
     * translation whose dateline names no reporter (an English wire dateline) is credited to the story's reporters.
     * A dateline of its own is joined by the other language's reporters the glossary names in both languages (a
     * Chinese dateline's 陈嘉 beside an English {@code By Xu Wei}); a name it does not know may be one of the
     * article's own written in the other language's way, and is left to that version.
     */
    private List<String> reporterNames(TranslationPairs.Group story, ContentFile file) {
        List<String> own = file.frontMatter().reporters();
        if (own.isEmpty()) {
            return story.files().stream().map(other -> other.frontMatter().reporters())
                    .filter(names -> !names.isEmpty()).findFirst().orElse(List.of());
        }
        List<String> names = null;
        for (ContentFile other : story.files()) {
            if (other == file) {
                continue;
            }
            for (String name : other.frontMatter().reporters()) {
                Person person = person(name);
                if (person.entry().isPresent() && own.stream().noneMatch(n -> person(n).key().equals(person.key()))
                        && (names == null || names.stream().noneMatch(n -> person(n).key().equals(person.key())))) {
                    if (names == null) {
                        names = new ArrayList<>(own);
                    }
                    names.add(name);
                }
            }
        }
        return names == null ? own : names;
    }

    /** The article's reporters in its language, once each; empty when a slug was not decided. */
    Optional<List<Tag>> reporters(TranslationPairs.Group story, ContentFile file, LanguageConfig language) {
        List<Tag> reporters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : reporterNames(story, file)) {
            Person person = person(name);
            Optional<Glossary.Entry> entry = person.entry();
            String key = person.key();
            String slug = reporterSlugs.get(key);
            if (slug == null) {
                return Optional.empty();
            }
            if (seen.add(key)) {
                // A name without an English form keeps its Chinese form.
                String shown = entry.map(e -> language.isChinese() ? e.zh() : e.en()).orElse(name.strip());
                reporters.add(instance(new Tag(key, slug, shown)));
            }
        }
        return Optional.of(reporters);
    }

    /** The place a withdrawn file keeps in the lists it was on: its tags', section's and reporters' keys. */
    WithdrawnPlace withdrawnPlace(TranslationPairs.Group story, ContentFile file, String path,
            Optional<dev.duet.content.NewsTime> published) {
        Set<String> tags = new java.util.LinkedHashSet<>();
        file.frontMatter().tags().forEach(keyword -> tags.add(Tags.key(keyword, glossary.find(keyword))));
        Set<String> reporters = new java.util.LinkedHashSet<>();
        reporterNames(story, file).forEach(name -> reporters.add(person(name).key()));
        return new WithdrawnPlace(published, story.key(), path, List.copyOf(tags),
                sectionOf(story, file).map(Named::key), List.copyOf(reporters));
    }

    /** Whether every section and reporter of this front matter has a slug already (a patch can keep the site). */
    boolean decided(TranslationPairs.Group story, ContentFile file) {
        return sectionOf(story, file).map(s -> sectionSlugs.containsKey(s.key())).orElse(true)
                && reporterNames(story, file).stream().allMatch(n -> reporterSlugs.containsKey(person(n).key()));
    }

    private static String reporterKey(String name, Optional<Glossary.Entry> entry) {
        return Glossary.normalize(entry.map(Glossary.Entry::en).orElse(name));
    }

    private Tag instance(Tag tag) {
        synchronized (instances) {
            return instances.computeIfAbsent(tag, t -> t);
        }
    }

    /** The section pages of a language in the mapping's order (the others after them, by slug), each linked to the same section in the other language. */
    List<TagPage> sectionPages(LanguageConfig language, List<ArticlePage> articles,
            Map<String, List<ArticlePage>> byLang) {
        List<TagPage> pages = new ArrayList<>(pages(language, articles, byLang,
                a -> a.section().map(List::of).orElse(List.of()), Permalinks::section));
        pages.sort(Comparator.comparingInt((TagPage p) -> glossary.sections().rank(p.tag().slug())));
        return pages;
    }

    /** The reporter pages of a language, sorted by slug. */
    List<TagPage> reporterPages(LanguageConfig language, List<ArticlePage> articles,
            Map<String, List<ArticlePage>> byLang) {
        return pages(language, articles, byLang, ArticlePage::reporters, Permalinks::reporter);
    }

    private List<TagPage> pages(LanguageConfig language, List<ArticlePage> articles,
            Map<String, List<ArticlePage>> byLang, Function<ArticlePage, List<Tag>> of,
            BiFunction<String, String, String> path) {
        Map<String, List<ArticlePage>> byKey = new HashMap<>();
        Map<String, Tag> first = new HashMap<>();
        for (ArticlePage article : articles) {
            for (Tag tag : of.apply(article)) {
                byKey.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(article);
                first.putIfAbsent(tag.key(), tag);
            }
        }
        // The same key's name and slug in each other language, found in one walk of its articles.
        Map<LanguageConfig, Map<String, Tag>> elsewhere = new HashMap<>();
        for (LanguageConfig other : config.languages()) {
            if (!other.code().equals(language.code())) {
                Map<String, Tag> there = new HashMap<>();
                byLang.getOrDefault(other.code(), List.of())
                        .forEach(a -> of.apply(a).forEach(t -> there.putIfAbsent(t.key(), t)));
                elsewhere.put(other, there);
            }
        }
        List<TagPage> pages = new ArrayList<>();
        byKey.forEach((key, list) -> {
            Tag tag = first.get(key);
            Optional<Translation> translation = Optional.empty();
            for (Map.Entry<LanguageConfig, Map<String, Tag>> other : elsewhere.entrySet()) {
                Tag there = other.getValue().get(key);
                if (there != null) {
                    translation = Optional.of(new Translation(other.getKey().code(), other.getKey().languageTag(),
                            path.apply(other.getKey().code(), there.slug()), there.name()));
                }
            }
            pages.add(new TagPage(tag, path.apply(language.code(), tag.slug()), list, translation));
        });
        pages.sort(Comparator.comparing((TagPage p) -> p.tag().slug()));
        return pages;
    }
}
