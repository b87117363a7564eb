package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article files the last publishing build read that are gone, told by the first build without them (and again
 * by the builds that find the site up to date after it, as they tell its problems again). A
 * story deleted, rather than withdrawn, takes its place in every list and its number in the search index with it:
 * every newer story moves up a place, and the build rewrites every page that shows one of them. Withdrawing it
 * ({@code unpublished: true}) keeps its place, and changes only the pages that showed it.
 */
final class DeletedArticles {

    /** More files gone than this are told as one warning. */
    static final int TOLD_ONE_BY_ONE = 10;

    private DeletedArticles() {
    }

    /** The warnings of a build that saw {@code purpose}: none for a preview, or when no last build is known. */
    static List<Problem> warnings(SiteConfig config, SiteBuild.Purpose purpose) {
        if (!(purpose instanceof SiteBuild.Publishing publishing) || publishing.baseline().isEmpty()
                || publishing.baseline().get().earlier().isEmpty()) {
            return List.of();
        }
        String articles = SitePath.of(config, config.articlesDir());
        String folder = articles + "/";
        // The inputs are kept compactly, where a path is found by decoding a block of them: a set of this build's
        // article files and one pass over the last build's cost less than a look-up for each article.
        Set<String> now = new HashSet<>();
        for (String path : publishing.baseline().get().inputs().files().keySet()) {
            if (isArticle(path, folder)) {
                now.add(path);
            }
        }
        List<String> gone = new ArrayList<>();
        for (String path : publishing.baseline().get().earlier().get().files().keySet()) {
            if (isArticle(path, folder) && !now.contains(path)) {
                gone.add(path);
            }
        }
        String advice = ": if its story was published, the newer stories of its lists and of the search index each"
                + " move up a place, and this build rewrites every page that shows one of them. To take a story down"
                + " and change only the pages that showed it, keep its files and set 'unpublished: true'";
        if (gone.size() > TOLD_ONE_BY_ONE) {
            return List.of(Problem.warning("build.article-deleted", articles, 0,
                    gone.size() + " article files read by the last build are gone (deleted or renamed), "
                            + String.join(", ", gone.subList(0, 3)) + " and others" + advice));
        }
        List<Problem> warnings = new ArrayList<>();
        for (String path : gone) {
            warnings.add(Problem.warning("build.article-deleted", path, 0,
                    "read by the last build and gone (deleted or renamed)" + advice));
        }
        return warnings;
    }

    private static boolean isArticle(String path, String folder) {
        return path.startsWith(folder) && path.endsWith(".md");
    }
}
