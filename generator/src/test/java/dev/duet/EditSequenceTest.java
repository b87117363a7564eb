package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.image.TestImages;
import dev.duet.serve.RebuildResult;
import dev.duet.testing.Seeds;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever an editor does, one edit after another, each build after an edit leaves the output a build from nothing
 * of the same files leaves. A seeded sequence of random edits is applied to a site: a story added; a title, body,
 * tag, date, section, reporter, slug, correction or picture changed; a story withdrawn, made a draft, deleted or put
 * back; a file renamed; the glossary, {@code sections.tsv} or a static file changed; now and then an article broken
 * and mended; the clock moved on. After each edit the site is built where the last build left its output (or by
 * the preview that watches it), then a copy of its files is built from nothing, and the two are compared file for
 * file, and problem for problem. A seed that fails is said in the message, so that its sequence can be run again
 * ({@code -Dduet.editSeeds=<seed>}).
 */
class EditSequenceTest {

    /** Tags, two of which make one address ("energy", "#energy"): which keeps it depends on the stories' dates. */
    private static final String[] EN_TAGS = {"economy", "diplomacy", "technology", "culture", "sports", "environment",
        "energy", "trade", "#energy"};
    private static final String[] ZH_TAGS = {"经济", "外交", "科技", "文化", "体育", "环境", "能源", "贸易", "#能源"};
    private static final String[] CHANNELS = {"gn", "gj", "cj", "sh"};
    private static final String[] EN_NAMES = {"Zhang San", "Li Si", "Wang Wu", "Zhao Liu"};
    private static final String[] ZH_NAMES = {"张三", "李四", "王五", "赵六"};
    private static final int STORIES = 14;
    /** What a build tells of the change since the last build, which a build from nothing has no last build for. */
    private static final Set<String> CHANGE_NEWS = Set.of("build.article-deleted");
    private static final int STEPS = Integer.getInteger("duet.editSteps", 18);

    @TempDir
    Path dir;

    @TempDir
    Path scratch;

    /** The seeds run: two by default, or those of {@code -Dduet.editSeeds=1,2,3} (or a count, {@code 1-40}). */
    static Stream<Long> seeds() {
        return Seeds.of("duet.editSeeds", "1-2");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBuildAfterAnEditEqualsABuildFromNothing(long seed) throws IOException {
        Editor editor = startingSite(seed);
        List<String> done = new ArrayList<>();
        Instant time = Instant.parse("2025-06-20T00:00:00Z");
        build(dir, time);
        for (int step = 0; step < STEPS; step++) {
            if (editor.random.nextInt(4) == 0) {
                // An editor's mistake, built, then mended: the build in between keeps the file's last reading.
                done.add(editor.breakOne());
                build(dir, time);
                editor.mend();
            }
            done.add(editor.edit());
            time = time.plus(Duration.ofMinutes(editor.random.nextInt(3 * 24 * 60)));
            done.add("built at " + time);
            BuildResult incremental = build(dir, time);
            assertAsFromNothing(incremental.problems(), step, time, "seed " + seed + ", after: "
                    + String.join("; ", done));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thePreviewAfterEachEditEqualsABuildFromNothing(long seed) throws IOException {
        Editor editor = startingSite(seed);
        Instant time = Instant.parse("2025-06-20T00:00:00Z");
        PreviewSession preview = Duet.previewing(config(dir, time), BuildListener.silent());
        preview.build();
        List<String> done = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            editor.changed.clear();
            if (editor.random.nextInt(4) == 0) {
                done.add(editor.breakOne());
                preview.rebuild(Set.copyOf(editor.changed));
                editor.changed.clear();
                editor.mend();
            }
            done.add(editor.edit());
            RebuildResult rebuilt = preview.rebuild(Set.copyOf(editor.changed));
            preview.settle(() -> false);
            assertAsFromNothing(rebuilt.problems(), step, time, "seed " + seed + ", after: "
                    + String.join("; ", done));
        }
    }

    /** The site the edits start from: {@link #STORIES} stories and their glossary. */
    private Editor startingSite(long seed) throws IOException {
        Editor editor = new Editor(new Random(seed), TestSite.in(dir));
        for (int i = 0; i < STORIES; i++) {
            editor.add();
        }
        editor.writeGlossary();
        return editor;
    }

    /**
     * The site's output, and the {@code problems} its last build found, are those of a copy of its files built from
     * nothing at the same {@code time}.
     */
    private void assertAsFromNothing(List<Problem> problems, int step, Instant time, String sequence)
            throws IOException {
        Path clean = scratch.resolve("clean-" + step);
        copyInputs(dir, clean);
        BuildResult fresh = build(clean, time);
        assertEquals(aboutTheFiles(fresh.problems()), aboutTheFiles(problems), sequence);
        assertSameOutput(clean, dir, sequence);
    }

    private static SiteConfig config(Path site, Instant time) {
        return SiteConfig.builder(site).baseUrl(TestSite.BASE_URL).threads(2).pageSize(3).buildTime(time).build();
    }

    private static void assertSameOutput(Path clean, Path dir, String sequence) {
        Map<String, byte[]> expected = TestSite.tree(clean.resolve("target/site"));
        Map<String, byte[]> actual = TestSite.tree(dir.resolve("target/site"));
        assertEquals(expected.keySet(), actual.keySet(), sequence);
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            if (!Arrays.equals(file.getValue(), actual.get(file.getKey()))) {
                fail(file.getKey() + " differs from a build from nothing; " + sequence + "\n"
                        + firstDifference(file.getValue(), actual.get(file.getKey())));
            }
        }
    }

    private static BuildResult build(Path site, Instant time) throws IOException {
        return new Duet(config(site, time), BuildListener.silent()).build();
    }

    /** The problems a build found in the files as they are, not those it tells about the change since the last. */
    private static List<String> aboutTheFiles(List<Problem> problems) {
        return problems.stream().filter(problem -> !CHANGE_NEWS.contains(problem.code()))
                .map(Problem::toString).toList();
    }

    /** The site's own files, without what builds left in {@code target/}. */
    private static void copyInputs(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> top = Files.list(from)) {
            for (Path entry : top.toList()) {
                if (!entry.getFileName().toString().equals("target")) {
                    if (Files.isDirectory(entry)) {
                        TestSite.copy(entry, to.resolve(entry.getFileName().toString()));
                    } else {
                        Files.copy(entry, to.resolve(entry.getFileName().toString()));
                    }
                }
            }
        }
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        String a = new String(expected, StandardCharsets.UTF_8);
        String b = new String(actual, StandardCharsets.UTF_8);
        int at = 0;
        while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 300);
        return "from nothing: …" + a.substring(from, Math.min(a.length(), at + 300)) + "…\nincremental: …"
                + b.substring(from, Math.min(b.length(), at + 300)) + "…";
    }

    /** One language's article file of a story, as the editor keeps it. */
    private static final class Article {
        final String lang;
        final Map<String, String> fields = new LinkedHashMap<>();
        String body;
        String file;
        boolean present = true;

        Article(String lang) {
            this.lang = lang;
        }

        String text() {
            StringBuilder text = new StringBuilder("---\n");
            fields.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
            return text.append("---\n\n").append(body).toString();
        }
    }

    /** A story in both languages. */
    private static final class Story {
        final Map<String, Article> languages = new LinkedHashMap<>();

        Story() {
            languages.put("zh", new Article("zh"));
            languages.put("en", new Article("en"));
        }
    }

    /** Makes and applies the random edits, writing only the files an edit changes. */
    private static final class Editor {
        final Random random;
        private Article broken;
        /** The files the edits since this was last cleared wrote, deleted or moved. */
        final Set<Path> changed = new HashSet<>();
        private final TestSite site;
        private final List<Story> stories = new ArrayList<>();
        private final Map<String, String> glossary = new LinkedHashMap<>();
        private int made;

        Editor(Random random, TestSite site) {
            this.random = random;
            this.site = site;
            for (int i = 0; i < EN_TAGS.length; i++) {
                glossary.put(EN_TAGS[i], ZH_TAGS[i]);
            }
        }

        private static String quoted(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private static String list(List<String> values) {
            return values.stream().map(Editor::quoted).reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]")
                    .orElse("[]");
        }

        private String date() {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(570));
            return random.nextInt(3) == 0 ? day + " " + String.format("%02d:%02d", 6 + random.nextInt(14),
                    random.nextInt(60)) : day.toString();
        }

        private List<String> tags(String lang) {
            TreeSet<Integer> picked = new TreeSet<>();
            int count = 1 + random.nextInt(3);
            while (picked.size() < count) {
                picked.add(random.nextInt(EN_TAGS.length));
            }
            return picked.stream().map(i -> lang.equals("zh") && random.nextBoolean() ? ZH_TAGS[i] : EN_TAGS[i])
                    .toList();
        }

        private String paragraphs(String lang, int story, int count) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < count; p++) {
                int word = random.nextInt(1000);
                body.append(lang.equals("zh") ? "第" + story + "篇新闻第" + (p + 1) + "段，关键词" + word + "。"
                        : "Story " + story + " paragraph " + (p + 1) + " mentions word" + word + ".").append("\n\n");
            }
            return body.toString();
        }

        void add() throws IOException {
            int number = made++;
            Story story = new Story();
            String date = date();
            String slug = "story-" + number;
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            String url = "https://www.chinanews.com.cn/" + channel + "/" + date.substring(0, 4) + "/"
                    + date.substring(5, 10) + "/" + (1000 + number) + ".shtml";
            int reporter = random.nextInt(EN_NAMES.length);
            for (Article article : story.languages.values()) {
                boolean zh = article.lang.equals("zh");
                article.fields.put("title", quoted(zh ? "新闻" + number + "号" : "Story number " + number));
                article.fields.put("lang", quoted(article.lang));
                article.fields.put("date", quoted(date));
                article.fields.put("slug", quoted(slug));
                article.fields.put("tags", list(tags(article.lang)));
                article.fields.put("agency", quoted(zh ? "中新社" : "China News Service"));
                article.fields.put("reporters", list(List.of(zh ? ZH_NAMES[reporter] : EN_NAMES[reporter])));
                article.fields.put("source", "{url: " + quoted(url) + ", name: " + quoted(zh ? "中新网" : "CNS")
                        + "}");
                article.fields.put("views", String.valueOf(random.nextInt(5000)));
                article.body = paragraphs(article.lang, number, 2 + random.nextInt(3));
                article.file = "articles/" + date.substring(0, 4) + "/" + slug + "." + article.lang + ".md";
                write(article);
            }
            stories.add(story);
        }

        void writeGlossary() throws IOException {
            StringBuilder text = new StringBuilder();
            glossary.forEach((en, zh) -> text.append(quoted(en)).append(": ").append(quoted(zh)).append('\n'));
            site.glossary(text.toString());
            changed.add(site.dir().resolve("glossary.yaml"));
        }

        private void write(Article article) throws IOException {
            if (article.present) {
                site.write(article.file, article.text());
                changed.add(site.dir().resolve(article.file));
            }
        }

        /** Writes one article file so that it cannot be read as an article; says which. */
        String breakOne() throws IOException {
            Story story = stories.get(random.nextInt(stories.size()));
            broken = story.languages.get(random.nextBoolean() ? "zh" : "en");
            if (!broken.present) {
                broken = null;
                return "nothing broken (a deleted file)";
            }
            String text = random.nextBoolean() ? broken.text().replace("date: ", "date: [")
                    : broken.text().replace("---\n\n", "");
            site.write(broken.file, text);
            changed.add(site.dir().resolve(broken.file));
            return "broken: " + broken.file;
        }

        /** Writes the broken file as it was. */
        void mend() throws IOException {
            if (broken != null) {
                write(broken);
            }
        }

        /** Applies one random edit; says what it did. */
        String edit() throws IOException {
            Story story = stories.get(random.nextInt(stories.size()));
            String storySlug = story.languages.get("en").fields.get("slug");
            Article one = story.languages.get(random.nextBoolean() ? "zh" : "en");
            String said = storySlug + " " + one.lang;
            switch (random.nextInt(22)) {
                case 0 -> {
                    add();
                    return "added story-" + (made - 1);
                }
                case 1 -> {
                    one.body = one.body + paragraphs(one.lang, made, 1);
                    write(one);
                    return "paragraph added to " + said;
                }
                case 2 -> {
                    one.fields.put("title", quoted((one.lang.equals("zh") ? "改过的标题" : "A changed title ")
                            + random.nextInt(100)));
                    write(one);
                    return "title of " + said;
                }
                case 3 -> {
                    one.fields.put("tags", list(tags(one.lang)));
                    write(one);
                    return "tags of " + said + " now " + one.fields.get("tags");
                }
                case 4 -> {
                    String date = date();
                    for (Article article : story.languages.values()) {
                        article.fields.put("date", quoted(date));
                        write(article);
                    }
                    return "date of " + storySlug + " now " + date;
                }
                case 5 -> {
                    boolean both = random.nextBoolean();
                    for (Article article : story.languages.values()) {
                        if (both || article == one) {
                            article.fields.put("unpublished", "true");
                            write(article);
                        }
                    }
                    return "withdrawn: " + (both ? storySlug : said);
                }
                case 6 -> {
                    for (Article article : story.languages.values()) {
                        if (article.fields.remove("unpublished") != null || article.fields.remove("draft") != null) {
                            write(article);
                        }
                    }
                    return "published again: " + storySlug;
                }
                case 7 -> {
                    one.fields.put("draft", "true");
                    write(one);
                    return "made a draft: " + said;
                }
                case 8 -> {
                    boolean both = random.nextBoolean();
                    for (Article article : story.languages.values()) {
                        if ((both || article == one) && article.present) {
                            article.present = false;
                            Files.delete(site.dir().resolve(article.file));
                            changed.add(site.dir().resolve(article.file));
                        }
                    }
                    return "deleted: " + (both ? storySlug : said);
                }
                case 9 -> {
                    for (Article article : story.languages.values()) {
                        if (!article.present) {
                            article.present = true;
                            write(article);
                        }
                    }
                    return "put back: " + storySlug;
                }
                case 10 -> {
                    one.fields.put("views", String.valueOf(random.nextInt(20000)));
                    write(one);
                    return "views of " + said;
                }
                case 11 -> {
                    String section = CHANNELS[random.nextInt(CHANNELS.length)];
                    for (Article article : story.languages.values()) {
                        article.fields.put("section", quoted(section));
                        write(article);
                    }
                    return "section of " + storySlug + " now " + section;
                }
                case 12 -> {
                    int reporter = random.nextInt(EN_NAMES.length);
                    one.fields.put("reporters", list(List.of(one.lang.equals("zh") ? ZH_NAMES[reporter]
                            : EN_NAMES[reporter])));
                    write(one);
                    return "reporter of " + said + " now " + reporter;
                }
                case 13 -> {
                    String slug = "renamed-" + made++;
                    boolean alias = random.nextBoolean();
                    for (Article article : story.languages.values()) {
                        if (alias) {
                            String old = article.fields.get("slug").replace("\"", "");
                            String date = article.fields.get("date").replace("\"", "");
                            article.fields.put("aliases", list(List.of("/" + article.lang + "/" + date.substring(0, 4)
                                    + "/" + date.substring(5, 7) + "/" + old + "/")));
                        }
                        article.fields.put("slug", quoted(slug));
                        write(article);
                    }
                    return "slug of " + storySlug + " now " + slug + (alias ? ", with an alias" : "");
                }
                case 14 -> {
                    if (one.present) {
                        Path from = site.dir().resolve(one.file);
                        one.file = one.file.replace("." + one.lang + ".md", "-moved." + one.lang + ".md");
                        Files.move(from, site.dir().resolve(one.file));
                        changed.add(from);
                        changed.add(site.dir().resolve(one.file));
                        return "file renamed: " + said;
                    }
                    return "nothing (rename of a deleted file)";
                }
                case 15 -> {
                    String tag = EN_TAGS[random.nextInt(EN_TAGS.length)];
                    glossary.put(tag, glossary.get(tag) + "新");
                    writeGlossary();
                    return "glossary: " + tag + " is now " + glossary.get(tag);
                }
                case 17 -> {
                    String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                    int name = random.nextInt(100);
                    site.write("sections.tsv", "chinanews.com.cn\t" + channel + "\tdesk-" + name + "\t栏目" + name
                            + "\tDesk " + name + "\n");
                    changed.add(site.dir().resolve("sections.tsv"));
                    return "sections.tsv: " + channel + " is now desk-" + name;
                }
                case 18 -> {
                    String name = "static/notes/" + random.nextInt(3) + ".txt";
                    site.write(name, "note " + random.nextInt(100) + "\n");
                    changed.add(site.dir().resolve(name));
                    return "static file " + name;
                }
                case 19 -> {
                    // A lead picture set, or its file drawn again at another size under the same name.
                    String folder = one.file.substring(0, one.file.lastIndexOf('/') + 1);
                    String picture = "photo-" + random.nextInt(3) + ".jpg";
                    site.write(folder + picture, TestImages.draw("jpg", 200 + 100 * random.nextInt(8),
                            150 + 50 * random.nextInt(8)));
                    changed.add(site.dir().resolve(folder + picture));
                    one.fields.put("image", "{src: " + quoted(picture) + ", alt: " + quoted("a picture") + "}");
                    write(one);
                    return "picture " + folder + picture + " on " + said;
                }
                case 20 -> {
                    // A picture in the body of the other language's file.
                    Article other = story.languages.get(one.lang.equals("zh") ? "en" : "zh");
                    String folder = other.file.substring(0, other.file.lastIndexOf('/') + 1);
                    String picture = "inline-" + random.nextInt(2) + ".png";
                    site.write(folder + picture, TestImages.draw("png", 100 + 60 * random.nextInt(6), 120));
                    changed.add(site.dir().resolve(folder + picture));
                    if (!other.body.contains("](" + picture + ")")) {
                        other.body = other.body + "![inline](" + picture + ")\n";
                        write(other);
                    }
                    return "inline picture " + folder + picture + " in " + storySlug + " " + other.lang;
                }
                case 21 -> {
                    // An old address of another system, in front of the aliases: the feeds' id of the story.
                    String legacy = "/news/" + random.nextInt(1000) + ".html";
                    one.fields.put("aliases", list(List.of(legacy)));
                    write(one);
                    return "alias " + legacy + " on " + said;
                }
                default -> {
                    one.fields.put("correction", quoted(one.lang.equals("zh") ? "更正：数字有误。" : "Correction: a number."));
                    one.fields.put("updated", quoted("2025-06-0" + (1 + random.nextInt(9))));
                    write(one);
                    return "correction to " + said;
                }
            }
        }
    }
}
