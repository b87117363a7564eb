package dev.duet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.duet.testing.TestSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview end to end through the facade: the real build, the real server on a free port, the real watcher.
 * An edit to an article reaches the served page and sends a reload; a broken template sends an error naming it
 * while the last good page stays served; fixing it clears the error.
 */
class PreviewTest {

    private static final String ARTICLE = "articles/2024/wang-yi-attends-sco-meeting.zh.md";
    private static final String PAGE = "zh/2024/05/wang-yi-attends-sco-meeting/";

    @TempDir
    Path dir;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void reloadsAfterAnEditAndShowsTemplateErrorsUntilFixed() throws Exception {
        TestSite site = TestSite.in(dir).news();
        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            URI base = preview.url();
            assertEquals("127.0.0.1", base.getHost());
            String page = get(base.resolve(PAGE));
            assertTrue(page.contains("王毅出席上合组织外长会议"), page);
            assertTrue(page.contains("/__duet/livereload.js"), "the served page carries the live-reload script");
            assertTrue(page.contains("<link rel=\"canonical\" href=\"" + base + PAGE + "\">"),
                    "the preview is built with its own address as base URL");

            BlockingQueue<String> events = listen(base.resolve("__duet/events"));
            Path article = dir.resolve(ARTICLE);
            Files.writeString(article, Files.readString(article) + "\n预览编辑后的新段落。\n");
            awaitEvent(events, "reload");
            assertTrue(get(base.resolve(PAGE)).contains("预览编辑后的新段落。"));

            Path added = dir.resolve("articles/2024/preview-added.en.md");
            Files.writeString(added, "---\ntitle: \"Added While Previewing\"\nlang: \"en\"\ndate: \"2024-06-02\"\n---\n\nNew.\n");
            awaitEvent(events, "reload");
            assertTrue(get(base.resolve("en/2024/06/preview-added/")).contains("Added While Previewing"));
            assertTrue(get(base.resolve("en/")).contains("Added While Previewing"), "the home page lists it");
            Files.delete(added);
            awaitEvent(events, "reload");
            assertEquals(404, status(base.resolve("en/2024/06/preview-added/")), "a deleted article's page is gone");

            Path override = dir.resolve("theme/templates/article.ftlh");
            Files.createDirectories(override.getParent());
            Files.writeString(override, "<#if>broken</#if>");
            String error = awaitEvent(events, "error");
            assertTrue(error.contains("theme/templates/article.ftlh:1"), "the file as the site has it: " + error);
            assertTrue(get(base.resolve(PAGE)).contains("预览编辑后的新段落。"), "the last good page stays served");

            Files.delete(override);
            awaitEvent(events, "ok");
        }
        assertFalse(Files.exists(dir.resolve("target/site")), "previewing never writes the publishing output");
    }

    @Test
    void anArticleBrokenWhilePreviewingKeepsItsPageThereAndInTheNextPublishingBuildUntilFixed() throws Exception {
        TestSite site = TestSite.in(dir).news();
        assertFalse(site.build().hasErrors());
        byte[] published = Files.readAllBytes(site.out().resolve(TestSite.News.WANG_YI_ZH));
        Path article = dir.resolve(ARTICLE);
        String good = Files.readString(article);
        String broken = good.replace("title: \"王毅出席上合组织外长会议\"", "title: \"Err");
        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            URI base = preview.url();
            BlockingQueue<String> events = listen(base.resolve("__duet/events"));
            Files.writeString(article, broken);
            String error = awaitEvent(events, "error");
            assertTrue(error.contains(ARTICLE + ":") && error.contains("the last version read is kept until the file"
                    + " is fixed"), error);
            assertTrue(get(base.resolve(PAGE)).contains("王毅出席上合组织外长会议"), "the page keeps its last version");
            assertTrue(get(base.resolve("zh/")).contains("王毅出席上合组织外长会议"), "and the home page lists it");

            Files.writeString(article, good.replace("王毅出席上合组织外长会议", "王毅出席上合组织外长理事会会议"));
            awaitEvent(events, "ok");
            assertTrue(get(base.resolve(PAGE)).contains("王毅出席上合组织外长理事会会议"), "the mended file is read");

            Files.writeString(article, broken);
            awaitEvent(events, "error");
            assertTrue(get(base.resolve(PAGE)).contains("王毅出席上合组织外长理事会会议"), "its last reading is kept");
        }
        // A new process: the publishing build keeps what its own last build read, whatever the preview read.
        site.problems().clear();
        assertTrue(site.build().hasErrors());
        assertTrue(site.problems().stream().anyMatch(p -> p.file().equals(ARTICLE) && p.isError()
                && p.message().endsWith("the last version read is kept until the file is fixed")),
                site.problems().toString());
        assertArrayEquals(published, Files.readAllBytes(site.out().resolve(TestSite.News.WANG_YI_ZH)));
        Files.writeString(article, good);
        site.problems().clear();
        assertFalse(site.build().hasErrors(), site.problems().toString());
    }

    @Test
    void articlesThatImportWritesAsThePreviewStartsAreServedAsWritten() throws Exception {
        TestSite site = TestSite.in(dir).news().write("sources/001_rail.txt", ImportTest.RAIL);
        String railPage = "en/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/";
        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            assertTrue(get(preview.url().resolve(railPage)).contains("Shanghai-Nanjing Riverside High-Speed Railway"),
                    "an article import created");
            assertTrue(get(preview.url().resolve("en/")).contains("Shanghai-Nanjing Riverside High-Speed Railway"));
        }
        site.write("sources/001_rail.txt", ImportTest.RAIL.replace("Jurong, Jintan", "Jurong, Zhenjiang, Jintan"));
        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            assertTrue(get(preview.url().resolve(railPage)).contains("Jurong, Zhenjiang, Jintan"),
                    "an article import updated, as it now is");
        }
    }

    /**
     * The preview imports with the site's lock held, as duet:import does: an import or a build of the site in
     * another terminal and the preview's import never write the articles and the import's memo at once.
     */
    @Test
    void thePreviewsImportWaitsForAnImportOrBuildOfTheSiteThatHoldsItsLock() throws Exception {
        TestSite site = TestSite.in(dir).news().write("sources/001_rail.txt", ImportTest.RAIL);
        Path cache = site.config().build().cacheDir();
        java.util.List<String> infos = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.duet.diagnostic.BuildListener listener = new dev.duet.diagnostic.BuildListener() {
            @Override
            public void problem(dev.duet.diagnostic.Problem problem) {
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }
        };
        CompletableFuture<Preview> started;
        try (dev.duet.io.CacheLock held = dev.duet.io.CacheLock.acquire(cache, m -> { })) {
            started = CompletableFuture.supplyAsync(() -> {
                try {
                    return new Duet(site.config().build(), listener).serve("127.0.0.1", 0);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (infos.stream().noneMatch(m -> m.startsWith("Waiting for another build of this site"))) {
                assertTrue(System.nanoTime() < deadline, "the preview's import did not wait: " + infos);
                Thread.sleep(20);
            }
            Thread.sleep(300);
            assertFalse(started.isDone(), "the preview started while another held the site's lock");
            assertFalse(Files.exists(dir.resolve(ImportTest.RAIL_PATH + ".en.md")),
                    "import wrote while another held the site's lock");
        }
        try (Preview preview = started.get(30, TimeUnit.SECONDS)) {
            assertTrue(get(preview.url().resolve("en/2023/09/shanghai-nanjing-riverside-high-speed-railway-opens/"))
                    .contains("Shanghai-Nanjing Riverside High-Speed Railway"), "imported once the lock was let go");
        }
    }

    @Test
    void anEditSavedDuringTheFirstBuildIsServedWithoutAnotherEdit() throws Exception {
        TestSite site = TestSite.in(dir).news();
        Path article = dir.resolve(ARTICLE);
        java.util.concurrent.atomic.AtomicBoolean edited = new java.util.concurrent.atomic.AtomicBoolean();
        // Saved when the first build reports it is done: after it read the article, before the preview is served.
        dev.duet.diagnostic.BuildListener editor = new dev.duet.diagnostic.BuildListener() {
            @Override
            public void problem(dev.duet.diagnostic.Problem problem) {
            }

            @Override
            public void info(String message) {
                if (message.startsWith("Built ") && edited.compareAndSet(false, true)) {
                    try {
                        Files.writeString(article, Files.readString(article) + "\n首次构建时保存的段落。\n");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        try (Preview preview = new Duet(site.config().build(), editor).serve("127.0.0.1", 0)) {
            assertTrue(edited.get(), "the edit was saved during the first build");
            URI page = preview.url().resolve(PAGE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!get(page).contains("首次构建时保存的段落。")) {
                assertTrue(System.nanoTime() < deadline, "the edit never reached the served page");
                Thread.sleep(50);
            }
        }
    }

    @Test
    void aPageAskedForDuringTheFirstBuildSaysItIsBuildingAndBecomesThePageWhenItEnds() throws Exception {
        TestSite site = TestSite.in(dir).news();
        CompletableFuture<URI> address = new CompletableFuture<>();
        CountDownLatch buildMayGoOn = new CountDownLatch(1);
        // The first message after the address comes from the first import: the build waits there until told.
        dev.duet.diagnostic.BuildListener paused = new dev.duet.diagnostic.BuildListener() {
            @Override
            public void problem(dev.duet.diagnostic.Problem problem) {
            }

            @Override
            public void info(String message) {
                if (message.startsWith("Previewing ")) {
                    address.complete(URI.create(message.substring(message.indexOf(" at ") + 4,
                            message.indexOf(" (Ctrl-C"))));
                } else if (address.isDone()) {
                    try {
                        buildMayGoOn.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        ExecutorService starting = Executors.newSingleThreadExecutor();
        try {
            Future<Preview> serving = starting.submit(() -> new Duet(site.config().build(), paused)
                    .serve("127.0.0.1", 0));
            URI home = address.get(20, TimeUnit.SECONDS).resolve("zh/");
            HttpResponse<String> building = HTTP.send(HttpRequest.newBuilder(home).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(503, building.statusCode(), building.body());
            assertTrue(building.body().contains("正在生成") && building.body().contains("Building"), building.body());
            BlockingQueue<String> events = listen(home.resolve("/__duet/events?building"));

            buildMayGoOn.countDown();
            awaitEvent(events, "reload");
            assertTrue(get(home).contains("王毅出席上合组织外长会议"), "the page itself once the build ended");
            serving.get(20, TimeUnit.SECONDS).close();
        } finally {
            buildMayGoOn.countDown();
            starting.shutdownNow();
        }
    }

    @Test
    void aGlossaryCreatedWhilePreviewingNamesTheTagsOfTheServedPages() throws Exception {
        TestSite site = TestSite.in(dir).news();
        Path glossary = dir.resolve("glossary.yaml");
        String entries = Files.readString(glossary);
        Files.delete(glossary);
        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            URI tag = preview.url().resolve("zh/tags/wang-yi/");
            assertEquals("标签：Wang Yi", h1(get(tag)), "without a glossary a tag shows as written");
            BlockingQueue<String> events = listen(preview.url().resolve("__duet/events"));

            Files.writeString(glossary, entries);
            awaitEvent(events, "reload");
            assertEquals("标签：王毅", h1(get(tag)));
            assertTrue(get(preview.url().resolve(PAGE)).contains(">王毅</a>"), "and so do the article's tags");
        }
    }

    @Test
    void anEditedGlossaryRenamesTheTagsOfTheServedPages() throws Exception {
        TestSite site = TestSite.in(dir).news();
        Path glossary = dir.resolve("glossary.yaml");
        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            URI tag = preview.url().resolve("zh/tags/wang-yi/");
            assertEquals("标签：王毅", h1(get(tag)));
            BlockingQueue<String> events = listen(preview.url().resolve("__duet/events"));

            Files.writeString(glossary, Files.readString(glossary).replace("Wang Yi: 王毅", "Wang Yi: 王外长"));
            awaitEvent(events, "reload");
            assertEquals("标签：王外长", h1(get(tag)));
            assertTrue(get(preview.url().resolve(PAGE)).contains(">王外长</a>"), "and so do the article's tags");
        }
    }

    @Test
    void aPageOfAnArticleWithoutItsTranslationCarriesTheDesksNote() throws Exception {
        TestSite site = TestSite.in(dir).news().article("2024/only-chinese.zh.md",
                "title: \"只有中文\"\nlang: \"zh\"\ndate: \"2024-05-22\"\nslug: \"only-chinese\"", "正文。\n");
        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            URI base = preview.url();
            String notes = get(base.resolve("__duet/notes?page=%2Fzh%2F2024%2F05%2Fonly-chinese%2F"));
            assertTrue(notes.contains("\"code\":\"desk.missing\"") && notes.contains("no English version"), notes);
            assertTrue(notes.contains("articles/2024/only-chinese.zh.md"), notes);
            assertEquals("{\"problems\":[]}", get(base.resolve("__duet/notes?page=%2F" + PAGE.replace("/", "%2F"))));
            assertEquals("{\"problems\":[]}", get(base.resolve("__duet/notes?page=..%2F..%2Fetc%2Fpasswd")));
            assertTrue(get(base.resolve("__duet/livereload.js")).contains("/__duet/notes?page="),
                    "the page's script asks for them");
        }
    }

    /**
     * A broken article elsewhere (a picture that is not there) leaves every other page's notes, and a draft's mark, as
     * they are: no page had any note while the site had one error.
     */
    @Test
    void thePagesKeepTheirNotesWhileAnotherArticleHasAnError() throws Exception {
        TestSite site = TestSite.in(dir).news().article("2024/only-chinese.zh.md",
                "title: \"只有中文\"\nlang: \"zh\"\ndate: \"2024-05-22\"\nslug: \"only-chinese\"", "正文。\n")
                .article("2024/broken.en.md", "title: \"Broken\"\ndate: \"2024-05-21\"\nimage: \"missing.jpg\"",
                        "Text.\n");
        try (Preview preview = site.duet().serve("127.0.0.1", 0)) {
            String notes = get(preview.url().resolve("__duet/notes?page=%2Fzh%2F2024%2F05%2Fonly-chinese%2F"));
            assertTrue(notes.contains("\"code\":\"desk.missing\""), notes);
        }
    }

    private static String h1(String html) {
        return org.jsoup.Jsoup.parse(html).selectFirst("h1").text();
    }

    /** The page at {@code uri}, which must answer 200. */
    static String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), uri.toString());
        return response.body();
    }

    static int status(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Reads the event stream on a daemon thread, queueing each event as "name\tdata". */
    static BlockingQueue<String> listen(URI uri) throws IOException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        var connection = uri.toURL().openConnection();
        connection.setReadTimeout(30_000);
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            String name = "message";
            StringBuilder data = new StringBuilder();
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.isEmpty() && data.length() > 0) {
                        events.add(name + "\t" + data);
                        name = "message";
                        data.setLength(0);
                    }
                }
            } catch (IOException e) {
                // The stream ends when the preview closes.
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    /** Waits for an event of the given name, skipping others; returns its data. */
    static String awaitEvent(BlockingQueue<String> events, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.startsWith(name + "\t")) {
                return event.substring(name.length() + 1);
            }
        }
        return fail("no '" + name + "' event within 20 s");
    }

    /**
     * A second preview of a site that one is previewing is refused, where both wrote one folder, each its own
     * address into the other's pages; once the first stops, a preview starts again.
     */
    @Test
    void aSecondPreviewOfTheSameSiteIsRefusedWhileTheFirstRuns() throws Exception {
        TestSite site = TestSite.in(dir).news();
        try (Preview first = site.duet().serve("127.0.0.1", 0)) {
            IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> site.duet().serve("127.0.0.1", 0).close());
            assertTrue(refused.getMessage().startsWith("another duet:serve of this site is running"),
                    refused.getMessage());
            assertTrue(first.url().toString().startsWith("http://127.0.0.1:"));
        }
        try (Preview again = site.duet().serve("127.0.0.1", 0)) {
            assertTrue(again.url().toString().startsWith("http://127.0.0.1:"));
        }
    }
}
