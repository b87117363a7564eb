package dev.duet.check;

import dev.duet.content.ContentFile;
import dev.duet.content.TranslationPairs;
import dev.duet.diagnostic.Problem;
import dev.duet.io.PercentDecoding;
import dev.duet.model.Permalinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Broken links and anchors that {@link SiteCheck} finds on an article's page or its parallel page, moved to the line
 * of the article's Markdown file that writes them: that line is where an editor mends the link, and a link written
 * once in a body is on two pages (the article's and the parallel one) but is one mistake. A link the article's file
 * does not write (the theme's, or a page's own) stays on the page it was found on.
 */
public final class ArticleLinks {

    private ArticleLinks() {
    }

    /**
     * The check's problems, those of a link an article file writes at that file's line.
     *
     * @param found what {@link SiteCheck#run} found, pages named relative to the output folder
     * @param groups the site's stories, to know which article file each page is made from
     * @param siteDir the site folder, which the article files' paths are relative to
     * @param named a problem as it is reported when it stays on its page
     */
    public static List<Problem> placed(List<Problem> found, List<TranslationPairs.Group> groups, Path siteDir,
            UnaryOperator<Problem> named) {
        if (found.stream().noneMatch(p -> SiteCheck.linkOf(p).isPresent())) {
            return found.stream().map(named).toList();
        }
        Map<String, List<String>> writers = writers(groups);
        Map<String, Optional<List<String>>> texts = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> placed = new ArrayList<>();
        for (Problem problem : found) {
            Optional<String> link = SiteCheck.linkOf(problem);
            Optional<Problem> moved = link.flatMap(l -> lineOf(l, writers.getOrDefault(pageAddress(problem.file()),
                    List.of()), siteDir, texts)
                    .map(at -> new Problem(problem.severity(), problem.code(), at.file(), at.line(), problem.message()
                            + ", on " + named.apply(problem).file())));
            if (moved.isEmpty()) {
                placed.add(named.apply(problem));
            } else if (seen.add(moved.get().file() + ":" + moved.get().line() + ":" + problem.code() + ":"
                    + link.get())) {
                placed.add(moved.get());
            }
        }
        return placed;
    }

    /** A file and line where a link is written. */
    private record At(String file, int line) {
    }

    /** The address of the page in {@code file} ({@code en/2024/05/x/index.html} is at {@code en/2024/05/x/}). */
    private static String pageAddress(String file) {
        return file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /**
     * The article files each article page and parallel page is made from, by the page's address: an article page
     * from its file, a parallel page from both of its story's files.
     */
    private static Map<String, List<String>> writers(List<TranslationPairs.Group> groups) {
        Map<String, List<String>> storyFiles = new HashMap<>();
        for (TranslationPairs.Group group : groups) {
            List<String> files = group.files().stream().map(ContentFile::path).toList();
            files.forEach(file -> storyFiles.put(file, files));
        }
        Map<String, List<String>> writers = new HashMap<>();
        Permalinks.articleFiles(groups).forEach((address, file) -> {
            writers.put(address, List.of(file));
            writers.put(Permalinks.parallel(address), storyFiles.getOrDefault(file, List.of(file)));
        });
        return writers;
    }

    /** The first line of the first of {@code files} that writes {@code link}, as it is or percent-decoded. */
    private static Optional<At> lineOf(String link, List<String> files, Path siteDir,
            Map<String, Optional<List<String>>> texts) {
        List<String> forms = new ArrayList<>(List.of(link));
        PercentDecoding.decode(link).filter(decoded -> !decoded.equals(link)).ifPresent(forms::add);
        for (String file : files) {
            Optional<List<String>> lines = texts.computeIfAbsent(file, f -> read(siteDir.resolve(f)));
            for (int i = 0; lines.isPresent() && i < lines.get().size(); i++) {
                String line = lines.get().get(i);
                if (forms.stream().anyMatch(line::contains)) {
                    return Optional.of(new At(file, i + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> read(Path file) {
        try {
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // Unreadable now (changed since the build, or not UTF-8): the link stays on its page.
            return Optional.empty();
        }
    }
}
