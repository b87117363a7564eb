package dev.duet.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The order import takes source files in: those an article names, whose stories are imported, then the others,
 * each in path order; of those an article names, the ones whose articles are marked the duplicate of another story
 * come last. A story found twice is the duplicate of the one taken first, so a copy sent again is marked the
 * duplicate of the story already published, whatever its name, never the other way round, then or at any import
 * after.
 */
public final class ImportOrder {

    private ImportOrder() {
    }

    /**
     * {@code sources} (in path order) with those that {@code existing} names first.
     *
     * @param sitePath a source's path as an article's {@code sourceFile} names it
     */
    public static List<Path> importedFirst(List<Path> sources, List<ArticleOnDisk> existing,
            Function<Path, String> sitePath) {
        Set<String> named = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        existing.forEach(file -> file.sourceFile().ifPresent(src -> (file.duplicate() ? duplicates : named).add(src)));
        List<Path> first = new ArrayList<>(sources.size());
        List<Path> second = new ArrayList<>();
        List<Path> then = new ArrayList<>();
        for (Path source : sources) {
            String path = sitePath.apply(source);
            (named.contains(path) ? first : duplicates.contains(path) ? second : then).add(source);
        }
        first.addAll(second);
        first.addAll(then);
        return first;
    }
}
