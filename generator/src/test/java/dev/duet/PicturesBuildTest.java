package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import dev.duet.image.TestImages;
import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole builds of a site whose articles have pictures: an article in a folder of its own with its picture, both
 * languages sharing it; bad pictures reported without stopping the build; and a rebuild that does no image work.
 */
class PicturesBuildTest {

    private static final String BUNDLE = "articles/2024/rail-opening/";
    private static final String ZH_PAGE = "zh/2024/05/rail-opening/index.html";
    private static final String EN_PAGE = "en/2024/05/rail-opening/index.html";

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        TestSite site = TestSite.in(dir);
        site.write(BUNDLE + "photo.jpg", TestImages.draw("jpg", 2000, 1125));
        site.write(BUNDLE + "index.zh.md", """
                ---
                title: "新线开通"
                date: "2024-05-20"
                image:
                  src: "photo.jpg"
                  alt: {zh: "列车驶过高架桥", en: "A train on a viaduct"}
                  caption: {zh: "新线首发列车。", en: "The first train on the new line."}
                  credit: "新华社"
                ---

                新线今日开通。
                """);
        site.write("articles/2024/newer.zh.md", """
                ---
                title: "更新的消息"
                date: "2024-05-21"
                ---

                正文。
                """);
        site.write(BUNDLE + "index.en.md", """
                ---
                title: "New line opens"
                date: "2024-05-20"
                ---

                The new line opened today.
                """);
        return site;
    }

    /**
     * A credit given per language is each page's own, as alt and caption are, where it was printed as
     * {@code {zh=…, en=…}} on both pages and in JSON-LD.
     */
    @Test
    void aCreditPerLanguageIsEachPagesOwn() throws IOException {
        TestSite site = site();
        String zh = java.nio.file.Files.readString(dir.resolve(BUNDLE + "index.zh.md"));
        site.write(BUNDLE + "index.zh.md", zh.replace("credit: \"新华社\"",
                "credit: {zh: \"新华社记者 王悦 摄\", en: \"Xinhua/Wang Yue\"}"));
        BuildResult result = site.build();
        assertFalse(result.hasErrors(), result.problems().toString());
        assertEquals("新线首发列车。 图片：新华社记者 王悦 摄", site.page(ZH_PAGE).selectFirst("figure.lead-image figcaption")
                .text());
        Document en = site.page(EN_PAGE);
        assertEquals("The first train on the new line. Photo: Xinhua/Wang Yue",
                en.selectFirst("figure.lead-image figcaption").text());
        assertTrue(en.selectFirst("script[type=application/ld+json]").data().contains("\"creditText\":\"Xinhua/Wang"
                + " Yue\""), en.selectFirst("script[type=application/ld+json]").data());
        for (String page : List.of(ZH_PAGE, EN_PAGE)) {
            assertFalse(site.read(page).contains("{zh="), page);
        }
        // The 中英对照 page shows both texts' captions and credits, the English in its language: it had the Chinese
        // ones alone, on the one page made to show both languages.
        Document parallel = site.page(ZH_PAGE.replace("index.html", "parallel/index.html"));
        assertEquals("新线首发列车。 The first train on the new line. 图片：新华社记者 王悦 摄 Photo: Xinhua/Wang Yue",
                parallel.selectFirst("figure.lead-image figcaption").text());
        assertEquals(List.of("en", "en"), parallel.select("figure.lead-image figcaption [lang]").eachAttr("lang"));
    }

    @Test
    void anArticleFolderSharesItsPictureBetweenLanguages() throws IOException {
        TestSite site = site();
        BuildResult result = site.build();
        assertFalse(result.hasErrors(), result.problems().toString());
        Document zh = site.page(ZH_PAGE);
        Element img = zh.selectFirst("figure.lead-image img");
        assertEquals("列车驶过高架桥", img.attr("alt"));
        assertEquals("1600", img.attr("width"));
        assertEquals("900", img.attr("height"));
        assertFalse(img.hasAttr("loading"), "the lead picture loads at once");
        assertEquals(3, img.attr("srcset").split(", ").length);
        assertEquals("新线首发列车。 图片：新华社", zh.selectFirst("figure.lead-image figcaption").text());
        Document en = site.page(EN_PAGE);
        assertEquals("A train on a viaduct", en.selectFirst("figure.lead-image img").attr("alt"));
        assertEquals("The first train on the new line. Photo: 新华社",
                en.selectFirst("figure.lead-image figcaption").text());
        // A Chinese credit on the English page is marked Chinese, so that a screen reader reads it in that voice.
        assertEquals("zh", en.selectFirst("figure.lead-image .credit [lang]").attr("lang"));
        assertEquals(img.attr("src"), en.selectFirst("figure.lead-image img").attr("src"));
        for (String copy : img.attr("srcset").split(", ")) {
            assertTrue(site.exists(copy.split(" ")[0].substring(1)), copy);
        }
        String og = zh.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(og.startsWith(TestSite.BASE_URL + "images/") && og.endsWith("/1600.jpg"), og);
        assertEquals("1600", zh.selectFirst("meta[property=og:image:width]").attr("content"));
        assertTrue(zh.selectFirst("script[type=application/ld+json]").data().contains("\"image\":{\"@type\":"
                + "\"ImageObject\",\"url\":\"" + og + "\",\"width\":1600,\"height\":900"));
        Element card = site.page("zh/index.html").selectFirst("article.item img");
        assertTrue(card.attr("src").endsWith("/480.jpg"));
        assertEquals("lazy", card.attr("loading"));
        assertEquals("270", card.attr("height"));
        Element lead = site.page("en/index.html").selectFirst(".lead-story img");
        assertEquals(img.attr("srcset"), lead.attr("srcset"), "the front page's lead story shows its picture large");
        card = site.page("zh/2024/05/index.html").selectFirst("article.item img");
        assertTrue(card.attr("src").endsWith("/480.jpg"));
        assertEquals("lazy", card.attr("loading"));
        assertEquals("270", card.attr("height"));
        assertTrue(site.read("zh/feed.xml").contains("<link rel=\"enclosure\" type=\"image/jpeg\" href=\"" + og));
        Document parallel = site.page("zh/2024/05/rail-opening/parallel/index.html");
        assertEquals(1, parallel.select("figure.lead-image").size());
        // Shared, the 中英对照 page has a card of its own: both titles, and the lead picture.
        assertEquals(og, parallel.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("summary_large_image", parallel.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(zh.selectFirst("meta[property=og:title]").attr("content") + " / "
                + en.selectFirst("meta[property=og:title]").attr("content"),
                parallel.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(TestSite.BASE_URL + "zh/2024/05/rail-opening/parallel/",
                parallel.selectFirst("meta[property=og:url]").attr("content"));
    }

    /**
     * A draft or a scheduled file does not lend its picture to the published translation: the picture may not be
     * cleared yet. The English page showed the draft's picture, caption and credit, in its Open Graph tags and in
     * the feed as well, and its copies were published.
     */
    @Test
    void onlyAPublishedTranslationLendsItsPicture() throws IOException {
        TestSite site = site();
        String zh = java.nio.file.Files.readString(dir.resolve(BUNDLE + "index.zh.md"));
        for (String held : List.of("draft: true", "date: \"2099-01-01\"")) {
            site.write(BUNDLE + "index.zh.md", held.startsWith("draft") ? zh.replace("date:", held + "\ndate:")
                    : zh.replace("date: \"2024-05-20\"", held));
            BuildResult result = site.build();
            assertFalse(result.hasErrors(), result.problems().toString());
            Document en = site.page(EN_PAGE);
            assertEquals(0, en.select("figure.lead-image").size(), held);
            assertEquals(0, en.select("meta[property=og:image]").size(), held);
            assertFalse(site.read(EN_PAGE).contains("first train"), held);
            assertFalse(site.read("en/feed.xml").contains("enclosure"), held);
            assertFalse(site.exists("images"), held + ": no copy of the picture is published");
        }
        site.write(BUNDLE + "index.zh.md", zh);
        assertFalse(site.build().hasErrors());
        assertEquals(1, site.page(EN_PAGE).select("figure.lead-image").size(), "published, it lends it again");
    }

    /**
     * A picture in static/ is published as it is, as every file there: its original, with the camera's data, goes
     * out beside the copies and stays when no story shows it. The build says so at the article's line.
     */
    @Test
    void aPictureInStaticIsAWarningAsItsOriginalIsPublished() throws IOException {
        TestSite site = site();
        site.write("static/img/gps.jpg", TestImages.draw("jpg", 800, 600));
        String zh = java.nio.file.Files.readString(dir.resolve(BUNDLE + "index.zh.md"));
        site.write(BUNDLE + "index.zh.md", zh.replace("src: \"photo.jpg\"", "src: \"/static/img/gps.jpg\""));
        BuildResult result = site.build();
        assertFalse(result.hasErrors(), result.problems().toString());
        List<Problem> warned = result.problems().stream()
                .filter(p -> p.code().equals("image.static-original")).toList();
        assertEquals(1, warned.size(), result.problems().toString());
        assertEquals(BUNDLE + "index.zh.md", warned.get(0).file());
        assertEquals(4, warned.get(0).line(), "the line of image:");
        assertTrue(site.exists("img/gps.jpg"), "published as it is, as the warning says");
        assertTrue(site.page(ZH_PAGE).selectFirst("figure.lead-image img").attr("src").startsWith("/images/"));
    }

    /**
     * A picture replaced by one of the same size under the time the first had (an agency's archive unpacked, a
     * face blurred in a re-export given its old time): a time on a whole second is put on the file, so the bytes
     * are compared. The site was "up to date", the old picture left published.
     */
    @Test
    void aPictureReplacedUnderTheSameSizeAndAWholeSecondTimeIsPublished() throws IOException {
        TestSite site = site();
        byte[] photo = TestImages.draw("jpg", 2000, 1125);
        Path file = dir.resolve(BUNDLE + "photo.jpg");
        FileTime fixed = FileTime.from(java.time.Instant.parse("2024-01-01T00:00:00Z"));
        Files.write(file, TestImages.withOrientation(photo, 1, false));
        Files.setLastModifiedTime(file, fixed);
        assertFalse(site.build().hasErrors());
        assertEquals("1600", site.page(ZH_PAGE).selectFirst("figure.lead-image img").attr("width"));

        byte[] turned = TestImages.withOrientation(photo, 6, false);
        assertEquals(Files.size(file), turned.length, "the same size");
        Files.write(file, turned);
        Files.setLastModifiedTime(file, fixed);
        BuildResult result = site.build();
        assertFalse(result.upToDate(), result.summary());
        Element img = site.page(ZH_PAGE).selectFirst("figure.lead-image img");
        assertTrue(Integer.parseInt(img.attr("height")) > Integer.parseInt(img.attr("width")), img.outerHtml());
    }

    /**
     * When the two texts lead with different pictures, the 中英对照 page shows the Chinese one with its own caption
     * and credit alone: it showed the English file's caption and credit under the Chinese picture, another
     * photographer's name under this one's photo.
     */
    @Test
    void theParallelPageCreditsOnlyThePictureItShows() throws IOException {
        TestSite site = site();
        site.write(BUNDLE + "other.jpg", TestImages.draw("jpg", 1200, 800));
        String en = java.nio.file.Files.readString(dir.resolve(BUNDLE + "index.en.md"));
        site.write(BUNDLE + "index.en.md", en.replace("date: \"2024-05-20\"", """
                date: "2024-05-20"
                image:
                  src: "other.jpg"
                  caption: "Another picture."
                  credit: "Another photographer\""""));
        BuildResult result = site.build();
        assertFalse(result.hasErrors(), result.problems().toString());
        Document parallel = site.page(ZH_PAGE.replace("index.html", "parallel/index.html"));
        assertEquals("新线首发列车。 图片：新华社", parallel.selectFirst("figure.lead-image figcaption").text());
        assertEquals("Another picture. Photo: Another photographer",
                site.page(EN_PAGE).selectFirst("figure.lead-image figcaption").text());
    }

    /**
     * A feed's entry carries the lead picture with its caption and credit before the text: a feed reader that shows
     * the enclosure alone showed the photo without its credit.
     */
    @Test
    void aFeedEntryCreditsItsLeadPicture() throws IOException {
        TestSite site = site();
        assertFalse(site.build().hasErrors());
        Document feed = org.jsoup.Jsoup.parse(site.read("en/feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        String content = feed.select("entry").stream().filter(e -> e.select("title").text().equals("New line opens"))
                .findFirst().orElseThrow().select("content").text();
        Document html = org.jsoup.Jsoup.parseBodyFragment(content);
        assertEquals("The first train on the new line. Photo: 新华社", html.select("figure figcaption").text(), content);
        assertEquals("A train on a viaduct", html.select("figure img").attr("alt"));
        assertTrue(html.select("figure img").attr("src").startsWith(TestSite.BASE_URL + "images/"));
        assertTrue(content.indexOf("<figure>") < content.indexOf("The new line opened today."), content);
    }

    /**
     * A preview makes a new picture's copies after its pages: a picture that turns out damaged then is reported at
     * the article that shows it, naming the picture, once. It was reported by the path of each copy in the output
     * ({@code images/<digest>/1600.jpg}), three times, naming neither.
     */
    @Test
    void aPreviewNamesTheArticleAndThePictureThatCannotBeMadeIntoCopies() throws IOException {
        TestSite site = site();
        byte[] photo = TestImages.draw("jpg", 2000, 1125);
        site.write(BUNDLE + "photo.jpg", java.util.Arrays.copyOf(photo, photo.length / 2));
        PreviewSession preview = Duet.previewing(site.config().build(), dev.duet.diagnostic.BuildListener.silent());
        BuildResult built = preview.build();
        List<Problem> problems = new java.util.ArrayList<>(built.problems());
        preview.settle(() -> false).ifPresent(settled -> problems.addAll(settled.problems()));
        List<Problem> copies = problems.stream().filter(p -> p.code().equals("image.copy")).distinct().toList();
        assertEquals(1, copies.size(), problems.toString());
        assertTrue(List.of(BUNDLE + "index.zh.md", BUNDLE + "index.en.md").contains(copies.get(0).file()),
                "an article that shows it: " + copies.get(0));
        assertTrue(copies.get(0).message().startsWith("image '" + BUNDLE + "photo.jpg': its copies cannot be made"),
                copies.get(0).message());
    }

    /** An address with escapes names the file a browser finds: 照片%20一.jpg is 照片 一.jpg. */
    @Test
    void aPicturesAddressWithEscapesNamesTheFileABrowserFinds() throws IOException {
        TestSite site = site();
        site.write(BUNDLE + "照片 一.jpg", TestImages.draw("jpg", 800, 600));
        String en = java.nio.file.Files.readString(dir.resolve(BUNDLE + "index.en.md"));
        site.write(BUNDLE + "index.en.md", en + "\n![A station](%E7%85%A7%E7%89%87%20%E4%B8%80.jpg)\n"
                + "\n![The same](照片%20一.jpg)\n");
        BuildResult result = site.build();
        assertFalse(result.hasErrors(), result.problems().toString());
        assertEquals(2, site.page(EN_PAGE).select(".article-body img[src^=/images/]").size());
    }

    @Test
    void aRebuildDoesNoImageWorkAndACleanOutputIsFilledFromTheCache() throws IOException {
        TestSite site = site();
        site.build();
        Map<String, FileTime> cached = times(dir.resolve("target/duet/images"));
        assertEquals(4, cached.size(), cached.toString());
        Files.writeString(dir.resolve(BUNDLE + "index.en.md"), Files.readString(dir.resolve(BUNDLE + "index.en.md"))
                + "\nMore text.\n");
        BuildResult again = site.build();
        assertFalse(again.hasErrors(), again.problems().toString());
        assertEquals(cached, times(dir.resolve("target/duet/images")));
        Map<String, byte[]> before = site.outputTree();
        deleteTree(site.out());
        site.build();
        assertEquals(cached, times(dir.resolve("target/duet/images")), "no copy was made again");
        Map<String, byte[]> after = site.outputTree();
        before.keySet().stream().filter(p -> p.startsWith("images/"))
                .forEach(p -> assertTrue(java.util.Arrays.equals(before.get(p), after.get(p)), p));
    }

    @Test
    void aDamagedListOfCopiesInTheCacheIsMadeAgain() throws IOException {
        TestSite site = site();
        site.build();
        Map<String, byte[]> before = site.outputTree();
        Path list;
        try (Stream<Path> files = Files.walk(dir.resolve("target/duet/images"))) {
            list = files.filter(file -> file.getFileName().toString().equals("copies.txt")).findFirst().orElseThrow();
        }
        String made = Files.readString(list);
        for (byte[] damage : List.of(new byte[] {'j', 'p', 'e', 'g', ' ', (byte) 0xC3, '(', '\n'},
                "jpeg 2000 1125\n480 270 ../480.jpg\n".getBytes(StandardCharsets.UTF_8),
                "jpeg 2000 1125\n480 two 480.jpg\n".getBytes(StandardCharsets.UTF_8))) {
            Files.write(list, damage);

            BuildResult again = site.duet(site.config().force(true).build()).build();

            assertFalse(again.hasErrors(), again.problems().toString());
            assertEquals(made, Files.readString(list), "the list is made again");
            Map<String, byte[]> after = site.outputTree();
            assertEquals(before.keySet(), after.keySet());
            before.keySet().stream().filter(p -> p.startsWith("images/"))
                    .forEach(p -> assertTrue(java.util.Arrays.equals(before.get(p), after.get(p)), p));
        }
    }

    @Test
    void aFileWhereThePictureCacheOrOneOfItsFoldersShouldBeIsReplaced() throws IOException {
        TestSite site = site();
        site.build();
        Map<String, byte[]> before = site.outputTree();
        Path images = dir.resolve("target/duet/images");
        Path folder;
        try (Stream<Path> files = Files.list(images)) {
            folder = files.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        for (Path blocked : List.of(folder, images)) {
            deleteTree(blocked);
            Files.writeString(blocked, "junk");
            deleteTree(site.out());

            BuildResult again = site.build();

            assertFalse(again.hasErrors(), again.problems().toString());
            assertTrue(Files.isDirectory(folder), blocked + " is a folder again");
            Map<String, byte[]> after = site.outputTree();
            assertEquals(before.keySet(), after.keySet());
        }
    }

    @Test
    void aChangedPictureChangesThePagesThatShowIt() throws IOException {
        TestSite site = site();
        site.build();
        String before = site.page(ZH_PAGE).selectFirst("figure.lead-image img").attr("src");
        site.write(BUNDLE + "photo.jpg", TestImages.draw("jpg", 1200, 900));
        BuildResult again = site.build();
        assertFalse(again.hasErrors(), again.problems().toString());
        Element img = site.page(ZH_PAGE).selectFirst("figure.lead-image img");
        assertFalse(img.attr("src").equals(before), "the new picture has new copies");
        assertEquals(List.of("1200", "900"), List.of(img.attr("width"), img.attr("height")));
        assertTrue(site.exists(img.attr("src").substring(1)));
        assertFalse(site.exists(before.substring(1)), "the old copies are removed from the output");
        assertTrue(site.page(EN_PAGE).selectFirst("figure.lead-image img").attr("src").equals(img.attr("src")));
    }

    @Test
    void badPicturesAreProblemsAndTheRestOfTheSiteBuilds() throws IOException {
        TestSite site = site();
        site.write("articles/2024/broken.en.md", """
                ---
                title: "Broken pictures"
                date: "2024-05-19"
                image: "missing.jpg"
                ---

                ![a cut photo](cut.jpg) and ![huge](huge.png) and ![away](../../../etc/passwd)
                and ![script](bad.svg) and ![text](notes.png) and ![fine](https://example.org/a.jpg)
                """);
        site.write("articles/2024/cut.jpg", TestImages.truncated(TestImages.draw("jpg", 800, 600), 0.4));
        site.write("articles/2024/huge.png", TestImages.pngHeader(10_000, 10_000));
        site.write("articles/2024/bad.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        site.write("articles/2024/notes.png", "just text");
        BuildResult result = site.build();
        List<Problem> pictures = result.problems().stream().filter(p -> p.code().equals("image.unusable")).toList();
        assertEquals(6, pictures.size(), pictures.toString());
        pictures.forEach(p -> assertEquals("articles/2024/broken.en.md", p.file()));
        for (String name : List.of("missing.jpg", "cut.jpg", "huge.png", "../../../etc/passwd", "bad.svg",
                "notes.png")) {
            assertTrue(pictures.stream().anyMatch(p -> p.message().startsWith("image '" + name + "'")), name);
        }
        // The check tells the build's errors again, but not that a picture never published lacks its text.
        List<Problem> checked = site.duet().check();
        assertEquals(List.of(), checked.stream().filter(p -> p.code().equals("check.image-alt")
                && !p.message().contains("example.org")).toList());
        assertEquals(6, checked.stream().filter(p -> p.code().equals("check.build-error")
                && p.message().contains("[image.unusable]")).count(), checked.toString());
        Document page = site.page("en/2024/05/broken/index.html");
        assertTrue(page.select("figure.lead-image").isEmpty());
        assertEquals(List.of("https://example.org/a.jpg"), page.select(".article-body img").eachAttr("src"));
        assertTrue(site.exists(EN_PAGE), "the other articles are published");
        try (Stream<Path> files = Files.walk(site.out())) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".svg") && !f.endsWith("favicon.svg")));
        }
    }

    @Test
    void anSvgThatHidesScriptIsRefusedAtItsArticleLineAndNeverPublished() throws IOException {
        TestSite site = site();
        site.write("articles/2024/maps.en.md", """
                ---
                title: "Maps"
                date: "2024-05-19"
                ---

                ![prefixed](prefixed.svg)

                ![entity](entity.svg)

                ![tab](tab.svg)

                ![data](data.svg)

                ![fine](fine.svg)
                """);
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>";
        site.write("articles/2024/prefixed.svg", "<svg:svg xmlns:svg='http://www.w3.org/2000/svg'>"
                + "<svg:script>alert(1)</svg:script></svg:svg>");
        site.write("articles/2024/entity.svg", svg + "<a xlink:href='jav&#x61;script:alert(1)'><text y='20'>click"
                + "</text></a></svg>");
        site.write("articles/2024/tab.svg", svg + "<a href='java&#9;script:alert(1)'><text>x</text></a></svg>");
        site.write("articles/2024/data.svg", svg + "<a href='data:text/html,x'><text>x</text></a></svg>");
        String fine = svg + "<defs><linearGradient id='g'/></defs><rect width='9' height='9' fill='url(#g)'/>"
                + "<a href='https://example.org/'><text>map</text></a></svg>";
        site.write("articles/2024/fine.svg", fine);
        BuildResult result = site.build();
        Map<String, Integer> refused = new TreeMap<>();
        for (Problem p : result.problems().stream().filter(p -> p.code().equals("image.unusable")).toList()) {
            assertEquals("articles/2024/maps.en.md", p.file());
            assertTrue(p.isError());
            assertTrue(p.message().contains("holds script"), p.message());
            refused.put(p.message().substring("image '".length(), p.message().indexOf("':")), p.line());
        }
        assertEquals(Map.of("prefixed.svg", 6, "entity.svg", 8, "tab.svg", 10, "data.svg", 12), refused);
        List<String> shown = site.page("en/2024/05/maps/index.html").select(".article-body img").eachAttr("src");
        assertEquals(1, shown.size(), shown.toString());
        assertEquals(fine, site.read(shown.get(0).substring(1)));
        try (Stream<Path> files = Files.walk(site.out())) {
            List<Path> svgs = files.filter(f -> f.toString().endsWith(".svg") && !f.endsWith("favicon.svg")).toList();
            assertEquals(List.of(site.out().resolve(shown.get(0).substring(1))), svgs);
        }
    }

    @Test
    void picturesAreReadAsThePageReadsThemBracketsAndReferencesIncluded() throws IOException {
        TestSite site = site();
        site.write("articles/2024/brackets.en.md", """
                ---
                title: "Pictures with brackets"
                date: "2024-05-19"
                ---

                A phone's copy: ![first](photo(1).jpg)

                By reference: ![second][pic]

                ![bad](https://i.example.com/x.png"onerror="alert(1))

                [pic]: photo(2).jpg
                """);
        site.write("articles/2024/photo(1).jpg", TestImages.draw("jpg", 800, 600));
        site.write("articles/2024/photo(2).jpg", TestImages.draw("jpg", 640, 480));
        BuildResult result = site.build();

        List<Problem> pictures = result.problems().stream().filter(p -> p.code().equals("image.unusable")).toList();
        assertEquals(1, pictures.size(), pictures.toString());
        assertEquals(10, pictures.get(0).line(), "the line of the refused picture in the file");
        Document page = site.page("en/2024/05/brackets/index.html");
        List<String> shown = page.select(".article-body img").eachAttr("src");
        assertEquals(2, shown.size(), shown.toString());
        assertTrue(shown.stream().allMatch(src -> src.startsWith("/images/") && site.exists(src.substring(1))),
                "both pictures point at their copies: " + shown);
        assertFalse(page.html().contains("onerror"), "the refused picture is not in the page");
    }

    /**
     * A picture alone in its paragraph with a title is a figure with the title as its caption, on the article page
     * and the 中英对照 page, where the title was a tooltip a phone never shows; a picture within a sentence, or
     * without a title, stays as it was.
     */
    @Test
    void aPictureAloneWithATitleIsAFigureWithItsCaption() throws IOException {
        TestSite site = site();
        site.write("articles/2024/shelter.zh.md", """
                ---
                title: "安置点"
                date: "2024-05-19"
                slug: "shelter"
                ---

                群众已转移。

                ![群众在安置点休息](photo(1).jpg "湛江一处临时安置点（新华社记者 王悦 摄）")

                图为 ![小图](photo(2).jpg "不是图注") 所示。
                """);
        site.write("articles/2024/shelter.en.md", """
                ---
                title: "Shelter"
                date: "2024-05-19"
                slug: "shelter"
                ---

                People were evacuated.
                """);
        site.write("articles/2024/photo(1).jpg", TestImages.draw("jpg", 800, 600));
        site.write("articles/2024/photo(2).jpg", TestImages.draw("jpg", 640, 480));
        assertFalse(site.build().hasErrors());

        for (String path : List.of("zh/2024/05/shelter/index.html", "zh/2024/05/shelter/parallel/index.html")) {
            Document page = site.page(path);
            Element figure = page.selectFirst("figure.body-image");
            assertTrue(figure != null, path);
            assertEquals("湛江一处临时安置点（新华社记者 王悦 摄）", figure.selectFirst("figcaption").text(), path);
            assertEquals("群众在安置点休息", figure.selectFirst("img").attr("alt"), path);
            assertFalse(figure.selectFirst("img").hasAttr("title"), path);
            assertEquals(1, page.select("figure.body-image").size(), path + ": a picture in a sentence stays as it is");
        }
    }

    /** A withdrawn story's damaged picture, which no page shows, does not fail the build or the check. */
    @Test
    void aWithdrawnStorysDamagedPictureFailsNothing() throws IOException {
        TestSite site = site();
        site.write("articles/2024/shares.zh.md", """
                ---
                title: "股市收盘"
                date: "2024-05-19"
                slug: "shares"
                image: "broken.jpg"
                ---

                股市小幅收高。
                """);
        site.write("articles/2024/shares.en.md", """
                ---
                title: "Shares close higher"
                date: "2024-05-19"
                slug: "shares"
                unpublished: true
                ---

                Shares closed slightly higher.
                """);
        site.write("articles/2024/broken.jpg", TestImages.truncated(TestImages.draw("jpg", 800, 600), 0.5));
        BuildResult result = site.build();
        assertFalse(result.hasErrors(), result.problems().toString());
        assertTrue(site.read("zh/2024/05/shares/index.html").contains("noindex"), "the withdrawn page");
        assertTrue(site.duet().check().stream().noneMatch(Problem::isError));
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
