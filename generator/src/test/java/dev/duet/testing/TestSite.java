package dev.duet.testing;

import dev.duet.BuildResult;
import dev.duet.Duet;
import dev.duet.config.SiteConfig;
import dev.duet.content.Body;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.model.ArticlePage;
import dev.duet.model.Attribution;
import dev.duet.model.Permalinks;
import dev.duet.model.Site;
import dev.duet.model.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one site fixture of the tests: a small site in a folder, written file by file (articles, sources, glossary,
 * static files, theme overrides), configured, built with the default theme, and read back as text, jsoup documents
 * or a whole tree of bytes. It can also stand in for a finished build ({@link #generatedPages()}) for the preview
 * server, or hold articles only in memory and give the {@link Site} model the render stages see ({@link #model()}).
 *
 * <pre>{@code
 * TestSite site = TestSite.in(dir).news().article("2024/x.en.md", "title: X\nlang: en\ndate: 2024-05-01", "Body.");
 * BuildResult result = site.build();
 * Document page = site.page("en/2024/05/x/index.html");
 * }</pre>
 */
public final class TestSite {

    public static final String BASE_URL = "https://news.example.org/";

    private final Path dir;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final BuildListener listener = new BuildListener() {
        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }

        @Override
        public void info(String message) {
            infos.add(message);
        }
    };
    private final List<String> infos = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<ArticlePage>> modelArticles = new LinkedHashMap<>();

    private TestSite(Path dir) {
        this.dir = dir;
        modelArticles.put("zh", new ArrayList<>());
        modelArticles.put("en", new ArrayList<>());
    }

    /** A site in the given folder; nothing is written until asked. */
    public static TestSite in(Path dir) {
        return new TestSite(dir);
    }

    /**
     * A site whose articles live only in memory, for tests of the stages after the model ({@link #model()}); its
     * folder is a fixed path under {@code /tmp} that only a stage's own cache may use.
     */
    public static TestSite inMemory() {
        return new TestSite(Path.of("/tmp/duet-test-site-in-memory"));
    }

    public Path dir() {
        return dir;
    }

    /** The output folder of the default configuration. */
    public Path out() {
        return dir.resolve("target/site");
    }

    // ---- writing the site's files

    public TestSite write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite write(String path, byte[] bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** An article file: {@code articles/<path>} with the given YAML front matter lines and Markdown body. */
    public TestSite article(String path, String frontMatter, String body) throws IOException {
        return write("articles/" + path, "---\n" + frontMatter.strip() + "\n---\n\n" + body);
    }

    /** A source file for import: {@code sources/<name>}. */
    public TestSite source(String name, String text) throws IOException {
        return write("sources/" + name, text);
    }

    /** The glossary, {@code glossary.yaml}: English term to Chinese term, one a line. */
    public TestSite glossary(String yaml) throws IOException {
        return write("glossary.yaml", yaml);
    }

    /** A file copied as it is into the output: {@code static/<path>}. */
    public TestSite staticFile(String path, byte[] bytes) throws IOException {
        return write("static/" + path, bytes);
    }

    /** The bilingual news site of {@link News}: its articles and glossary. */
    public TestSite news() throws IOException {
        glossary("""
                Wang Yi: 王毅
                Shanghai Cooperation Organization (SCO): 上海合作组织
                new energy vehicles: 新能源汽车
                exports: 出口
                high-speed railway: 高铁
                """);
        article("2024/wang-yi-attends-sco-meeting.zh.md", """
                title: "王毅出席上合组织外长会议"
                lang: "zh"
                script: "Hans"
                date: "2024-05-21"
                slug: "wang-yi-attends-sco-meeting"
                tags:
                  - "Wang Yi"
                  - "Shanghai Cooperation Organization (SCO)"
                dateline: "新华社阿斯塔纳5月21日电"
                agency: "新华社"
                reporters:
                  - "张三"
                  - "李四"
                source:
                  url: "%s"
                  name: "新华网"
                views: 1200
                """.formatted(News.WANG_YI_SOURCE), """
                新华社阿斯塔纳5月21日电（记者 张三 李四）上海合作组织成员国外长理事会会议21日在阿斯塔纳举行。

                王毅在会上发表讲话。
                """);
        article("2024/wang-yi-attends-sco-meeting.en.md", """
                title: "Wang Yi Attends SCO Foreign Ministers' Meeting"
                lang: "en"
                date: "2024-05-21"
                slug: "wang-yi-attends-sco-meeting"
                tags:
                  - "Wang Yi"
                  - "Shanghai Cooperation Organization (SCO)"
                headline: "Chinese FM Attends Meeting of SCO Council of Foreign Ministers in Astana"
                dateline: "ASTANA, May 21"
                agency: "Xinhua"
                reporters:
                  - "Zhang San"
                  - "Li Si"
                source:
                  url: "%s"
                  name: "Xinhua"
                """.formatted(News.WANG_YI_SOURCE), """
                ASTANA, May 21 (Xinhua) -- The meeting of the Council of Foreign Ministers of the Shanghai Cooperation
                Organization was held in Astana on Tuesday.

                Wang Yi addressed the meeting.
                """);
        article("2024/nev-exports.zh.md", """
                title: "一季度新能源汽车出口保持增长"
                lang: "zh"
                date: "2024-04-12"
                tags: ["new energy vehicles", "exports"]
                agency: "新华社"
                """, "新华社北京4月12日电 一季度我国新能源汽车出口保持增长。\n");
        article("2024/nev-exports.en.md", """
                title: "New Energy Vehicle Exports Keep Growing in Q1"
                lang: "en"
                date: "2024-04-12"
                tags: ["new energy vehicles", "exports"]
                agency: "Xinhua"
                """, "BEIJING, April 12 (Xinhua) -- China's exports of new energy vehicles kept growing in Q1.\n");
        article("2024/pu-er-coffee-harvest.zh.md", """
                title: "云南普洱：咖啡豆迎来丰收季"
                lang: "zh"
                date: "2024-03-02"
                tags: ["咖啡"]
                agency: "中新网"
                """, "中新网普洱3月2日电 眼下正值咖啡豆采摘季。\n");
        article("2023/hong-kong-bridge.zh.md", """
                title: "港珠澳大橋通車五週年"
                lang: "zh"
                script: "Hant"
                date: "2023-10-24"
                tags: ["Hong Kong"]
                """, "港珠澳大橋通車五週年，車流量持續增長。\n");
        article("2023/hong-kong-bridge.en.md", """
                title: "Hong Kong-Zhuhai-Macao Bridge Marks Five Years"
                lang: "en"
                date: "2023-10-24"
                tags: ["Hong Kong"]
                """, "The bridge marked five years of traffic on Tuesday.\n");
        article("2023/rail-opens.zh.md", """
                title: "沪宁沿江高铁开通运营"
                lang: "zh"
                date: "2023-09-28"
                tags: ["high-speed railway"]
                """, "沪宁沿江高速铁路正式开通运营。\n");
        article("2023/rail-opens.en.md", """
                title: "Shanghai-Nanjing Riverside Railway Opens"
                lang: "en"
                date: "2023-09-28"
                tags: ["high-speed railway"]
                """, "The Shanghai-Nanjing riverside high-speed railway began operation.\n");
        article("undated/museum-reopens.en.md", """
                title: "Museum Reopens"
                lang: "en"
                """, "The museum reopened.\n");
        return this;
    }

    /**
     * {@code count} generated bilingual stories ({@code articles/<year>/story-<i>.{zh,en}.md}), dated over two
     * years, each with two of twelve tags and five paragraphs, and the tags' names added to the glossary; for tests
     * that need a site of many pages.
     */
    public TestSite stories(int count) throws IOException {
        String[] zhTags = {"经济", "外交", "科技", "文化", "体育", "环境", "教育", "卫生", "交通", "农业", "能源", "金融"};
        String[] enTags = {"economy", "diplomacy", "technology", "culture", "sports", "environment", "education",
            "health", "transport", "agriculture", "energy", "finance"};
        Path glossaryFile = dir.resolve("glossary.yaml");
        StringBuilder glossary = new StringBuilder(Files.isRegularFile(glossaryFile)
                ? Files.readString(glossaryFile, StandardCharsets.UTF_8) : "");
        for (int t = 0; t < zhTags.length; t++) {
            glossary.append(enTags[t]).append(": ").append(zhTags[t]).append('\n');
        }
        glossary(glossary.toString());
        for (int i = 0; i < count; i++) {
            String date = String.format("20%d-%02d-%02d", 23 + i % 2, 1 + (i * 5) % 12, 1 + (i * 7) % 27);
            int a = (i * 7) % zhTags.length;
            int b = (a + 1 + i % (zhTags.length - 1)) % zhTags.length;
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (int p = 0; p < 5; p++) {
                zh.append("这是第").append(i).append("篇新闻的第").append(p + 1).append("段，记者报道了")
                        .append(zhTags[(a + p) % zhTags.length]).append("方面的最新进展。\n\n");
                en.append("Paragraph ").append(p + 1).append(" of story ").append(i).append(" reports on ")
                        .append(enTags[(a + p) % enTags.length]).append(".\n\n");
            }
            String folder = "20" + (23 + i % 2) + "/story-" + i;
            String common = "\ndate: \"" + date + "\"\nslug: \"story-" + i + "\"\nviews: " + (i * 37 % 1000);
            article(folder + ".zh.md", "title: \"新闻第" + i + "号\"\nlang: \"zh\"" + common + "\ntags: [\"" + zhTags[a]
                    + "\", \"" + zhTags[b] + "\"]", zh.toString());
            article(folder + ".en.md", "title: \"Story " + i + "\"\nlang: \"en\"" + common + "\ntags: [\"" + enTags[a]
                    + "\", \"" + enTags[b] + "\"]", en.toString());
        }
        return this;
    }

    /** Writes {@link Generated}'s files straight into the site folder, as a finished build leaves its output. */
    public TestSite generatedPages() throws IOException {
        return write("index.html", Generated.HOME)
                .write("zh/index.html", Generated.ZH_HOME)
                .write("zh/tags/新能源/index.html", "<html><body><p>新能源</p></body></html>")
                .write("en/news/hello/index.html", "<html><body><p>Hello</p></body></html>")
                .write("404.html", Generated.NOT_FOUND)
                .write("css/site.css", "body { color: #222 }\n")
                .write("js/site.js", "console.log('duet');\n")
                .write("atom.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>")
                .write("sitemap.xml", "<?xml version=\"1.0\"?><urlset/>")
                .write("search.json", "[{\"title\":\"新闻\"}]")
                .write("robots.txt", "User-agent: *\n")
                .write("img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")
                .write("img/logo.png", Generated.PNG)
                .write("fonts/body.woff2", Generated.WOFF2)
                .write("download/archive.bin", new byte[] {1, 2, 3});
    }

    // ---- configuring and building

    /** A configuration with a fixed base URL and two threads; callers may change anything before {@code build()}. */
    public SiteConfig.Builder config() {
        return SiteConfig.builder(dir).baseUrl(BASE_URL).threads(2);
    }

    public Duet duet() {
        return duet(config().build());
    }

    public Duet duet(SiteConfig config) {
        return new Duet(config, listener);
    }

    public BuildResult build() throws IOException {
        return duet().build();
    }

    /** Collects every problem reported to it, for the tests to read with {@link #problems()}. */
    public BuildListener listener() {
        return listener;
    }

    /** Every problem reported so far, by every build, check or import of this site; tests may clear it. */
    public List<Problem> problems() {
        return problems;
    }

    /** Every line of news told so far (progress, summaries), by every build, check or import of this site. */
    public List<String> infos() {
        return infos;
    }

    public List<String> codes() {
        return problems.stream().map(Problem::code).toList();
    }

    // ---- reading the output

    public String read(String outputPath) throws IOException {
        return Files.readString(out().resolve(outputPath), StandardCharsets.UTF_8);
    }

    public Document page(String outputPath) throws IOException {
        return Jsoup.parse(read(outputPath), BASE_URL);
    }

    public boolean exists(String outputPath) {
        return Files.isRegularFile(out().resolve(outputPath));
    }

    /** The whole output folder as bytes, see {@link #tree(Path)}. */
    public Map<String, byte[]> outputTree() {
        return tree(out());
    }

    /** Every regular file under a folder, by forward-slash relative path, with its bytes. */
    public static Map<String, byte[]> tree(Path root) {
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

    /**
     * Asserts that two trees ({@link #tree}) hold the same files with the same bytes; a file that differs is shown as
     * text, both ways.
     */
    public static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, actual.get(path),
                () -> path + " differs:\n" + new String(bytes, StandardCharsets.UTF_8) + "\n----\n"
                        + new String(actual.get(path), StandardCharsets.UTF_8)));
    }

    /** Copies a folder tree, for tests that damage a built site. */
    public static void copy(Path from, Path to) throws IOException {
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

    // ---- the model in memory

    /**
     * Adds an article to the model only (nothing is written): no translation, no attribution, source path
     * {@code articles/<slug>.<lang>.md}; an empty date means undated; tags are slugs, shown under the same name.
     */
    public TestSite modelArticle(String lang, String slug, String date, String title, String body, String... tags) {
        Optional<LocalDate> day = date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
        List<Tag> tagList = Arrays.stream(tags).map(t -> new Tag(t, t, t)).toList();
        modelArticles.get(lang).add(new ArticlePage(slug, lang, lang.equals("zh") ? "zh-Hans" : "en", title,
                Optional.empty(), day, Permalinks.article(lang, day, slug), Body.of(body),
                "articles/" + slug + "." + lang + ".md", 1, tagList, new Attribution(Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty()));
        return this;
    }

    /** The site model of the articles added with {@link #modelArticle}: each language sorted, tag pages made. */
    public Site model() {
        return Site.of(config().build(), modelArticles.values().stream().flatMap(List::stream).toList());
    }

    /**
     * A small bilingual site written as article files: four stories in both languages (one in Traditional
     * Chinese), one in Chinese only, one English story without a date, and a glossary. Chinese and English each
     * have five articles. The constants are output paths of its pages.
     */
    public static final class News {

        public static final String WANG_YI_ZH = "zh/2024/05/wang-yi-attends-sco-meeting/index.html";
        public static final String WANG_YI_EN = "en/2024/05/wang-yi-attends-sco-meeting/index.html";
        public static final String COFFEE_ZH = "zh/2024/03/pu-er-coffee-harvest/index.html";
        public static final String BRIDGE_ZH = "zh/2023/10/hong-kong-bridge/index.html";
        public static final String BRIDGE_EN = "en/2023/10/hong-kong-bridge/index.html";
        public static final String UNDATED_EN = "en/undated/museum-reopens/index.html";
        public static final String WANG_YI_SOURCE = "https://www.xinhuanet.com/world/2024-05/21/c_1130150000.htm";

        private News() {
        }
    }

    /** A small site as a finished build leaves its output folder: pages, styles, images, fonts, a feed. */
    public static final class Generated {

        public static final String HOME =
                "<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Duet</h1></body></html>";
        public static final String ZH_HOME = "<!DOCTYPE html><html lang=\"zh\"><body><h1>双语新闻</h1></body></html>";
        public static final String NOT_FOUND =
                "<!DOCTYPE html><html><body><h1>找不到页面 Page not found</h1></body></html>";
        public static final byte[] PNG =
                {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        public static final byte[] WOFF2 = {'w', 'O', 'F', '2', 0, 1, 0, 0, (byte) 0xff, (byte) 0xfe};

        private Generated() {
        }
    }
}
