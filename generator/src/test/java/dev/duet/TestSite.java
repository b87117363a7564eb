package dev.duet;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small site on disk for tests: write article files and sources, build with the default theme, read the output
 * back as text, jsoup documents or a whole tree of bytes.
 */
final class TestSite {

    static final String BASE_URL = "https://news.example.org/";

    final Path dir;
    final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    final BuildListener listener = new BuildListener() {
        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }

        @Override
        public void info(String message) {
        }
    };

    TestSite(Path dir) {
        this.dir = dir;
    }

    /** A configuration with a fixed base URL and two threads; callers may change anything before {@code build()}. */
    SiteConfig.Builder config() {
        return SiteConfig.builder(dir).baseUrl(BASE_URL).threads(2);
    }

    Duet duet() {
        return duet(config().build());
    }

    Duet duet(SiteConfig config) {
        return new Duet(config, listener);
    }

    BuildResult build() throws IOException {
        return duet().build();
    }

    Path out() {
        return dir.resolve("target/site");
    }

    TestSite write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** An article file: {@code articles/<path>} with the given YAML front matter lines and Markdown body. */
    TestSite article(String path, String frontMatter, String body) throws IOException {
        return write("articles/" + path, "---\n" + frontMatter.strip() + "\n---\n\n" + body);
    }

    String read(String outputPath) throws IOException {
        return Files.readString(out().resolve(outputPath), StandardCharsets.UTF_8);
    }

    Document page(String outputPath) throws IOException {
        return Jsoup.parse(read(outputPath), BASE_URL);
    }

    boolean exists(String outputPath) {
        return Files.isRegularFile(out().resolve(outputPath));
    }

    List<String> codes() {
        return problems.stream().map(Problem::code).toList();
    }

    /** Every regular file under a folder, by forward-slash relative path, with its bytes. */
    static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies a folder tree, for tests that damage a built site. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
