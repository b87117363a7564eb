package dev.duet.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The order import takes source files in: those an article names, whose stories are imported, then the others,
 * each in path order. A story found twice is the duplicate of the one taken first, so a copy sent again is marked
 * the duplicate of the story already published, whatever its name, never the other way round.
 */
public final class ImportOrder {

    private ImportOrder() {
    }

    /**
     * {@code sources} (in path order) with those that {@code existing} names first.
     *
     * @param sitePath a source's path as an article's {@code sourceFile} names it
     */
    public static List<Path> importedFirst(List<Path> sources, List<ContentWriter.Existing> existing,
            Function<Path, String> sitePath) {
        Set<String> named = new HashSet<>();
        existing.forEach(file -> file.sourceFile().ifPresent(named::add));
        List<Path> first = new ArrayList<>(sources.size());
        List<Path> then = new ArrayList<>();
        for (Path source : sources) {
            (named.contains(sitePath.apply(source)) ? first : then).add(source);
        }
        first.addAll(then);
        return first;
    }
}
