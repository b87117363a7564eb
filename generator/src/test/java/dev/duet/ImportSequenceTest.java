package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.duet.config.SiteConfig;
import dev.duet.content.ImportReport;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.diagnostic.Severity;
import dev.duet.testing.Seeds;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the agency sends and the editors do between imports, no editor's word is lost. A seeded sequence of
 * random steps (a source's title, paragraphs, views or keywords changed, a source added or deleted, an article's
 * title, body or tags edited by hand, a key of the editor's own added, an import, now and then one with
 * {@code overwriteEdited}) runs on a site; after each import, every word an editor wrote is still in the article
 * file or, after {@code overwriteEdited}, in the copy import kept; an import run again at once changes no file;
 * and an article no editor touched is, but for its slug, what an import of the same sources into an empty site
 * writes. A seed that fails is said in the message ({@code -Dduet.importSeeds=<seed>} runs it again).
 */
class ImportSequenceTest {

    private static final int SOURCES = 6;
    private static final int STEPS = Integer.getInteger("duet.importSteps", 20);
    private static final String[] KEYWORDS = {"economy", "trade", "rail transport", "energy", "culture"};
    private static final Pattern SOURCE_FILE = Pattern.compile("(?m)^sourceFile: \"?([^\"\\n]+)\"?$");

    @TempDir
    Path dir;

    @TempDir
    Path scratch;

    static Stream<Long> seeds() {
        return Seeds.of("duet.importSeeds", "1-2");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noEditorsWordIsLostAndAnUntouchedArticleIsWhatAFreshImportWrites(long seed) throws IOException {
        Random random = new Random(seed);
        TestSite site = TestSite.in(dir);
        Map<String, Source> sources = new TreeMap<>();
        for (int i = 0; i < SOURCES; i++) {
            Source source = new Source(i, random);
            sources.put(source.name(), source);
            site.write("sources/" + source.name(), source.text());
        }
        runImport(false, "first import");
        List<String> done = new ArrayList<>();
        /** Each word an editor wrote, by the article file it was written in. */
        Map<String, List<String>> words = new HashMap<>();
        /** The article files an editor changed (by path), and the sources whose articles they are. */
        Map<String, String> edited = new HashMap<>();
        /** The sources whose articles have a key of an editor's own, which every import keeps. */
        Set<String> ownKeys = new HashSet<>();
        int made = SOURCES;
        for (int step = 0; step < STEPS; step++) {
            List<Path> articles = articleFiles(dir);
            String step0 = "step " + step + ": ";
            switch (random.nextInt(11)) {
                case 0, 1 -> {
                    Source source = pick(sources, random);
                    source.change(random);
                    site.write("sources/" + source.name(), source.text());
                    done.add(step0 + "source " + source.name() + " changed");
                }
                case 2 -> {
                    Source source = new Source(made++, random);
                    sources.put(source.name(), source);
                    site.write("sources/" + source.name(), source.text());
                    done.add(step0 + "source " + source.name() + " added");
                }
                case 3 -> {
                    if (sources.size() > 2) {
                        Source source = pick(sources, random);
                        sources.remove(source.name());
                        Files.delete(dir.resolve("sources/" + source.name()));
                        done.add(step0 + "source " + source.name() + " deleted");
                    }
                }
                case 4, 5, 6 -> {
                    Path file = articles.get(random.nextInt(articles.size()));
                    String path = dir.relativize(file).toString();
                    String word = "editorword" + seed + "x" + step;
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    int kind = random.nextInt(4);
                    String changed = switch (kind) {
                        case 0 -> text.replaceFirst("(?m)^title: \"", "title: \"" + word + " ");
                        case 1 -> text + "\n" + word + " wrote a paragraph.\n";
                        case 2 -> text.replaceFirst("(?m)^tags: \\[", "tags: [\"" + word + "\", ");
                        default -> text.replaceFirst("(?m)^---\n", "---\neditorNote: \"" + word + "\"\n");
                    };
                    if (!changed.equals(text)) {
                        Files.writeString(file, changed, StandardCharsets.UTF_8);
                        words.computeIfAbsent(path, p -> new ArrayList<>()).add(word);
                        edited.put(path, sourceOf(changed));
                        if (kind == 3) {
                            ownKeys.add(sourceOf(changed));
                        }
                        done.add(step0 + "edited " + path + " (" + word + ")");
                    }
                }
                case 7 -> {
                    runImport(true, "import with overwriteEdited");
                    done.add(step0 + "import with overwriteEdited");
                    checkWords(words, false, String.join("; ", done));
                    // A file whose edit met a change of the same field at its source is the source's again, what
                    // its editor wrote in the copy import kept; a word no change met is where it was written.
                    for (Map.Entry<String, List<String>> file : words.entrySet()) {
                        String text = Files.isRegularFile(dir.resolve(file.getKey()))
                                ? read(dir.resolve(file.getKey())) : "";
                        file.getValue().removeIf(word -> !text.contains(word));
                        if (file.getValue().isEmpty()) {
                            edited.remove(file.getKey());
                        }
                    }
                    continue;
                }
                case 9 -> {
                    // The editor takes an article out: import does not write it again, and its words go with it.
                    Path file = articles.get(random.nextInt(articles.size()));
                    String path = dir.relativize(file).toString();
                    String source = sourceOf(read(file));
                    Files.delete(file);
                    words.remove(path);
                    edited.put(path, source);
                    done.add(step0 + "deleted " + path);
                }
                case 10 -> {
                    // The agency sends a story again under another name.
                    Source source = pick(sources, random);
                    String copy = String.format("%03d_again.txt", made++);
                    site.write("sources/" + copy, source.text());
                    done.add(step0 + "source " + source.name() + " sent again as " + copy);
                }
                default -> {
                }
            }
            done.add(step0 + "import");
            String sequence = "seed " + seed + ": " + String.join("; ", done);
            runImport(false, sequence);
            checkWords(words, true, sequence);
            Map<String, byte[]> after = TestSite.tree(dir.resolve("articles"));
            runImport(false, sequence);
            assertSame(after, TestSite.tree(dir.resolve("articles")), "an import run again at once changed files; "
                    + sequence);
            Set<String> touched = new HashSet<>(edited.values());
            touched.addAll(ownKeys);
            compareWithFreshImport(touched, sequence);
        }
    }

    private void runImport(boolean overwriteEdited, String sequence) throws IOException {
        ImportReport report = new Duet(SiteConfig.builder(dir).baseUrl(TestSite.BASE_URL).threads(2)
                .overwriteEdited(overwriteEdited).build(), BuildListener.silent()).importSources();
        List<Problem> errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors, sequence);
    }

    /**
     * Every word an editor wrote is somewhere in the site's files but its sources, and {@code inPlace}, in the file
     * it was written in.
     */
    private void checkWords(Map<String, List<String>> words, boolean inPlace, String sequence) throws IOException {
        StringBuilder everything = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(dir.resolve("sources")))
                    .toList()) {
                everything.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        String all = everything.toString();
        words.forEach((path, list) -> list.forEach(word -> assertTrue(all.contains(word),
                "'" + word + "', written in " + path + ", is lost; " + sequence)));
        if (!inPlace) {
            return;
        }
        words.forEach((path, list) -> {
            Path file = dir.resolve(path);
            String text = read(file);
            list.forEach(word -> assertTrue(text.contains(word), "'" + word + "' is no longer in " + path + "; "
                    + sequence));
        });
    }

    /** Each article no editor changed is what an import of the same sources into an empty site writes. */
    private void compareWithFreshImport(Set<String> edited, String sequence) throws IOException {
        Path fresh = scratch.resolve("fresh");
        if (Files.exists(fresh)) {
            try (Stream<Path> walk = Files.walk(fresh)) {
                for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        TestSite.copy(dir.resolve("sources"), fresh.resolve("sources"));
        new Duet(SiteConfig.builder(fresh).baseUrl(TestSite.BASE_URL).threads(2).build(), BuildListener.silent())
                .importSources();
        Map<String, String> expected = bySource(fresh);
        Map<String, String> actual = bySource(dir);
        for (Map.Entry<String, String> article : expected.entrySet()) {
            String source = article.getKey().substring(0, article.getKey().lastIndexOf(' '));
            if (edited.contains(source) || !actual.containsKey(article.getKey())) {
                continue;
            }
            String want = withoutSlug(article.getValue());
            String got = withoutSlug(actual.get(article.getKey()));
            if (!want.equals(got)) {
                fail(article.getKey() + " differs from a fresh import; " + sequence + "\nfresh:\n" + want
                        + "\n----\nhere:\n" + got);
            }
        }
    }

    /** The text without the slug and what depends on it: the digest of the file and of the slug. */
    /**
     * The text as a fresh import can write it: without its slug, which a story keeps from its first import, and the
     * {@code updated} time import wrote when a source's change reached the published text, which only a site that
     * published it before knows.
     */
    private static String withoutSlug(String text) {
        return text.replaceFirst("(?m)^slug: .*\n", "").replaceFirst("(?m)^updated: .*\n", "")
                .replaceFirst("sha256:[0-9a-f]+ ", "").replaceFirst(" slug:[0-9a-f]+ ", " ");
    }

    /** Each article file's text, by its source and language ({@code "<source> en"}). */
    private static Map<String, String> bySource(Path site) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Path file : articleFiles(site)) {
            String text = read(file);
            String lang = file.getFileName().toString().endsWith(".zh.md") ? "zh" : "en";
            texts.put(sourceOf(text) + " " + lang, text);
        }
        return texts;
    }

    private static String sourceOf(String text) {
        Matcher matcher = SOURCE_FILE.matcher(text);
        return matcher.find() ? matcher.group(1).replaceFirst("^sources/", "") : "";
    }

    private static List<Path> articleFiles(Path site) throws IOException {
        Path articles = site.resolve("articles");
        if (!Files.isDirectory(articles)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(articles)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String message) {
        assertEquals(expected.keySet(), actual.keySet(), message);
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)), path + ": " + message));
    }

    private static Source pick(Map<String, Source> sources, Random random) {
        List<Source> all = new ArrayList<>(sources.values());
        return all.get(random.nextInt(all.size()));
    }

    /** A source file of the agency's format, which the steps change. */
    private static final class Source {
        private final int number;
        private String title;
        private final List<String> zh = new ArrayList<>();
        private final List<String> en = new ArrayList<>();
        private String keywords;
        private int views;
        private int changes;

        Source(int number, Random random) {
            this.number = number;
            this.title = "Story " + number + " on " + KEYWORDS[random.nextInt(KEYWORDS.length)];
            zh.add("新华社北京5月" + (1 + number % 28) + "日电（记者 张三）第" + number + "篇新闻的第一段。");
            zh.add("第" + number + "篇新闻的第二段。");
            en.add("BEIJING, May " + (1 + number % 28) + " (Xinhua) -- The first paragraph of story " + number + ".");
            en.add("The second paragraph of story " + number + ".");
            keywords = KEYWORDS[random.nextInt(KEYWORDS.length)] + ", " + KEYWORDS[random.nextInt(KEYWORDS.length)];
            views = random.nextInt(5000);
        }

        String name() {
            return String.format("%03d_story.txt", number);
        }

        void change(Random random) {
            changes++;
            switch (random.nextInt(5)) {
                case 0 -> title = title + " Revised " + changes;
                case 1 -> zh.set(1, zh.get(1) + "更新" + changes + "。");
                case 2 -> en.set(1, en.get(1) + " Update " + changes + ".");
                case 3 -> views += 1 + random.nextInt(500);
                default -> keywords = KEYWORDS[random.nextInt(KEYWORDS.length)];
            }
        }

        String text() {
            return "第" + number + "号新闻标题\n" + String.join("\n", zh) + "\n英语如下：\n**Title: " + title + "**\n"
                    + "Keywords: " + keywords + ".\n**News Content:**\n" + title + "\n" + String.join("\n", en)
                    + "\n【来源】http://www.xinhuanet.com/world/2024-05/" + String.format("%02d", 1 + number % 28)
                    + "/c_11" + (10000 + number) + ".htm\nViews: " + views + "\n";
        }
    }
}
