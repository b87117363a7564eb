package dev.duet;

import dev.duet.config.LanguageConfig;
import dev.duet.config.Shard;
import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.Site;
import dev.duet.render.RenderTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which of the planned files a shard makes ({@link Shard}). A file belongs to the shard that owns its key: its path
 * without the language folder, and without {@code parallel/} for a parallel page, so that a story's pages in both
 * languages and its parallel page go to one shard (and so do the two languages' versions of a list). A story whose
 * translation has another address is keyed by its Chinese article's. A language's search index is one unit, since
 * making any of its files reads every article's text.
 *
 * <p>It keeps nothing per article but the keys of stories whose two addresses differ, so that a shard's memory
 * is its share of the site plus the model.
 */
final class ShardFilter {

    private static final String PARALLEL = "parallel/index.html";
    private static final String PAGE = "index.html";

    private final Shard shard;
    private final List<String> languageFolders = new ArrayList<>();
    /** The keys of articles whose story is keyed by another article's: those whose addresses differ. */
    private final Map<String, String> storyKeys = new HashMap<>();

    private ShardFilter(Shard shard, Site site) {
        this.shard = shard;
        for (LanguageConfig language : site.config().languages()) {
            languageFolders.add(language.code() + "/");
        }
        for (LanguageSite language : site.languages()) {
            if (!language.language().isChinese()) {
                continue;
            }
            for (ArticlePage article : language.articles()) {
                article.translation().ifPresent(other -> {
                    String own = key(article.path() + PAGE);
                    String theirs = key(other.path() + PAGE);
                    if (!own.equals(theirs)) {
                        storyKeys.put(theirs, own);
                    }
                });
            }
        }
    }

    /** The filter of this shard of the site. */
    static ShardFilter of(Shard shard, Site site) {
        return new ShardFilter(shard, site);
    }

    /** The paths of the files of this shard. */
    Predicate<String> paths() {
        return path -> shard.owns(owner(path));
    }

    /** The tasks of this shard. */
    List<RenderTask> tasks(List<RenderTask> tasks) {
        return tasks.stream().filter(task -> shard.owns(owner(task.path()))).toList();
    }

    /**
     * The files of a language's search index (or another unit made at once), all of them when this shard owns the
     * unit, none otherwise; a unit is known by its first file's path.
     */
    List<RenderTask> unit(List<RenderTask> tasks) {
        return tasks.isEmpty() || shard.owns("search unit " + tasks.get(0).path()) ? tasks : List.of();
    }

    private String owner(String path) {
        String key = key(path);
        return storyKeys.getOrDefault(key, key);
    }

    /** A path without its language folder, and a parallel page's path as its article's. */
    private String key(String path) {
        String key = path;
        for (String folder : languageFolders) {
            if (key.startsWith(folder)) {
                key = key.substring(folder.length());
                break;
            }
        }
        if (key.endsWith(PARALLEL)) {
            key = key.substring(0, key.length() - PARALLEL.length()) + PAGE;
        }
        return key;
    }
}
