package dev.duet.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.diagnostic.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCatalogTest {

    private static final String ARTICLE = "articles/2024/rail/index.en.md";
    /** A picture beside the article, whose stamp the picture tests set. */
    private static final String MAP = "articles/2024/rail/map.svg";

    @TempDir
    Path site;

    private ImageCatalog catalog(ImageVariants variants, String... srcs) throws IOException {
        List<ImageCatalog.Request> requests = java.util.Arrays.stream(srcs)
                .map(src -> new ImageCatalog.Request(ARTICLE, src, 7)).toList();
        return ImageCatalog.of(site, List.of(site.resolve("articles"), site.resolve("static")), variants,
                ImageSettings.DEFAULT, 2, requests, false);
    }

    private ImageVariants variants() {
        return new ImageVariants(site.resolve("target/duet"), ImageSettings.DEFAULT);
    }

    private void put(String path, byte[] bytes) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    @Test
    void makesEachWidthOnceAndNeverUpscales() throws IOException {
        put("articles/2024/rail/photo.jpg", TestImages.draw("jpg", 2000, 1000));
        put("articles/2024/rail/small.png", TestImages.draw("png", 300, 200));
        ImageCatalog catalog = catalog(variants(), "photo.jpg", "small.png");
        assertEquals(List.of(), catalog.problems());
        Picture photo = catalog.find(ARTICLE, "photo.jpg").orElseThrow();
        assertEquals(2000, photo.width());
        assertEquals(List.of(480, 960, 1600), photo.variants().stream().map(Picture.Variant::width).toList());
        assertEquals(List.of(240, 480, 800), photo.variants().stream().map(Picture.Variant::height).toList());
        assertTrue(photo.variants().get(0).path().matches("images/[0-9a-f]{32}/480\\.jpg"));
        Picture small = catalog.find(ARTICLE, "small.png").orElseThrow();
        assertEquals(List.of(new Picture.Variant(300, 200, small.variants().get(0).path())), small.variants());
        assertTrue(small.variants().get(0).path().endsWith("/300.png"));
    }

    @Test
    void aSecondBuildDecodesNothing() throws IOException {
        put("articles/2024/rail/photo.jpg", TestImages.draw("jpg", 1200, 800));
        ImageVariants first = variants();
        Picture made = catalog(first, "photo.jpg").find(ARTICLE, "photo.jpg").orElseThrow();
        assertEquals(1, first.decoded());
        ImageVariants second = variants();
        Picture cached = catalog(second, "photo.jpg").find(ARTICLE, "photo.jpg").orElseThrow();
        assertEquals(0, second.decoded());
        assertEquals(made, cached);
        byte[] bytes = second.bytes(cached.largest().orElseThrow().path());
        assertEquals(1200, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)).getWidth());
    }

    @Test
    void aPreviewPlansFromTheHeaderAndResizesWhenACopyIsAskedFor() throws IOException {
        put("articles/2024/rail/photo.jpg", TestImages.draw("jpg", 1999, 1001));
        put("articles/2024/rail/cut.jpg", TestImages.truncated(TestImages.draw("jpg", 800, 600), 0.5));
        ImageVariants variants = variants();
        ImageCatalog later = ImageCatalog.of(site, List.of(site.resolve("articles")), variants,
                ImageSettings.DEFAULT, 2, List.of(new ImageCatalog.Request(ARTICLE, "photo.jpg", 7),
                        new ImageCatalog.Request(ARTICLE, "cut.jpg", 8)), true);
        assertEquals(0, variants.decoded(), "nothing is decoded before a copy is asked for");
        assertEquals(2, later.planned(), "both new pictures are planned, to be resized when first shown");
        assertEquals(0, later.decoded());
        assertEquals(List.of(), later.problems(), "a damaged file is found only when its copies are made");
        Picture planned = later.find(ARTICLE, "photo.jpg").orElseThrow();
        byte[] copy = later.copy(planned.variants().get(1).path());
        assertEquals(1, variants.decoded());
        assertEquals(481, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(copy)).getHeight());
        assertEquals(planned, catalog(variants(), "photo.jpg").find(ARTICLE, "photo.jpg").orElseThrow(),
                "the copies made are the ones planned");
        String cut = later.find(ARTICLE, "cut.jpg").orElseThrow().variants().get(0).path();
        IOException damaged = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> later.copy(cut));
        assertTrue(damaged.getMessage().contains("truncated"), damaged.getMessage());
    }

    @Test
    void aRemoteImageIsLinkedNotDownloaded() throws IOException {
        ImageCatalog catalog = catalog(variants(), "https://example.org/a.jpg");
        assertEquals(List.of(), catalog.problems());
        assertEquals(Picture.remote("https://example.org/a.jpg"), catalog.find(ARTICLE, "https://example.org/a.jpg")
                .orElseThrow());
        assertEquals(List.of(), catalog.variants());
    }

    @Test
    void anHttpImageIsAWarningSinceTheCspBlocksIt() throws IOException {
        ImageCatalog catalog = catalog(variants(), "http://example.org/a.jpg");
        assertEquals(List.of("image.insecure"), catalog.problems().stream().map(Problem::code).toList());
        assertTrue(catalog.find(ARTICLE, "http://example.org/a.jpg").isPresent());
    }

    @Test
    void aMissingFileIsOneProblemNamingArticleAndImage() throws IOException {
        Problem problem = onlyProblem(catalog(variants(), "missing.jpg"));
        assertTrue(problem.message().contains("'missing.jpg'"), problem.message());
        assertTrue(problem.message().contains("no file at articles/2024/rail/missing.jpg"), problem.message());
    }

    @Test
    void aFileThatIsNotAnImageIsRefused() throws IOException {
        put("articles/2024/rail/notes.jpg", "not a picture".getBytes(StandardCharsets.UTF_8));
        assertTrue(onlyProblem(catalog(variants(), "notes.jpg")).message().contains("not an image"));
    }

    @Test
    void aTruncatedJpegIsRefused() throws IOException {
        put("articles/2024/rail/cut.jpg", TestImages.truncated(TestImages.draw("jpg", 800, 600), 0.5));
        assertTrue(onlyProblem(catalog(variants(), "cut.jpg")).message().contains("damaged or truncated"));
    }

    @Test
    void aHundredMegapixelImageIsRefusedFromItsHeader() throws IOException {
        put("articles/2024/rail/huge.png", TestImages.pngHeader(10_000, 10_000));
        ImageVariants variants = variants();
        String message = onlyProblem(catalog(variants, "huge.png")).message();
        assertTrue(message.contains("10000×10000 pixels (100 megapixels)"), message);
    }

    @Test
    void aPathOutOfTheSiteIsRefused() throws IOException {
        Files.write(site.getParent().resolve("secret.jpg"), TestImages.draw("jpg", 10, 10));
        String message = onlyProblem(catalog(variants(), "../../../../secret.jpg")).message();
        assertTrue(message.contains("leads out of the site folder"), message);
        assertTrue(onlyProblem(catalog(variants(), "file:///etc/passwd")).message().contains("neither"));
    }

    @Test
    void aFileOutsideTheArticlesAndStaticIsRefused() throws IOException {
        put("pom.xml.jpg", TestImages.draw("jpg", 10, 10));
        String message = onlyProblem(catalog(variants(), "/pom.xml.jpg")).message();
        assertTrue(message.contains("neither in the articles folder nor in static/"), message);
    }

    @Test
    void aLinkOutOfTheSiteIsRefused() throws IOException {
        Path outside = Files.createTempFile("outside", ".jpg");
        try {
            Files.write(outside, TestImages.draw("jpg", 10, 10));
            Files.createDirectories(site.resolve("articles/2024/rail"));
            Files.createSymbolicLink(site.resolve("articles/2024/rail/link.jpg"), outside);
            assertTrue(onlyProblem(catalog(variants(), "link.jpg")).message().contains("outside the site folder"));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void anSvgWithScriptIsRefusedAndACleanOneCopied() throws IOException {
        put("articles/2024/rail/bad.svg", ("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));
        put("articles/2024/rail/handler.svg", ("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
                .getBytes(StandardCharsets.UTF_8));
        put("articles/2024/rail/map.svg", ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 320 200'>"
                + "<rect width='320' height='200'/></svg>").getBytes(StandardCharsets.UTF_8));
        ImageCatalog catalog = catalog(variants(), "bad.svg", "handler.svg", "map.svg");
        assertEquals(2, catalog.problems().size(), catalog.problems().toString());
        catalog.problems().forEach(p -> assertTrue(p.message().contains("holds script"), p.message()));
        Picture map = catalog.find(ARTICLE, "map.svg").orElseThrow();
        assertEquals(List.of(320, 200), List.of(map.width(), map.height()));
        assertTrue(map.variants().get(0).path().endsWith("/image.svg"));
    }

    @Test
    void aPictureWithTheStampItHadWhenLastReadIsNotReadAgain() throws IOException {
        FileTime old = ago(Duration.ofHours(1));
        putMap(320, Optional.of(old));
        String first = map().variants().get(0).path();

        // Other bytes of the same size under the same time: the build goes by the stamp, as it does for articles,
        // so it takes the copies of the bytes it read before. That is what it did not read the file again shows.
        putMap(640, Optional.of(old));
        Picture same = map();
        assertEquals(first, same.variants().get(0).path());
        assertEquals(320, same.width());

        // A new time: the file is read, and its new bytes make a new picture.
        Files.setLastModifiedTime(site.resolve(MAP), ago(Duration.ofMinutes(30)));
        Picture changed = map();
        assertEquals(640, changed.width());
        assertTrue(!changed.variants().get(0).path().equals(first));
    }

    @Test
    void aPictureWhoseTimeMovedWithTheSameBytesKeepsItsCopies() throws IOException {
        putMap(320, Optional.of(ago(Duration.ofHours(2))));
        String first = map().variants().get(0).path();

        // As a fresh checkout leaves it: the same bytes, a new time. Read again, found by the hash of its bytes.
        FileTime checkedOut = ago(Duration.ofHours(1));
        Files.setLastModifiedTime(site.resolve(MAP), checkedOut);
        assertEquals(first, map().variants().get(0).path());
        String stamps = Files.readString(site.resolve("target/duet/images/" + PictureStamps.FILE_NAME));
        assertTrue(stamps.contains("\t" + checkedOut.to(java.util.concurrent.TimeUnit.NANOSECONDS) + "\t"), stamps);
    }

    @Test
    void aPictureChangedJustBeforeItWasReadIsReadAgain() throws IOException {
        FileTime now = Files.getLastModifiedTime(putMap(320, Optional.empty()));
        assertEquals(320, map().width());

        // Changed within the same tick of the clock: its stamp was not trusted, so the next build reads it.
        putMap(640, Optional.of(now));
        assertEquals(640, map().width());
    }

    @Test
    void aDamagedStampsFileIsNoMemo() throws IOException {
        FileTime old = ago(Duration.ofHours(1));
        putMap(320, Optional.of(old));
        map();
        Path stamps = site.resolve("target/duet/images/" + PictureStamps.FILE_NAME);
        assertTrue(Files.readString(stamps).contains("\t" + MAP + "\n"), Files.readString(stamps));
        Files.writeString(stamps, Files.readString(stamps).replaceAll("[0-9a-f]{32}", "not-a-digest"));

        putMap(640, Optional.of(old));
        assertEquals(640, map().width());
    }

    @Test
    void aStampsFileWithOneCharacterChangedIsNoMemo() throws IOException {
        putMap(320, Optional.of(ago(Duration.ofHours(1))));
        String first = map().variants().get(0).path();
        Path stamps = site.resolve("target/duet/images/" + PictureStamps.FILE_NAME);
        String text = Files.readString(stamps);
        String digest = first.substring(first.indexOf('/') + 1, first.indexOf('/') + 33);
        assertTrue(text.contains(digest), text + " " + first);
        // One hex digit of the digest changed, as a bad sector or a hand would: still a digest, so only the file's
        // own hash can tell, and the copies keep the name their bytes give them.
        char last = digest.charAt(31);
        Files.writeString(stamps, text.replace(digest, digest.substring(0, 31) + (last == '0' ? '1' : '0')));

        assertEquals(first, map().variants().get(0).path());
    }

    @Test
    void forgettingTheReadingsReadsEveryPictureAgain() throws IOException {
        FileTime old = ago(Duration.ofHours(1));
        putMap(320, Optional.of(old));
        map();
        putMap(640, Optional.of(old));

        ImageCatalog.forgetReadings(variants());

        assertEquals(640, map().width());
    }

    /** Writes the map {@code width} wide, dated {@code time} when given; returns its file. */
    private Path putMap(int width, Optional<FileTime> time) throws IOException {
        put(MAP, svg(width));
        Path file = site.resolve(MAP);
        if (time.isPresent()) {
            Files.setLastModifiedTime(file, time.get());
        }
        return file;
    }

    /** The map as a build's catalog finds it. */
    private Picture map() throws IOException {
        return catalog(variants(), "map.svg").find(ARTICLE, "map.svg").orElseThrow();
    }

    private static FileTime ago(Duration duration) {
        return FileTime.from(java.time.Instant.now().minus(duration));
    }

    /** An SVG picture {@code width} wide, whose bytes are as long for any three-digit width. */
    private static byte[] svg(int width) {
        return ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + width + " 200'><rect width='" + width
                + "' height='200'/></svg>").getBytes(StandardCharsets.UTF_8);
    }

    private static Problem onlyProblem(ImageCatalog catalog) {
        assertEquals(1, catalog.problems().size(), catalog.problems().toString());
        Problem problem = catalog.problems().get(0);
        assertEquals(ARTICLE, problem.file());
        assertEquals(7, problem.line());
        assertTrue(problem.isError());
        return problem;
    }
}
