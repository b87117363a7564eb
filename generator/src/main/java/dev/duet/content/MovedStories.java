package dev.duet.content;

import dev.duet.io.Hash128;
import dev.duet.source.ArticleText;
import dev.duet.source.ImportedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stories imported before whose source file is gone from the sources folder (renamed, moved to another folder
 * or deleted), and the source file each one now has. A source file that no story names is a gone story's when what
 * import wrote into the story's files, as their digest lines tell whatever an editor changed since, says it is:
 * <ul>
 * <li>the same text: each file's fields and body are what import writes from the new source (a file renamed or
 * moved as it was);
 * <li>or the same source URL and date: the new source has a URL, the story's files give it, and import wrote the
 * new source's date into them (a file renamed or moved, and changed).
 * </ul>
 * Nothing less will do: another story with the same headline is another story. A story with a file that names no
 * source, or that an older import wrote without a digest per field, is never matched. A gone story goes to one
 * source at most, the first to match it, in source order; a source that matches several takes the first by path,
 * a story of the same text before one of the same URL and date. Not thread-safe, but {@link #movedFrom} may be
 * asked from any thread once the stories are taken.
 */
final class MovedStories {

    /** What import wrote into a file, in short: the digest of all it took from its source, and the date's. */
    private record Evidence(String text, String date) {

        static Evidence of(String evidence) {
            int space = evidence.indexOf(' ');
            return new Evidence(evidence.substring(0, space), evidence.substring(space + 1));
        }
    }

    /** One file of a gone story: its language, what it is on disk and what import wrote into it. */
    private record GoneFile(String language, ArticleOnDisk existing, Evidence imported) {
    }

    /** Fields whose value import takes from the story's path or from the other sources, not from its own source. */
    private static final Set<String> NOT_FROM_SOURCE = Set.of(ImportedField.SLUG.key, ImportedField.DUPLICATE_OF.key);

    /** The gone stories not taken yet, by the base of their files' paths. */
    private final Map<String, List<GoneFile>> gone = new HashMap<>();
    /** The gone stories by the URL their files give, and by each file's language and text as import wrote it. */
    private final Map<String, TreeSet<String>> byUrl = new HashMap<>();
    private final Map<String, TreeSet<String>> byText = new HashMap<>();
    /** The source file each story taken was imported from, by the base of its paths. */
    private final Map<String, String> movedFrom = new ConcurrentHashMap<>();

    /**
     * @param existing the article files on disk
     * @param sourceFiles the source files there are now, relative to the site
     */
    MovedStories(List<ArticleOnDisk> existing, Set<String> sourceFiles) {
        Map<String, List<ArticleOnDisk>> stories = new HashMap<>();
        for (ArticleOnDisk file : existing) {
            stories.computeIfAbsent(file.pairName(), base -> new ArrayList<>(2)).add(file);
        }
        stories.forEach((base, files) -> goneFiles(files, sourceFiles).ifPresent(gone -> {
            this.gone.put(base, gone);
            for (GoneFile file : gone) {
                file.existing().sourceUrl().ifPresent(url -> byUrl.computeIfAbsent(url, k -> new TreeSet<>())
                        .add(base));
                byText.computeIfAbsent(file.language() + " " + file.imported().text(), k -> new TreeSet<>())
                        .add(base);
            }
        }));
    }

    /**
     * What a file tells of what import wrote into it, in short, for a source renamed or moved to be known by: a
     * digest of the digests of every field it took from its source and of the body, then the date's digest; empty
     * when the file has no digest per field (an older import wrote it).
     */
    static String evidence(Optional<FieldDigests> imported) {
        if (imported.isEmpty() || imported.get().of(ImportedField.DATE.key).isEmpty()) {
            return "";
        }
        Hash128 text = new Hash128().mark('M');
        new TreeMap<>(imported.get().digests()).forEach((key, digest) -> {
            if (!NOT_FROM_SOURCE.contains(key)) {
                text.text(key).text(digest);
            }
        });
        return text.hex() + " " + imported.get().of(ImportedField.DATE.key).get();
    }

    /** A story's files, when each names a source file that is gone and tells what import wrote for it. */
    private static Optional<List<GoneFile>> goneFiles(List<ArticleOnDisk> files, Set<String> sourceFiles) {
        List<GoneFile> gone = new ArrayList<>(files.size());
        for (ArticleOnDisk file : files) {
            String language = file.path().endsWith(".zh.md") ? "zh" : file.path().endsWith(".en.md") ? "en" : "";
            if (file.sourceFile().isEmpty() || sourceFiles.contains(file.sourceFile().get()) || language.isEmpty()
                    || file.importedAs().isEmpty()) {
                return Optional.empty();
            }
            gone.add(new GoneFile(language, file, Evidence.of(file.importedAs())));
        }
        return Optional.of(List.copyOf(gone));
    }

    /** The base of the gone story that is {@code article}'s, taken from now on; empty when none is. */
    Optional<String> take(ImportedArticle article) {
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Evidence> fresh = new HashMap<>(4);
        TreeSet<String> sameText = new TreeSet<>();
        for (Optional<ArticleText> text : List.of(article.zh(), article.en())) {
            text.ifPresent(t -> {
                Evidence evidence = Evidence.of(evidence(Optional.of(ImportedFile.of(article, t, "").fields())));
                fresh.put(t.language(), evidence);
                sameText.addAll(byText.getOrDefault(t.language() + " " + evidence.text(), new TreeSet<>()));
            });
        }
        Optional<String> base = sameText.stream().filter(b -> gone.containsKey(b) && sameText(gone.get(b), fresh))
                .findFirst();
        // An undated story's date is its lack of one: import wrote "no date" into its files.
        if (base.isEmpty() && article.source().isPresent()) {
            String url = article.source().get().url();
            String date = fresh.values().iterator().next().date();
            base = byUrl.getOrDefault(url, new TreeSet<>()).stream()
                    .filter(b -> gone.containsKey(b) && sameUrlAndDate(gone.get(b), url, date)).findFirst();
        }
        base.ifPresent(b -> movedFrom.put(b, gone.remove(b).get(0).existing().sourceFile().orElseThrow()));
        return base;
    }

    /** True when each of the files holds what import writes from the article, but for its path's fields. */
    private static boolean sameText(List<GoneFile> files, Map<String, Evidence> fresh) {
        return files.stream().allMatch(file -> fresh.containsKey(file.language())
                && fresh.get(file.language()).text().equals(file.imported().text()));
    }

    /** True when the files give the URL, none another, and import wrote the article's date into each. */
    private static boolean sameUrlAndDate(List<GoneFile> files, String url, String date) {
        return files.stream().allMatch(file -> file.existing().sourceUrl().orElse(url).equals(url)
                && file.imported().date().equals(date));
    }

    /** The source file the story at {@code base} was imported from, when a moved source took it. Thread-safe. */
    Optional<String> movedFrom(String base) {
        return Optional.ofNullable(movedFrom.get(base));
    }
}
