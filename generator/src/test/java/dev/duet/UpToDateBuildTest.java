package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.config.SiteConfig;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import dev.duet.testing.TestSite.News;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose inputs and outputs are as the last build left them is skipped, and reports that build's problems
 * again. Anything the output depends on makes the next build a real one, whose output equals a fresh build's byte
 * for byte. The site's files are dated an hour back before the first build, as files edited long ago are: a file
 * changed within two seconds of the moment a build looked at it cannot be trusted (see {@code racilyCleanFile…}).
 */
class UpToDateBuildTest {

    private static final String ZH_ARTICLE = "articles/2024/wang-yi-attends-sco-meeting.zh.md";
    private static final String EN_ARTICLE = "articles/2024/wang-yi-attends-sco-meeting.en.md";
    private static final String SNAPSHOT = "target/duet/build-snapshot.txt";

    @TempDir
    Path dir;

    private final FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    private final List<Problem> reported = Collections.synchronizedList(new ArrayList<>());
    private final List<String> infos = Collections.synchronizedList(new ArrayList<>());
    private TestSite site;
    private BuildResult first;

    @BeforeEach
    void buildOnce() throws Exception {
        site = TestSite.in(dir).news();
        ageSite();
        first = build();
        assertFalse(first.upToDate());
        assertFalse(first.hasErrors(), first.problems().toString());
        assertTrue(first.problems().stream().anyMatch(p -> !p.isError()), "the site has a warning to repeat");
    }

    @Test
    void skipsABuildWhenNothingChangedAndReportsTheSameProblems() throws Exception {
        Map<String, byte[]> before = TestSite.tree(site.out());
        reported.clear();
        infos.clear();

        BuildResult again = build();

        assertTrue(again.upToDate(), again.summary());
        assertEquals(0, again.rendered());
        assertEquals(0, again.written());
        assertEquals(List.of(), again.deleted());
        assertEquals(first.articles(), again.articles());
        assertEquals(first.files(), again.files());
        assertEquals(first.problems(), again.problems());
        assertEquals(first.problems(), reported);
        assertEquals(List.of("Building for " + TestSite.BASE_URL), infos.subList(0, 1));
        assertEquals(2, infos.size(), infos.toString());
        assertTrue(infos.get(1).startsWith("Site is up to date: " + first.articles() + " articles, "
                + first.files() + " files unchanged since the last build (checked in "), infos.get(1));
        TestSite.assertSameTree(before, TestSite.tree(site.out()));
        assertTrue(build().upToDate(), "a skipped build leaves the snapshot as it was");
    }

    @Test
    void anArticleEditedToTheSameSizeIsBuilt() throws Exception {
        Path file = dir.resolve(ZH_ARTICLE);
        long size = Files.size(file);
        replace(ZH_ARTICLE, "王毅在会上发表讲话。", "王毅在会上发表演讲。");
        Files.setLastModifiedTime(file, later(1));
        assertEquals(size, Files.size(file), "the edit keeps the size");

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read(News.WANG_YI_ZH).contains("王毅在会上发表演讲。"));
    }

    /**
     * A time on a whole second is one put on the file ({@code touch -d}, a tarball's, a tree given one time for a
     * reproducible build), and an edit of the same size may be given it back: the build compares such a file by its
     * bytes, where the stamp alone called the site up to date and left the page as it was.
     */
    @Test
    void anEditOfTheSameSizeGivenBackAWholeSecondTimeIsBuilt() throws Exception {
        Path file = dir.resolve(ZH_ARTICLE);
        FileTime fixed = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, fixed);
        build();
        assertTrue(build().upToDate(), "the same bytes under the same time");

        String text = Files.readString(file);
        Files.writeString(file, text.replace("王毅在会上发表讲话。", "王毅在会上发表演讲。"));
        Files.setLastModifiedTime(file, fixed);
        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read(News.WANG_YI_ZH).contains("王毅在会上发表演讲。"));
        assertTrue(build().upToDate());
    }

    @Test
    void filesGivenNewTimesWithTheSameBytesAreNoChange() throws Exception {
        // As a checkout, a copy or a cache restored on a CI runner leaves them.
        for (String file : List.of(ZH_ARTICLE, EN_ARTICLE, "articles/2024/pu-er-coffee-harvest.zh.md")) {
            Files.setLastModifiedTime(dir.resolve(file), later(30));
        }
        BuildResult again = build();
        assertTrue(again.upToDate(), again.summary());
        assertEquals(0, again.rendered());

        replace(ZH_ARTICLE, "王毅在会上发表讲话。", "王毅在会上发表演讲。");
        Files.setLastModifiedTime(dir.resolve(ZH_ARTICLE), later(60));
        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read(News.WANG_YI_ZH).contains("王毅在会上发表演讲。"));
    }

    @Test
    void anArticleEditedToAnotherSizeAtTheSameTimeIsBuilt() throws Exception {
        replace(ZH_ARTICLE, "王毅在会上发表讲话。", "王毅在会上发表重要讲话。");
        Files.setLastModifiedTime(dir.resolve(ZH_ARTICLE), old);

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read(News.WANG_YI_ZH).contains("王毅在会上发表重要讲话。"));
    }

    @Test
    void anAddedArticleIsBuilt() throws Exception {
        site.article("2024/new-story.en.md", """
                title: "A New Story"
                lang: "en"
                date: "2024-06-01"
                """, "Something happened.\n");
        Files.setLastModifiedTime(dir.resolve("articles/2024/new-story.en.md"), old);

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read("en/index.html").contains("A New Story"));
    }

    @Test
    void aDeletedArticleIsBuilt() throws Exception {
        Files.delete(dir.resolve("articles/2024/pu-er-coffee-harvest.zh.md"));

        assertRealBuildMatchingAFreshOne();
        assertFalse(site.exists(News.COFFEE_ZH));
        assertTrue(reported.stream().anyMatch(p -> p.code().equals("build.article-deleted")
                && p.file().equals("articles/2024/pu-er-coffee-harvest.zh.md")), reported.toString());
    }

    @Test
    void aChangedTranslationPairIsBuilt() throws Exception {
        replace(EN_ARTICLE, "lang: \"en\"\n", "lang: \"en\"\ntranslationKey: \"another-story\"\n");

        assertRealBuildMatchingAFreshOne();
        assertFalse(site.read(News.WANG_YI_ZH).contains("Wang Yi Attends SCO Foreign Ministers' Meeting"),
                "the pair is broken");
    }

    @Test
    void aChangedTagMembershipIsBuilt() throws Exception {
        replace(ZH_ARTICLE, "  - \"Wang Yi\"\n", "  - \"Wang Yi\"\n  - \"diplomacy\"\n");

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read("zh/tags/diplomacy/index.html").contains("王毅出席上合组织外长会议"));
    }

    @Test
    void anAddedAndThenChangedTemplateOverrideIsBuilt() throws Exception {
        String template = themeTemplate("article.ftlh");
        site.write("theme/templates/article.ftlh", template.replace("<div class=\"article-body\">",
                "<div class=\"article-body\" data-edition=\"2\">"));
        Files.setLastModifiedTime(dir.resolve("theme/templates/article.ftlh"), old);
        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read(News.WANG_YI_ZH).contains("data-edition=\"2\""));
        assertTrue(build().upToDate());

        site.write("theme/templates/article.ftlh", template.replace("<div class=\"article-body\">",
                "<div class=\"article-body\" data-edition=\"3\">"));
        Files.setLastModifiedTime(dir.resolve("theme/templates/article.ftlh"), later(1));
        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read(News.WANG_YI_ZH).contains("data-edition=\"3\""));
    }

    @Test
    void anAddedThemeStaticFileIsBuilt() throws Exception {
        site.write("theme/static/css/extra.css", "body { margin: 0 }\n");
        ageSite();

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.exists("css/extra.css"));
    }

    @Test
    void aChangedConfigurationIsBuilt() throws Exception {
        assertRealBuildMatchingAFreshOne(c -> c.pageSize(2));
        assertTrue(site.exists("zh/page/2/index.html"));
        assertTrue(build(c -> c.pageSize(2)).upToDate());

        assertRealBuildMatchingAFreshOne(c -> c.pageSize(2).baseUrl("https://other.example.org/news/"));
        assertTrue(site.read("sitemap.xml").contains("https://other.example.org/news/"));
    }

    @Test
    void anAddedStaticFileIsBuilt() throws Exception {
        site.write("static/CNAME", "news.example.org\n");
        Files.setLastModifiedTime(dir.resolve("static/CNAME"), old);

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.exists("CNAME"));
    }

    @Test
    void aChangedGlossaryIsBuilt() throws Exception {
        replace("glossary.yaml", "exports: 出口", "exports: 出口贸易");

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.read("zh/tags/index.html").contains("出口贸易"));
    }

    @Test
    void anOutputFileDeletedByHandIsBuiltAgain() throws Exception {
        Files.delete(site.out().resolve(News.WANG_YI_EN));

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.exists(News.WANG_YI_EN));
    }

    /**
     * A new article and, in the same build, output files deleted by hand: the check of the outputs runs while the
     * articles are read, and the files it found gone are rendered again rather than taken for still there.
     */
    @Test
    void outputFilesDeletedByHandAlongsideANewArticleAreBuiltAgain() throws Exception {
        ageOutput();
        assertFalse(build().upToDate(), "the output's stamps changed");
        site.article("2024/new-story.en.md", """
                title: "A New Story"
                lang: "en"
                date: "2024-06-01"
                """, "Something happened.\n");
        Files.setLastModifiedTime(dir.resolve("articles/2024/new-story.en.md"), old);
        Files.delete(site.out().resolve(News.WANG_YI_EN));
        Files.delete(site.out().resolve("zh/index.html"));

        assertRealBuildMatchingAFreshOne();
        assertTrue(site.exists(News.WANG_YI_EN));
        assertTrue(site.read("en/index.html").contains("A New Story"));
    }

    /** Just after a build its last files are too new for their stamps to tell: their bytes are compared. */
    @Test
    void anOutputFileChangedByHandRightAfterTheBuildIsBuiltAgain() throws Exception {
        Path page = site.out().resolve(News.WANG_YI_EN);
        // A build that writes the page again, in well under two seconds.
        Files.delete(page);
        assertFalse(build().upToDate());
        String line = Files.readAllLines(dir.resolve(SNAPSHOT)).stream()
                .filter(l -> l.startsWith("output\t") && l.endsWith("\t" + News.WANG_YI_EN)).findFirst().orElseThrow();
        assertTrue(line.split("\t")[3].matches("[0-9a-f]{32}"), "the snapshot has a digest of the page's bytes: " + line);
        FileTime time = Files.getLastModifiedTime(page);
        String text = Files.readString(page);
        Files.writeString(page, text.replace("Wang Yi addressed", "Wang Yi ADDRESSED"));
        Files.setLastModifiedTime(page, time);

        assertRealBuildMatchingAFreshOne();
    }

    /**
     * A CI cache that keeps whole seconds (GNU tar without --posix, a zip) gives back the output with its times cut
     * to the second: no change, where every file was rendered again.
     */
    @Test
    void outputTimesCutToTheSecondByACacheAreNoChange() throws Exception {
        ageOutput();
        assertFalse(build().upToDate(), "the output's stamps changed");
        try (Stream<Path> walk = Files.walk(site.out())) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(p, FileTime.from(Files.getLastModifiedTime(p).toInstant()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            }
        }
        BuildResult again = build();
        assertTrue(again.upToDate(), again.summary());

        // A page changed by hand to the same size, its time cut to a second, is still told by that second.
        Path page = site.out().resolve(News.WANG_YI_EN);
        Files.writeString(page, Files.readString(page).replace("Wang Yi addressed", "Wang Yi ADDRESSED"));
        Files.setLastModifiedTime(page, FileTime.from(later(7).toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        assertRealBuildMatchingAFreshOne();
    }

    @Test
    void anOldOutputFileChangedByHandIsBuiltAgain() throws Exception {
        ageOutput();
        assertFalse(build().upToDate(), "the output's stamps changed");
        assertTrue(build().upToDate());
        Path page = site.out().resolve(News.WANG_YI_EN);
        Files.writeString(page, Files.readString(page).replace("Wang Yi addressed", "Wang Yi ADDRESSED"));
        Files.setLastModifiedTime(page, later(1));

        assertRealBuildMatchingAFreshOne();

        ageOutput();
        assertFalse(build().upToDate());
        Files.writeString(page, Files.readString(page) + "<!-- mine -->");
        Files.setLastModifiedTime(page, old);
        assertRealBuildMatchingAFreshOne();
    }

    @Test
    void aDamagedSnapshotMeansARealBuild() throws Exception {
        Path snapshot = dir.resolve(SNAPSHOT);
        String text = Files.readString(snapshot);
        Files.writeString(snapshot, text.substring(0, text.length() / 2));
        assertRealBuildMatchingAFreshOne();

        Files.write(snapshot, new byte[] {(byte) 0xff, (byte) 0xfe, 0, '\n'});
        assertRealBuildMatchingAFreshOne();

        text = Files.readString(snapshot);
        Files.writeString(snapshot, text.replaceFirst("\nfiles\t(\\d+)", "\nfiles\tmany"));
        assertRealBuildMatchingAFreshOne();

        Files.delete(snapshot);
        assertRealBuildMatchingAFreshOne();
    }

    @Test
    void aRacilyCleanFileIsComparedByItsBytes() throws Exception {
        // Stamped within the same two seconds as the build's listing: a change after the listing could keep the
        // stamp, so the snapshot keeps the file's digest too.
        Path article = dir.resolve(EN_ARTICLE);
        FileTime now = FileTime.from(Instant.now());
        Files.setLastModifiedTime(article, now);
        assertTrue(build().upToDate(), "a new time, the same bytes; the check keeps the new time with its digest");
        assertTrue(build().upToDate(), "the same bytes");

        String text = Files.readString(article);
        Files.writeString(article, text.replace("Wang Yi", "Wang Ye"));
        Files.setLastModifiedTime(article, now);
        assertFalse(build().upToDate(), "another edit in the same clock tick: same size and time, other bytes");
        assertTrue(site.read(News.WANG_YI_EN).contains("Wang Ye"));
        assertTrue(build().upToDate());
    }

    @Test
    void aPreviewNeverSkipsItsBuild() throws Exception {
        BuildResult preview = Duet.previewing(site.config().build(), BuildListener.silent()).build();
        assertFalse(preview.upToDate());
        assertEquals(first.files(), preview.files());
        assertEquals(0, preview.written());
        assertTrue(build().upToDate(), "the preview left the output and the snapshot as they were");
    }

    @Test
    void forceBuildsAnUpToDateSite() throws Exception {
        assertFalse(build(c -> c.force(true)).upToDate());
        assertFalse(build(c -> c.force(true)).upToDate());
    }

    /**
     * An output file changed by hand to the same size and given back its time: the snapshot and the render cache
     * both take it for what the build wrote. {@code force} trusts neither, renders every file and so mends it.
     */
    @Test
    void forceRendersEveryFileAndMendsOneTheCachesWouldTrust() throws Exception {
        ageOutput();
        assertFalse(build().upToDate(), "the output's stamps changed");
        assertTrue(build().upToDate());
        Path page = site.out().resolve(News.WANG_YI_EN);
        FileTime time = Files.getLastModifiedTime(page);
        Files.writeString(page, Files.readString(page).replace("Wang Yi addressed", "Wang Yi ADDRESSED"));
        Files.setLastModifiedTime(page, time);
        assertTrue(build().upToDate(), "a change the stamps cannot show");

        BuildResult forced = build(c -> c.force(true));

        assertFalse(forced.upToDate());
        assertEquals(forced.files(), forced.rendered(), forced.summary());
        assertEquals(1, forced.written(), forced.summary());
        assertTrue(site.read(News.WANG_YI_EN).contains("Wang Yi addressed"));
        assertRealBuildMatchingAFreshOne(c -> c.force(true));
    }

    @Test
    void mavensProjectSiteInTheOutputIsNoticed() throws Exception {
        site.write("target/site/project-info.html", "<html></html>");
        Files.setLastModifiedTime(site.out().resolve("project-info.html"), old);
        BuildResult result = build();
        assertFalse(result.upToDate());
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("build.maven-site")));
        BuildResult again = build();
        assertTrue(again.upToDate());
        assertEquals(result.problems(), again.problems());
    }

    @Test
    void aBuildWithErrorsLeavesNoSnapshot() throws Exception {
        site.write("articles/broken.en.md", "no front matter\n");
        Files.setLastModifiedTime(dir.resolve("articles/broken.en.md"), old);
        assertTrue(build().hasErrors());
        assertFalse(Files.exists(dir.resolve(SNAPSHOT)));
        assertFalse(build().upToDate());
    }

    @Test
    void anOutputFileChangedByHandAfterABuildWithErrorsIsBuiltAgain() throws Exception {
        site.write("articles/broken.en.md", "no front matter\n");
        Files.setLastModifiedTime(dir.resolve("articles/broken.en.md"), old);
        assertTrue(build().hasErrors());
        ageOutput();
        assertTrue(build().hasErrors());
        Path page = site.out().resolve(News.WANG_YI_EN);
        Files.writeString(page, Files.readString(page).replace("Wang Yi addressed", "Wang Yi ADDRESSED"));
        Files.setLastModifiedTime(page, later(1));

        BuildResult result = build();

        assertTrue(result.hasErrors());
        assertTrue(Files.readString(page).contains("Wang Yi addressed"), "rendered again: " + result.summary());
        Files.delete(dir.resolve("articles/broken.en.md"));
        assertRealBuildMatchingAFreshOne();
    }

    @Test
    void aSiteMovedToAnotherFolderIsUpToDateThereAndAnEditRendersOnlyItsPages() throws Exception {
        Path here = dir.resolve("moves/here");
        TestSite moving = TestSite.in(here).news();
        try (Stream<Path> walk = Files.walk(here)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(p, old);
            }
        }
        BuildResult built = moving.build();
        assertFalse(built.upToDate());
        Map<String, byte[]> before = TestSite.tree(moving.out());

        // Renamed as mv does, or as CI restores target/ into a workspace at another path: every file keeps its
        // bytes and its time.
        Path there = dir.resolve("moves/there");
        Files.move(here, there);
        TestSite moved = TestSite.in(there);
        BuildResult again = moved.build();
        assertTrue(again.upToDate(), again.summary());

        Path zh = there.resolve(ZH_ARTICLE);
        Files.writeString(zh, Files.readString(zh).replace("王毅在会上发表讲话。", "王毅在会上发表重要讲话。"));
        Files.setLastModifiedTime(zh, FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));
        BuildResult edited = moved.build();
        assertFalse(edited.upToDate());
        assertTrue(edited.rendered() < built.rendered() / 2, "only the pages that show the edited story: "
                + edited.rendered() + " of " + built.rendered());
        Map<String, byte[]> after = TestSite.tree(moved.out());
        assertTrue(new String(after.get("zh/2024/05/wang-yi-attends-sco-meeting/index.html"), StandardCharsets.UTF_8)
                .contains("重要讲话"));
        assertEquals(before.keySet(), after.keySet());
    }

    private BuildResult build() throws IOException {
        return build(UnaryOperator.identity());
    }

    private BuildResult build(UnaryOperator<SiteConfig.Builder> settings) throws IOException {
        BuildListener listener = new BuildListener() {
            @Override
            public void problem(Problem problem) {
                reported.add(problem);
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }
        };
        return new Duet(settings.apply(site.config()).build(), listener).build();
    }

    private void assertRealBuildMatchingAFreshOne() throws IOException {
        assertRealBuildMatchingAFreshOne(UnaryOperator.identity());
    }

    /** The next build is a real one, and its output equals that of a build into a new folder with a new cache. */
    private void assertRealBuildMatchingAFreshOne(UnaryOperator<SiteConfig.Builder> settings) throws IOException {
        BuildResult result = build(settings);
        assertFalse(result.upToDate(), result.summary());
        BuildResult fresh = new Duet(settings.apply(site.config()).outputDir("target/fresh-site")
                .cacheDir("target/fresh-cache").build(), BuildListener.silent()).build();
        assertEquals(fresh.files(), fresh.rendered(), "the fresh build rendered every file");
        // The same problems, but for the files gone since the last build, and a last snapshot that cannot be read,
        // which only a build after it can tell.
        assertEquals(fresh.problems(), result.problems().stream()
                .filter(p -> !p.code().equals("build.article-deleted") && !p.code().equals("build.snapshot-unreadable"))
                .toList());
        TestSite.assertSameTree(TestSite.tree(dir.resolve("target/fresh-site")), TestSite.tree(site.out()));
        deleteTree(dir.resolve("target/fresh-site"));
        deleteTree(dir.resolve("target/fresh-cache"));
    }

    /** Dates every file of the site but its output an hour back. */
    private void ageSite() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                if (!p.startsWith(dir.resolve("target"))) {
                    Files.setLastModifiedTime(p, old);
                }
            }
        }
    }

    /** Dates every output file an hour back, as if the build had run long ago. */
    private void ageOutput() throws IOException {
        try (Stream<Path> walk = Files.walk(site.out())) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    private FileTime later(int seconds) {
        return FileTime.from(old.toInstant().plusSeconds(seconds));
    }

    /** Replaces text in a file of the site, keeping the file's old time unless the test sets another. */
    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), "fixture has '" + from + "'");
        Files.writeString(path, text.replace(from, to));
        Files.setLastModifiedTime(path, later(2));
    }

    private String themeTemplate(String name) throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("duet/themes/default/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
