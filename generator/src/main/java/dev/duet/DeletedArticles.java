package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.content.ContentFile;
import dev.duet.content.Glossary;
import dev.duet.content.LeftDeleted;
import dev.duet.content.ReadCache;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.model.DeletedPlaces;
import dev.duet.output.BuildInputs;
import dev.duet.output.BuildSnapshot;
import dev.duet.output.FileStamp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The article files the last publishing build read that are gone, told by the first build without them (and again
 * by the builds that find the site up to date after it, as they tell its problems again). A story deleted would
 * take its place in every list and its number in the search index with it: every newer story would move up a
 * place, and the build would rewrite every page that shows one of them. So the first build without its files notes
 * its place in the site's {@value DeletedPlaces#FILE_NAME}, from what the last build read in them (the read cache),
 * and the lists keep a gap where it was, as they do for a withdrawn story. A file whose reading the cache no longer
 * holds cannot keep its place: the build says so. When most of the files the last build read are gone, that build
 * was most likely of another site or checkout (its {@code target/duet} copied, or restored by a CI cache): no place
 * is noted, and the newer stories move up, as in a clean build.
 */
final class DeletedArticles {

    /** More files gone than this are told as one warning. */
    static final int TOLD_ONE_BY_ONE = 10;
    /**
     * At least this many files gone, and more than half of those the last build read, are taken for the memory of
     * another site or checkout rather than deletions.
     */
    static final int OTHER_MEMORY_FEWEST = 10;
    /** {@link #lastRead} when the last build's snapshot is there but cannot be read. */
    private static final int UNREADABLE = -1;

    /** The article files gone, by path, with the stamps the last build read them with. */
    private final Map<String, FileStamp> gone;
    /** What the last build read in those of them the read cache still holds as they were. */
    private final List<ContentFile> earlier;
    /** The article files the last build did not read: a file gone whose title and date one of them has moved. */
    private final Set<String> added;
    /** How many article files the last build read; {@link #UNREADABLE} when its snapshot cannot be read. */
    private final int lastRead;

    private DeletedArticles(Map<String, FileStamp> gone, List<ContentFile> earlier, Set<String> added,
            int lastRead) {
        this.gone = gone;
        this.earlier = earlier;
        this.added = added;
        this.lastRead = lastRead;
    }

    /**
     * The article files the last publishing build read that are gone, and what it read in them: none for a
     * preview, without {@code noteDeletions}, or when no last build is known. What they held comes from the read
     * cache, so this runs before the build reads the articles and saves the cache again; a shard's build finds where
     * they are but not what they held.
     */
    static DeletedArticles find(SiteConfig config, SiteBuild.Purpose purpose) {
        // Without noteDeletions (CI, whose changes to the site folder nobody commits) the places are the file's, as
        // in a clean build of the commit: a cache from another branch or run cannot add one that the next run drops.
        if (!(purpose instanceof SiteBuild.Publishing publishing) || publishing.baseline().isEmpty()
                || !config.noteDeletions()) {
            return new DeletedArticles(Map.of(), List.of(), Set.of(), 0);
        }
        if (publishing.baseline().get().finished().isEmpty()) {
            return new DeletedArticles(Map.of(), List.of(), Set.of(), BuildSnapshot.isUnreadable(config.cacheDir())
                    ? UNREADABLE : 0);
        }
        String folder = SitePath.of(config, config.articlesDir()) + "/";
        // The inputs are kept compactly, where a path is found by decoding a block of them: a set of this build's
        // article files and one pass over the last build's cost less than a look-up for each article.
        Set<String> now = new HashSet<>();
        for (String path : publishing.baseline().get().inputs().files().keySet()) {
            if (isArticle(path, folder)) {
                now.add(path);
            }
        }
        Set<String> added = new HashSet<>(now);
        Map<String, FileStamp> gone = new TreeMap<>();
        int lastRead = gone(publishing.baseline().get().finished().get(), now, folder, gone, added);
        // A forced build trusts no cache to skip work, but a file's reading whose stamp the last build saw is what
        // that build read in it. A shard notes no place, and neither does a build given another site's memory.
        if (gone.isEmpty() || config.shard().isPresent() || isOtherMemory(gone.size(), lastRead)) {
            return new DeletedArticles(gone, List.of(), Set.of(), lastRead);
        }
        ReadCache cache = ReadCache.load(config.cacheDir(), config.siteDir());
        List<ContentFile> earlier = new ArrayList<>();
        gone.forEach((path, stamp) -> cache.earlier(config.siteDir(), path, stamp.size(), stamp.modified())
                .ifPresent(earlier::add));
        return new DeletedArticles(gone, earlier, added, lastRead);
    }

    /**
     * Whether {@code gone} files of the {@code lastRead} the last build read are more like the memory of another
     * site or checkout than deletions: editors delete a few stories, not most of them at once.
     */
    private static boolean isOtherMemory(int gone, int lastRead) {
        return gone >= OTHER_MEMORY_FEWEST && gone * 2L > lastRead;
    }

    /**
     * The places of the deleted stories: those the site's file keeps, with those of the files found gone, which are
     * noted in the file before the build uses them; the warnings of the files gone go to {@code problems}. Files gone
     * that are more like the memory of another site or checkout add no place, and are one warning.
     */
    DeletedPlaces places(SiteConfig config, Glossary glossary, List<TranslationPairs.Group> groups,
            List<Problem> problems) throws IOException {
        if (lastRead == UNREADABLE) {
            problems.add(Problem.warning("build.snapshot-unreadable", SitePath.of(config, config.cacheDir()), 0,
                    "the last build's snapshot cannot be read (damaged, cut short, or written by another version of"
                    + " Duet), so this build cannot tell an article file deleted since: a story deleted since moves"
                    + " the newer ones up instead of keeping its place. If one was, restore its files, build, and"
                    + " delete them again"));
        }
        if (isOtherMemory(gone.size(), lastRead)) {
            problems.add(Problem.warning("build.article-deleted", SitePath.of(config, config.articlesDir()), 0,
                    gone.size() + " of the " + lastRead + " article files the last build read are gone: more than"
                            + " half, which is more like the memory (" + SitePath.of(config, config.cacheDir())
                            + ") of another site or checkout than deletions; their places are not noted in "
                            + DeletedPlaces.FILE_NAME + ", and the newer stories move up. Deleting that many stories"
                            + " at once changes the pages they were on either way"));
            return DeletedPlaces.read(config, problems);
        }
        DeletedPlaces kept = DeletedPlaces.read(config, problems).with(config, glossary, earlier, groups, added);
        if (kept.changed()) {
            try {
                kept.write(config);
            } catch (IOException e) {
                // Stopped before any page is written, this build leaves the last finished one as the baseline of
                // the next, which finds the same files gone and notes their places once it can.
                throw new IOException(SitePath.of(config, config.siteDir().resolve(DeletedPlaces.FILE_NAME))
                        + ": cannot be written (" + e + "); the build stops before it writes any page, so that the"
                        + " places of the stories deleted since the last build are not lost: make the file writable"
                        + " (or move aside what is in its place) and build again", e);
            }
        }
        problems.addAll(warnings(config, kept));
        return kept;
    }

    /**
     * The warnings of the files gone: of each whose place {@code kept} now holds (noted in the site's
     * {@value DeletedPlaces#FILE_NAME}), that it was noted; of the others, that the newer stories move up.
     */
    private List<Problem> warnings(SiteConfig config, DeletedPlaces kept) {
        if (gone.isEmpty()) {
            return List.of();
        }
        List<String> noted = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        // A file with an error in the last build, of which no reading is kept, was left out of that build: its
        // going moves no story, and is not told.
        Set<String> leftOut = new HashSet<>();
        dev.duet.output.BuildErrors.read(config.cacheDir()).forEach(error -> leftOut.add(error.file()));
        for (String path : gone.keySet()) {
            String continued = kept.renamed().get(path);
            if (kept.noted().contains(path)) {
                noted.add(path);
            } else if (continued == null) {
                if (!leftOut.contains(path)) {
                    moved.add(path);
                }
            } else if (!continued.isEmpty()) {
                warnings.add(Problem.warning("build.article-deleted", path, 0, "read by the last build and gone; "
                        + continued + " has its title and date, so it is taken as the same story, renamed or moved,"
                        + " and keeps no place of its own: if the story's address changed, add the old one to the"
                        + " aliases of " + continued));
            }
        }
        told(config, noted, "its story's place in its lists and in the search index is kept in "
                + DeletedPlaces.FILE_NAME, "their stories' places in their lists and in the search index are kept in "
                + DeletedPlaces.FILE_NAME, ", so that the newer stories keep their pages. Keep that file with the"
                + " deletion (commit it); remove a line of it to give that place up", warnings);
        told(config, moved, "if its story was published, the newer stories of its lists", "if their stories were"
                + " published, the newer stories of their lists", " and of the search index each move up a place, and"
                + " this build rewrites every page that shows one of them. To take a story down and change only the"
                + " pages that showed it, keep its files and set 'unpublished: true'", warnings);
        return warnings;
    }

    /** One warning for each of the files gone at {@code paths}, or one for them all when they are many. */
    private static void told(SiteConfig config, List<String> paths, String one, String many, String advice,
            List<Problem> warnings) {
        if (paths.size() > TOLD_ONE_BY_ONE) {
            warnings.add(Problem.warning("build.article-deleted", SitePath.of(config, config.articlesDir()), 0,
                    paths.size() + " article files read by the last build are gone (deleted or renamed), "
                            + String.join(", ", paths.subList(0, 3)) + " and others: " + many + advice));
            return;
        }
        for (String path : paths) {
            warnings.add(Problem.warning("build.article-deleted", path, 0,
                    "read by the last build and gone (deleted or renamed): " + one + advice));
        }
    }

    /**
     * The stories deleted, as import leaves them out while their sources stay: by story key, then language, each
     * with what says so and its date. Those the site's {@value DeletedPlaces#FILE_NAME} holds, and the article files
     * the last publishing build read (in a preview, the site's) that are gone now, which no build has noted yet: an
     * editor deletes a story's files and runs {@code mvn site}, whose import comes before the build that notes the
     * place, and would write the files again, unedited. Without {@code noteDeletions}, only the file's, as in a
     * clean build; a file whose reading the read cache no longer holds, or a memory that is more like another
     * site's, is written again.
     */
    static Map<String, Map<String, LeftDeleted>> forImport(SiteConfig config, Collection<String> onDisk)
            throws IOException {
        Map<String, Map<String, LeftDeleted>> stories = new TreeMap<>(
                DeletedPlaces.read(config, new ArrayList<>()).stories());
        Optional<BuildInputs> last = config.noteDeletions()
                ? BuildSnapshot.lastFinishedInputs(config.keptCopiesDir()) : Optional.empty();
        if (last.isEmpty()) {
            return stories;
        }
        Map<String, FileStamp> gone = new TreeMap<>();
        int lastRead = gone(last.get(), new HashSet<>(onDisk), SitePath.of(config, config.articlesDir()) + "/", gone,
                new HashSet<>());
        if (gone.isEmpty() || isOtherMemory(gone.size(), lastRead)) {
            return stories;
        }
        ReadCache cache = ReadCache.load(config.keptCopiesDir(), config.siteDir());
        gone.forEach((path, stamp) -> cache.earlier(config.siteDir(), path, stamp.size(), stamp.modified())
                .ifPresent(file -> stories.computeIfAbsent(file.pairName(), key -> new TreeMap<>())
                        .putIfAbsent(file.frontMatter().lang(), new LeftDeleted("deleted since the last build, which"
                                + " notes its place in " + DeletedPlaces.FILE_NAME, file.frontMatter().date()))));
        return stories;
    }

    /**
     * One pass over the inputs of the last build that finished: puts in {@code gone} each article file of
     * {@code folder} it read that is not in {@code now}, with its stamp then, takes every file it read out of
     * {@code added}, and returns how many article files it read.
     */
    private static int gone(BuildInputs last, Set<String> now, String folder, Map<String, FileStamp> gone,
            Set<String> added) {
        int lastRead = 0;
        for (Map.Entry<String, FileStamp> read : last.files().entrySet()) {
            if (isArticle(read.getKey(), folder)) {
                lastRead++;
                if (!now.contains(read.getKey())) {
                    gone.put(read.getKey(), read.getValue());
                }
            }
            added.remove(read.getKey());
        }
        return lastRead;
    }

    private static boolean isArticle(String path, String folder) {
        return path.startsWith(folder) && path.endsWith(".md");
    }
}
