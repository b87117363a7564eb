package dev.duet.model;

import dev.duet.config.LanguageConfig;
import dev.duet.config.MissingTranslation;
import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.FrontMatter;
import dev.duet.content.Glossary;
import dev.duet.content.NewsTime;
import dev.duet.content.Slug;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.image.ImageCatalog;
import dev.duet.io.Parallel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns paired article files into the page model: decides each page's path, links translations both ways, and groups
 * articles by tag with one slug per tag shared by both languages (and by section and reporter: {@link Groupings}).
 */
final class Assembler {

    /** The pages made at once, about: see {@link #pages}. */
    private static final int PAGES_AT_ONCE = 1 << 16;

    private final SiteConfig config;
    private final Glossary glossary;
    private final ImageCatalog images;
    private final List<Problem> problems = new ArrayList<>();
    /** One instance of each distinct tag (a large site's articles share a few thousand), made on every core. */
    private final Map<Tag, Tag> tagInstances = new java.util.concurrent.ConcurrentHashMap<>();
    private final Groupings groupings;
    /** The texts of the published files. */
    private final FileTexts texts;
    /** The days, view counts, sections and reporters that articles share. */
    private final SharedValues shared = new SharedValues();
    /** The places of deleted stories, which keep them as withdrawn stories keep theirs. */
    private final DeletedPlaces deleted;

    Assembler(SiteConfig config, Glossary glossary) {
        this(config, glossary, ImageCatalog.empty(), DeletedPlaces.none());
    }

    Assembler(SiteConfig config, Glossary glossary, ImageCatalog images, DeletedPlaces deleted) {
        this.deleted = deleted;
        this.config = config;
        this.glossary = glossary;
        this.groupings = new Groupings(config, glossary);
        this.images = images;
        this.texts = new FileTexts(config);
    }

    Site assemble(List<TranslationPairs.Group> groups) {
        Map<ContentFile, String> paths = paths(groups);
        untranslated(groups, paths);
        LifecycleAssembler lifecycles = new LifecycleAssembler(config, problems);
        Set<String> deletedEnglish = new HashSet<>();
        deleted.stories().forEach((story, languages) -> {
            if (languages.containsKey("en")) {
                deletedEnglish.add(story);
            }
        });
        Lifecycle lifecycle = lifecycles.assemble(groups, paths, this::claimPath, deletedEnglish);
        Map<String, String> tagSlugs = Tags.slugs(glossary, groups, paths, problems);
        PublishedFiles published = PublishedFiles.of(groups, paths);
        groupings.decideSlugs(published);
        // A withdrawn article keeps its place in the lists it was on.
        Map<String, List<WithdrawnPlace>> withdrawn = new HashMap<>();
        for (LifecycleAssembler.WithdrawnFile file : lifecycles.withdrawnFiles()) {
            withdrawn.computeIfAbsent(file.file().frontMatter().lang(), k -> new ArrayList<>()).add(groupings
                    .withdrawnPlace(file.group(), file.file(), file.path(), published(file.file().frontMatter())));
        }
        deleted.keptBeside(groups).forEach(p -> withdrawn.computeIfAbsent(p.lang(), k -> new ArrayList<>())
                .add(p.place()));
        withdrawn.values().forEach(places -> places.sort(WithdrawnPlace.ORDER));
        Map<String, List<ArticlePage>> byLang = new LinkedHashMap<>();
        pages(published, paths, tagSlugs, byLang);
        List<LanguageSite> sites = new ArrayList<>();
        Map<String, Map<String, Tag>> tagsByLang = new HashMap<>();
        for (LanguageConfig language : config.languages()) {
            List<ArticlePage> articles = new ArrayList<>(byLang.getOrDefault(language.code(), List.of()));
            LanguageSite.sort(articles);
            byLang.put(language.code(), articles);
            Map<String, Tag> tags = new HashMap<>();
            articles.forEach(a -> a.tags().forEach(t -> tags.putIfAbsent(t.key(), t)));
            tagsByLang.put(language.code(), tags);
        }
        for (LanguageConfig language : config.languages()) {
            List<ArticlePage> articles = byLang.get(language.code());
            sites.add(new LanguageSite(language, articles, Tags.pages(config, language, articles, tagsByLang),
                    groupings.sectionPages(language, articles, byLang),
                    groupings.reporterPages(language, articles, byLang),
                    withdrawn.getOrDefault(language.code(), List.of()), Leads.of(config, groups, articles)));
        }
        Leads.tellUnshown(config, groups, sites, problems);
        return new Site(config, sites, problems, lifecycle);
    }

    private String claimPath(ContentFile file, TranslationPairs.Group group, Map<String, String> taken) {
        FrontMatter fm = file.frontMatter();
        String slug = slugOf(file, group);
        if (fm.slug().isPresent() && !fm.slug().map(Slug::clean).get().equals(fm.slug().get())) {
            String clean = fm.slug().map(Slug::clean).get();
            boolean decomposed = clean.equals(java.text.Normalizer.normalize(fm.slug().get(),
                    java.text.Normalizer.Form.NFC));
            problems.add(Problem.warning("content.slug", file.path(), 0, "slug '" + fm.slug().get() + (decomposed
                    ? "' is written with letters and their accents apart (Unicode NFD), as some Macs save text; using"
                    + " them joined, as every other page writes them" : "' is not a safe URL segment; using '"
                    + slug + "'")));
        }
        if (fm.date().isEmpty()) {
            problems.add(Problem.warning("content.no-date", file.path(), 0,
                    "no date, so the page is listed as undated; add 'date: \"YYYY-MM-DD\"' to the front matter"));
        }
        String base = Permalinks.article(fm.lang(), fm.date(), slug);
        String path = base;
        int n = 2;
        while (taken.putIfAbsent(path, file.path()) != null) {
            path = Permalinks.article(fm.lang(), fm.date(), slug + "-" + n++);
        }
        if (!path.equals(base)) {
            problems.add(Problem.error("content.duplicate-slug", file.path(), 0, "another " + fm.lang()
                    + " article, " + taken.get(base) + ", published no later, already has the address /" + base
                    + "; this one is published at /" + path + " — give this one its own 'slug:'"));
        }
        return path;
    }

    /** The slug a file asks for: its front matter's, else its file name's, else one made from its group's key. */
    static String slugOf(ContentFile file, TranslationPairs.Group group) {
        String slug = file.frontMatter().slug().map(Slug::clean).orElse("");
        if (slug.isEmpty()) {
            // The file name is the slug when the front matter has none: articles/2024/<slug>.zh.md, or the
            // folder's name for a folder of its own: articles/2024/<slug>/index.zh.md.
            String pair = file.pairName();
            String name = pair.substring(pair.lastIndexOf('/') + 1);
            if (name.equals("index") && pair.lastIndexOf('/') > 0) {
                String folder = pair.substring(0, pair.lastIndexOf('/'));
                name = folder.substring(folder.lastIndexOf('/') + 1);
            }
            slug = Slug.clean(name);
            if (slug.isEmpty()) {
                slug = "article-" + Slug.shortHash(group.key());
            }
        }
        return slug;
    }

    /**
     * First pass: one path per published file, so that translations can link to each other. Of two articles that
     * ask for one address, the one published first keeps it, whatever their files are called: a new story whose
     * slug repeats an older one's never takes over the older one's page and feed entry.
     */
    Map<ContentFile, String> paths(List<TranslationPairs.Group> groups) {
        Map<ContentFile, String> paths = new java.util.IdentityHashMap<>();
        Map<String, String> taken = new HashMap<>();
        Publishing publishing = new Publishing(config, groups);
        List<Claim> live = new ArrayList<>();
        for (TranslationPairs.Group group : groups) {
            for (ContentFile file : group.files()) {
                if (!publishing.isLive(file, group) || config.findLanguage(file.frontMatter().lang()).isEmpty()
                        || config.skipDuplicates() && file.frontMatter().duplicateOf().isPresent()) {
                    continue;
                }
                live.add(new Claim(file.frontMatter().publication().publishedOrLast(), file, group));
            }
        }
        // Stable: files published at the same moment claim in the groups' order, as before.
        live.sort(java.util.Comparator.comparing(Claim::at));
        live.forEach(c -> paths.put(c.file(), claimPath(c.file(), c.group(), taken)));
        return paths;
    }

    /** A live file's claim to an address, with the moment it was published, worked out once for the sort. */
    private record Claim(java.time.Instant at, ContentFile file, TranslationPairs.Group group) {
    }

    /**
     * Applies {@code missingTranslation} to the stories published in one language only: {@code hide} leaves them
     * out, {@code fail} makes each an error (it is published, as the rest of the site is).
     */
    private void untranslated(List<TranslationPairs.Group> groups, Map<ContentFile, String> paths) {
        MissingTranslation policy = config.missingTranslation();
        if (policy != MissingTranslation.HIDE && policy != MissingTranslation.FAIL) {
            return;
        }
        for (TranslationPairs.Group group : groups) {
            List<ContentFile> published = group.files().stream().filter(paths::containsKey).toList();
            if (published.size() != 1) {
                continue;
            }
            ContentFile only = published.get(0);
            if (policy == MissingTranslation.HIDE) {
                paths.remove(only);
            } else {
                String other = only.frontMatter().lang().equals("zh") ? "English" : "Chinese";
                problems.add(Problem.error("build.missing-translation", only.path(), 0, "no " + other + " version,"
                        + " and <missingTranslation> is fail: translate it, or set -Dduet.missingTranslation to allow,"
                        + " notice or hide"));
            }
        }
    }

    /**
     * The previous site with the pages of {@code changed} groups made again from their files, when the change
     * leaves the site's structure as it was: every page keeps its address, date, tags and translation, so every
     * list keeps its order and every page its neighbours. Empty when the change is structural (or a file is new,
     * a draft, or in another language), and the whole site must be assembled.
     */
    Optional<Site> patch(Site previous, List<TranslationPairs.Group> changed) {
        Map<String, String> tagSlugs = new HashMap<>();
        previous.languages().forEach(l -> l.tags().forEach(t -> tagSlugs.put(t.tag().key(), t.tag().slug())));
        groupings.keepSlugs(previous);
        Map<ArticlePage, ArticlePage> replaced = new java.util.IdentityHashMap<>();
        Set<String> changedFiles = new HashSet<>();
        Set<String> redirected = new HashSet<>();
        previous.lifecycle().redirects().forEach(r -> redirected.add(r.file()));
        for (TranslationPairs.Group group : changed) {
            if (Leads.changes(config, group, previous)) {
                return Optional.empty();
            }
            Map<ContentFile, String> paths = new java.util.IdentityHashMap<>();
            Map<ContentFile, ArticlePage> before = new java.util.IdentityHashMap<>();
            for (ContentFile file : group.files()) {
                FrontMatter fm = file.frontMatter();
                Optional<ArticlePage> old = Publishing.isDraft(config, fm) ? Optional.empty() : previous.find(fm.lang())
                        .flatMap(l -> l.articles().stream().filter(a -> a.key().equals(group.key())).findFirst());
                // A story withdrawn, scheduled or given old addresses changes pages besides its own.
                if (old.isEmpty() || !old.get().file().equals(file.path()) || !isPlain(fm)
                        || redirected.contains(file.path())
                        || !Permalinks.article(fm.lang(), fm.date(), slugOf(file, group)).equals(old.get().path())) {
                    return Optional.empty();
                }
                paths.put(file, old.get().path());
                before.put(file, old.get());
                changedFiles.add(file.path());
            }
            for (ContentFile file : group.files()) {
                if (!groupings.decided(group, file)) {
                    return Optional.empty();
                }
                for (String keyword : file.frontMatter().tags()) {
                    if (!tagSlugs.containsKey(Tags.key(keyword, glossary.find(keyword)))) {
                        return Optional.empty();
                    }
                }
                ArticlePage old = before.get(file);
                ArticlePage now = page(group, file, paths.get(file), paths, tagSlugs, problems);
                if (!now.published().equals(old.published()) || !now.tags().equals(old.tags())
                        || !now.updated().equals(old.updated())
                        || !now.section().equals(old.section()) || !now.reporters().equals(old.reporters())
                        || !now.translation().map(Translation::path).equals(old.translation().map(Translation::path))) {
                    return Optional.empty();
                }
                replaced.put(old, now);
            }
        }
        int found = 0;
        List<LanguageSite> languages = new ArrayList<>();
        for (LanguageSite language : previous.languages()) {
            List<ArticlePage> articles = new ArrayList<>(language.articles());
            for (int i = 0; i < articles.size(); i++) {
                ArticlePage now = replaced.get(articles.get(i));
                if (now != null) {
                    articles.set(i, now);
                    found++;
                }
            }
            languages.add(new LanguageSite(language.language(), articles, replace(language.tags(), replaced),
                    replace(language.sections(), replaced), replace(language.reporters(), replaced),
                    language.withdrawn(), language.leads().stream().map(a -> replaced.getOrDefault(a, a)).toList()));
        }
        if (found != replaced.size()) {
            return Optional.empty();
        }
        // Problems about the pages made again are found again; the others stand.
        List<Problem> kept = new ArrayList<>(previous.problems());
        kept.addAll(problems);
        return Optional.of(new Site(config, languages, kept, previous.lifecycle()));
    }

    /** Whether the file is published now and says nothing that reaches pages besides its own. */
    private boolean isPlain(FrontMatter fm) {
        var publication = fm.publication();
        return !publication.unpublished() && publication.aliases().isEmpty() && publication.published()
                .filter(at -> at.instant().isAfter(config.buildTime())).isEmpty();
    }

    private static List<TagPage> replace(List<TagPage> pages, Map<ArticlePage, ArticlePage> replaced) {
        List<TagPage> result = new ArrayList<>(pages.size());
        for (TagPage page : pages) {
            if (page.articles().stream().noneMatch(replaced::containsKey)) {
                result.add(page);
            } else {
                result.add(new TagPage(page.tag(), page.path(),
                        page.articles().stream().map(a -> replaced.getOrDefault(a, a)).toList(), page.translation()));
            }
        }
        return result;
    }

    /** A page made from a file, and the problems found making it. */
    private record Made(ArticlePage page, List<Problem> problems) {
    }

    /**
     * Makes the page of every published file, on every core, and adds it to its language's list in file order, with
     * the problems found making it: a page is made from its own file, its story and the decisions taken before
     * (paths, tag, section and reporter slugs). The pages are made a share at a time, each share whole stories: the
     * texts of a share's files are made before its pages, and its files' paths let go once its pages hold them. A
     * shard's build parks both ({@link TextStore}), and would otherwise hold every path of the site, and a map of
     * every file's texts, at once.
     */
    private void pages(PublishedFiles published, Map<ContentFile, String> paths, Map<String, String> tagSlugs,
            Map<String, List<ArticlePage>> byLang) {
        for (List<Map.Entry<TranslationPairs.Group, ContentFile>> share : published.shares(PAGES_AT_ONCE)) {
            texts.makeAll(share);
            List<Made> made;
            try {
                made = Parallel.map(config.threads(), share, entry -> made(entry.getKey(), entry.getValue(),
                        paths.get(entry.getValue()), paths, tagSlugs));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            texts.forget();
            for (Made one : made) {
                problems.addAll(one.problems());
                byLang.computeIfAbsent(one.page().lang(), k -> new ArrayList<>()).add(one.page());
            }
            share.forEach(entry -> paths.remove(entry.getValue()));
        }
    }

    /** The page of a file, with the problem found making it. */
    private Made made(TranslationPairs.Group group, ContentFile file, String path, Map<ContentFile, String> paths,
            Map<String, String> tagSlugs) {
        List<Problem> found = new ArrayList<>(1);
        ArticlePage page = page(group, file, path, paths, tagSlugs, found);
        // Most pages have no problem: their lists are let go while the others are made.
        return new Made(page, found.isEmpty() ? List.of() : found);
    }

    private ArticlePage page(TranslationPairs.Group group, ContentFile file, String path,
            Map<ContentFile, String> paths, Map<String, String> tagSlugs, List<Problem> problems) {
        FrontMatter fm = file.frontMatter();
        LanguageConfig language = config.requireLanguage(fm.lang());
        Optional<Translation> translation = Optional.empty();
        for (ContentFile other : group.files()) {
            String otherPath = paths.get(other);
            if (other != file && otherPath != null) {
                LanguageConfig otherLang = config.requireLanguage(other.frontMatter().lang());
                translation = Optional.of(new Translation(otherLang.code(), languageTag(other.frontMatter(), otherLang),
                        otherPath, texts.of(other)));
            }
        }
        List<Tag> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String keyword : fm.tags()) {
            Optional<Glossary.Entry> entry = glossary.find(keyword);
            String key = Tags.key(keyword, entry);
            if (seen.add(key)) {
                String name = entry.map(e -> language.isChinese() ? e.zh() : e.en()).orElse(keyword);
                Tag tag = new Tag(key, tagSlugs.get(key), name);
                tags.add(tagInstances.computeIfAbsent(tag, t -> t));
            }
        }
        ArticleTexts made = texts.of(file);
        return new ArticlePage(group.key(), language.code(), languageTag(fm, language), made,
                shared.time(published(fm)),
                texts.place(new ArticlePlace.Kept(path, file.body(), file.path(), file.bodyLine(), translation)),
                tags, shared.views(fm.views()), fm.publication().updated(),
                shared.section(groupings.section(group, file, language)),
                shared.reporters(groupings.reporters(group, file, language).orElse(List.of())),
                ArticleImages.lead(file, group.files(), paths.keySet(), images), ArticleImages.inline(file, images));
    }

    /** When the article was published: its {@code date}, with the time the front matter gives. */
    static Optional<NewsTime> published(FrontMatter fm) {
        if (fm.date().isEmpty()) {
            return Optional.empty();
        }
        return fm.publication().published().filter(at -> at.date().equals(fm.date().get()))
                .or(() -> Optional.of(NewsTime.of(fm.date().get())));
    }

    /** The tag of an article's language: {@code zh-Hant} for one in Traditional characters. */
    static String languageTag(FrontMatter fm, LanguageConfig language) {
        if (language.isChinese() && fm.script().filter("Hant"::equals).isPresent()) {
            return "zh-Hant";
        }
        return language.languageTag();
    }
}
