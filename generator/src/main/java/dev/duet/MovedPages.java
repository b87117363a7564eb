package dev.duet;

import dev.duet.diagnostic.Problem;
import dev.duet.io.AtomicWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The article and tag pages a build published and a later one removed: addresses readers, search engines and feed
 * readers know that now answer 404. Each build adds the article and tag pages it removed to {@code pages-gone.txt}
 * in the cache folder, and drops those the site has again (an alias or a withdrawn page now holds the address, a
 * story has the tag again); {@code duet:check} warns about each, saying how to keep it. The build's own problems
 * stay those of a fresh build of the same files.
 */
final class MovedPages {

    static final String FILE = "pages-gone.txt";

    /** An article's page: {@code zh/2024/05/slug/index.html} or {@code en/undated/slug/index.html}. */
    private static final Pattern ARTICLE = Pattern.compile("[a-z]{2}/(\\d{4}/\\d{2}|undated)/[^/]+/index\\.html");
    /** A tag's front page, {@code en/tags/climate/index.html}, whose folder holds the tag's feed too. */
    private static final Pattern TAG = Pattern.compile("[a-z]{2}/tags/[^/]+/index\\.html");

    private MovedPages() {
    }

    /**
     * Records the article pages a build removed, and forgets those its files hold again ({@code sortedFiles}: in
     * path order, each once); returns a line that names the article and tag pages this build removed, or empty.
     */
    static Optional<String> record(Path cacheDir, List<String> deleted, List<String> sortedFiles) throws IOException {
        Set<String> gone = new TreeSet<>(read(cacheDir));
        List<String> now = deleted.stream().filter(MovedPages::told).sorted().toList();
        gone.addAll(now);
        gone.removeIf(path -> Collections.binarySearch(sortedFiles, path) >= 0);
        Path file = cacheDir.resolve(FILE);
        if (gone.isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            Files.createDirectories(cacheDir);
            AtomicWriter.writeTextIfChanged(file, out -> {
                for (String path : gone) {
                    out.write(path);
                    out.write('\n');
                }
            });
        }
        if (now.isEmpty()) {
            return Optional.empty();
        }
        String named = now.stream().limit(5).map(p -> "/" + p.substring(0, p.length() - "index.html".length()))
                .collect(java.util.stream.Collectors.joining(", ")) + (now.size() > 5 ? ", …" : "");
        // Told as news, not as a problem: a build of the same files into an empty folder could not tell it.
        return Optional.of("This build removed " + now.size() + (now.size() == 1 ? " page" : " pages")
                + " an earlier build published, which links and feed readers may know: " + named + ". If a story"
                + " moved, add its old address to its aliases; duet:check tells each with what to do");
    }

    /**
     * A warning for each article or tag page that is gone, but those at {@code deleted} addresses
     * ({@code zh/2024/05/slug/}): of stories deleted on purpose, whose places are kept. A page whose address an
     * article file still asks for (a draft, a story scheduled for later) is told on that file.
     */
    static List<Problem> warnings(Path cacheDir, Set<String> deleted, Map<String, String> files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        // Each article's address by its language and slug, for a page that moved with a new date: one each, or none.
        Map<String, String> bySlug = new HashMap<>();
        List<String> paths = read(cacheDir);
        if (!paths.isEmpty()) {
            files.keySet().forEach(folder -> bySlug.merge(slugKey(folder), folder, (a, b) -> ""));
        }
        for (String path : paths) {
            String folder = path.substring(0, path.length() - "index.html".length());
            if (deleted.contains(folder)) {
                continue;
            }
            String address = "/" + folder;
            if (TAG.matcher(path).matches()) {
                problems.add(Problem.warning("check.page-gone", "", 0, "an earlier build published the tag page "
                        + address + " and its feed, and the site no longer has them: no published story has that tag"
                        + " now (renamed, removed, or its stories withdrawn), so links to the page and subscriptions"
                        + " to its feed fail; give a story the tag again to keep them"));
                continue;
            }
            String file = files.get(folder);
            if (file != null) {
                problems.add(Problem.warning("check.page-gone", file, 0, "an earlier build published its page, "
                        + address + ", and the site no longer has it: the file is a draft or scheduled for later."
                        + " To take a published story down, set 'unpublished: true' instead: its address then says it"
                        + " was withdrawn, and the stories after it keep their list pages and search ids"));
                continue;
            }
            String now = bySlug.getOrDefault(slugKey(folder), "");
            if (!now.isEmpty()) {
                problems.add(Problem.warning("check.page-gone", files.get(now), 0, "an earlier build published its"
                        + " page at " + address + ", and it is now at /" + now + ", with another date: add \""
                        + address + "\" to its aliases, so that links to the old address lead to it"));
                continue;
            }
            problems.add(Problem.warning("check.page-gone", "", 0, "an earlier build published " + address
                    + " and the site no longer has it: if its article moved (a new date or slug), add \"" + address
                    + "\" to its aliases; if it was taken down, put its file back with 'unpublished: true': its address"
                    + " then says it was withdrawn, and the stories after it keep their list pages and search ids;"
                    + " if its story is now scheduled for later, it comes back at its time, and this warning goes"));
        }
        return problems;
    }

    /** Whether a removed file is a page whose going is told: an article's or a tag's. */
    private static boolean told(String path) {
        return ARTICLE.matcher(path).matches() || TAG.matcher(path).matches();
    }

    /** {@code zh/2024/05/slug/} as {@code zh slug}: its language and slug, whatever its date. */
    private static String slugKey(String folder) {
        String[] parts = folder.split("/");
        return parts[0] + " " + parts[parts.length - 1];
    }

    private static List<String> read(Path cacheDir) throws IOException {
        Path file = cacheDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(MovedPages::told).toList();
        } catch (CharacterCodingException e) {
            // Damaged: its pages are no longer told about; the next build that removes a page starts it again.
            return List.of();
        }
    }
}
