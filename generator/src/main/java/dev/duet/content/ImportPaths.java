package dev.duet.content;

import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Problems;
import dev.duet.source.ArticleText;
import dev.duet.source.DuplicateFinder;
import dev.duet.source.ImportedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where import writes each story: the base of its files' paths ({@code articles/2024/slug}, then {@code .zh.md} and
 * {@code .en.md}). A source imported before keeps its files' base, and so does one renamed or moved
 * ({@link MovedStories}); a new one takes the first free base of its year and headline, never one in use, nor a
 * deleted story's, unless it is that story. Not thread-safe.
 */
final class ImportPaths {

    /** The articles folder relative to the site, with a slash after it; empty when it is the site folder. */
    private final String articlesPrefix;
    /** The bases of the stories imported from each source file: more than one when it was given another story. */
    private final Map<String, List<String>> basesBySource = new HashMap<>();
    /** The source URL each story's files give, by the base of their paths. */
    private final Map<String, String> urlByBase = new HashMap<>();
    private final Set<String> basesInUse = new HashSet<>();
    private final Map<String, String> claimedBy = new HashMap<>();
    /** The article files deleted whose places a build noted, by the base of the story's paths, then language. */
    private final Map<String, Map<String, LeftDeleted>> deleted;
    private final MovedStories moved;
    private final Path siteDir;
    /** The article files on disk, by the base of their paths. */
    private final Map<String, List<String>> filesByBase = new HashMap<>();
    /** The slug each article file on disk gives, by its path. */
    private final Map<String, String> slugs = new HashMap<>();

    /**
     * @param articles the articles folder relative to the site; empty when it is the site folder
     * @param sourceFiles the source files there are now, relative to the site
     */
    ImportPaths(Path siteDir, String articles, List<ArticleOnDisk> existing,
            Map<String, Map<String, LeftDeleted>> deleted, Set<String> sourceFiles) {
        this.siteDir = siteDir;
        this.articlesPrefix = articles.isEmpty() ? "" : articles + "/";
        this.deleted = Map.copyOf(deleted);
        this.moved = new MovedStories(existing, sourceFiles);
        for (ArticleOnDisk file : existing) {
            basesInUse.add(file.pairName());
            file.sourceFile().ifPresent(src -> {
                List<String> bases = basesBySource.computeIfAbsent(src, k -> new ArrayList<>(1));
                if (!bases.contains(file.pairName())) {
                    bases.add(file.pairName());
                }
            });
            file.sourceUrl().ifPresent(url -> urlByBase.putIfAbsent(file.pairName(), url));
            filesByBase.computeIfAbsent(file.pairName(), k -> new ArrayList<>(2)).add(file.path());
            file.slug().filter(slug -> !slug.isBlank()).ifPresent(slug -> slugs.put(file.path(), slug));
        }
    }

    /** The slug the article file at {@code path} gives, or {@code otherwise} (a new file, or one without). */
    String slug(String path, String otherwise) {
        return slugs.getOrDefault(path, otherwise);
    }

    /**
     * The base of the article's files, taken from now on; a warning when its headline's is taken. A source file known
     * by its name keeps its story's base, unless it now gives another source URL than every story imported from it:
     * then it holds another story (files renamed, swapped, or a name used again), which gets files of its own, and
     * the story it held keeps its files as they are.
     */
    String base(ImportedArticle article, Problems problems) {
        List<String> known = basesBySource.getOrDefault(article.sourceFile(), List.of());
        String base = known.stream().filter(b -> !isAnotherStory(article, b)).findFirst().orElse(null);
        if (base == null && known.isEmpty()) {
            base = moved.take(article).orElse(null);
        }
        if (base == null) {
            // A source of a deleted story's date that would take its paths is that story: its files stay gone.
            // Any other takes other paths.
            Problems found = new Problems();
            base = freeBase(article, basesInUse::contains, found);
            if (!deleted.containsKey(base) || isDeleted(base, article)) {
                problems.addAll(found.toList());
            } else {
                base = freeBase(article, path -> basesInUse.contains(path) || deleted.containsKey(path), problems);
            }
        }
        if (!known.isEmpty() && !known.contains(base)) {
            String before = known.get(known.size() - 1);
            problems.warning("import.other-story", article.sourceFile(), 0, "the articles " + before + ".*.md were"
                    + " imported from this file with the source URL " + urlByBase.get(before) + "; it now gives "
                    + article.source().map(source -> source.url()).orElse("") + ", another story, imported into "
                    + base + ".*.md as a story of its own. The articles " + before + ".*.md are left as they are:"
                    + " delete them, or set 'unpublished: true', if that story is to go");
        }
        basesInUse.add(base);
        claimedBy.put(base, article.sourceFile());
        return base;
    }

    /**
     * Whether the source file that the story at {@code base} was imported from now holds another story: it gives
     * another source URL than that story's files, and neither of its titles is one of theirs (a corrected address
     * of the same story keeps at least a title). Without a URL on either side, it is taken to be the same.
     */
    private boolean isAnotherStory(ImportedArticle article, String base) {
        String had = urlByBase.get(base);
        Optional<String> now = article.source().map(source -> source.url());
        if (had == null || now.isEmpty()
                || DuplicateFinder.normalized(had).equals(DuplicateFinder.normalized(now.get()))) {
            return false;
        }
        Set<String> titles = new HashSet<>();
        article.zh().ifPresent(t -> titles.add(t.title().strip()));
        article.en().ifPresent(t -> titles.add(t.title().strip()));
        for (String path : filesByBase.getOrDefault(base, List.of())) {
            try {
                Optional<ContentFile> file = new ContentReader().read(path, Files.readAllBytes(siteDir.resolve(path)),
                        new Problems());
                if (file.isPresent() && titles.contains(file.get().frontMatter().title().strip())) {
                    return false;
                }
            } catch (IOException e) {
                // Unreadable now: its title cannot tell, the address does.
            }
        }
        return true;
    }

    /** The source file the story at {@code base} was imported from, when this one, renamed or moved, took it. */
    Optional<String> movedFrom(String base) {
        return moved.movedFrom(base);
    }

    /** The languages of the story at {@code base} deleted, each with its line. */
    Map<String, LeftDeleted> deleted(String base) {
        return deleted.getOrDefault(base, Map.of());
    }

    private boolean isDeleted(String base, ImportedArticle article) {
        return deleted(base).values().stream().anyMatch(gone -> gone.date().equals(article.date()));
    }

    private String freeBase(ImportedArticle article, Predicate<String> inUse, Problems problems) {
        String folder = articlesPrefix + article.date().map(d -> year(d.getYear())).orElse("undated") + "/";
        String slug = article.en().map(t -> Slug.ascii(t.title())).orElse("");
        if (slug.isEmpty()) {
            String seed = article.source().map(s -> s.url())
                    .orElseGet(() -> article.zh().map(ArticleText::title).orElse(article.sourceFile()));
            slug = "article-" + Slug.shortHash(seed);
        }
        String base = folder + slug;
        int n = 2;
        List<String> taken = new ArrayList<>(0);
        while (inUse.test(base)) {
            String holder = claimedBy.containsKey(base) || !deleted.containsKey(base)
                    ? claimedBy.getOrDefault(base, "an existing article")
                    : "a deleted story (" + deleted.get(base).values().iterator().next().line() + ")";
            taken.add(taken.isEmpty() ? holder : "'" + base.substring(folder.length()) + "' by " + holder);
            base = folder + slug + "-" + n++;
        }
        if (!taken.isEmpty()) {
            // One warning, however many articles took the slug and its numbered forms before this one.
            List<String> numbered = taken.subList(1, Math.min(taken.size(), 6));
            problems.add(Problem.warning("import.duplicate-slug", article.sourceFile(), 0, "slug '" + slug
                    + "' is already used by " + taken.get(0) + (numbered.isEmpty() ? "" : " (" + String.join(", ",
                    numbered) + (taken.size() > 6 ? " and " + (taken.size() - 6) + " more" : "") + ")")
                    + "; this article gets '" + base.substring(folder.length()) + "' (set 'slug:' in its front"
                    + " matter to choose)"));
        }
        return base;
    }

    /**
     * The year as four digits, as {@code String.format("%04d")} gave it, without parsing a format for every article;
     * always ASCII digits, whatever the JVM's default locale (the format would have used the locale's digits).
     */
    private static String year(int year) {
        if (year < 0 || year > 9999) {
            return String.format(java.util.Locale.ROOT, "%04d", year);
        }
        String digits = Integer.toString(year);
        return "0".repeat(4 - digits.length()) + digits;
    }
}
