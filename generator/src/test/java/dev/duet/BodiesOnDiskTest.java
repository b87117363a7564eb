package dev.duet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.Body;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.diagnostic.BuildListener;
import dev.duet.diagnostic.Problem;
import dev.duet.testing.TestSite;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site too large to hold every body is built with bodies read from their files when a page needs them: the
 * output is the same as with bodies in memory, and a file changed since it was read is noticed, not misread.
 */
class BodiesOnDiskTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheSameSiteAsWithBodiesInMemory() throws Exception {
        TestSite site = TestSite.in(dir).news();
        BuildResult inMemory = new Duet(site.config().outputDir("target/in-memory").cacheDir("target/c1").build(),
                BuildListener.silent()).build();
        BuildResult onDisk = Duet.bodiesOnDisk(site.config().outputDir("target/on-disk").cacheDir("target/c2")
                .build(), BuildListener.silent()).build();
        assertFalse(onDisk.hasErrors(), onDisk.problems().toString());
        assertEquals(inMemory.problems(), onDisk.problems());
        assertEquals(inMemory.files(), onDisk.files());
        Map<String, byte[]> a = TestSite.tree(dir.resolve("target/in-memory"));
        Map<String, byte[]> b = TestSite.tree(dir.resolve("target/on-disk"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(b.get(path), StandardCharsets.UTF_8), path));
    }

    @Test
    void aBodyReadAgainEqualsTheOneKeptAndNoticesAChangedFile() throws Exception {
        Path file = dir.resolve("articles/a.en.md");
        Files.createDirectories(file.getParent());
        // A byte order mark and CRLF line breaks: the body read again is normalised as the first reading was.
        Files.writeString(file, "\uFEFF---\r\ntitle: \"A\"\r\nlang: \"en\"\r\n---\r\nFirst paragraph.\r\n\r\nSecond.\r\n");
        ContentFile kept = new ContentReader().read(dir, file).files().get(0);
        ContentFile reread = new ContentReader(true).read(dir, file).files().get(0);
        assertEquals("First paragraph.\n\nSecond.\n", kept.body().text());
        assertEquals(kept.body().text(), reread.body().text());
        assertEquals(kept.body(), reread.body());
        assertEquals(kept.body().hashCode(), reread.body().hashCode());
        assertEquals(kept, reread, "the same article whichever way its body is kept");
        assertEquals(kept.body().length(), reread.body().length());
        assertNotEquals(Body.of("other"), kept.body());

        Files.writeString(file, "---\ntitle: \"A\"\nlang: \"en\"\n---\nFirst paragraph, edited.\n");
        UncheckedIOException changed = assertThrows(UncheckedIOException.class, () -> reread.body().text());
        assertTrue(changed.getCause().getMessage().contains("changed while the site was built"),
                changed.getCause().getMessage());
        Files.delete(file);
        assertThrows(UncheckedIOException.class, () -> reread.body().text());
        assertEquals("First paragraph.\n\nSecond.\n", kept.body().text(), "a body kept in memory stays");
    }

    @Test
    void anArticleKeptFromItsLastReadingWhoseTextChangedKeepsThePagesThatMustShowItAsTheyWere() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String zh = "articles/2024/wang-yi-attends-sco-meeting.zh.md";
        Path file = dir.resolve(zh);
        Files.writeString(file, Files.readString(file) + "\n![](hall.svg)\n");
        site.write("articles/2024/hall.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>");
        assertFalse(Duet.bodiesOnDisk(site.config().build(), site.listener()).build().hasErrors());
        Map<String, byte[]> before = site.outputTree();
        // Its text edited, its picture deleted and its front matter broken in one save: the text the model keeps of
        // the story is no longer in the file. A newer story makes the lists, feeds and search files that show it
        // to be rendered again.
        Files.writeString(file, Files.readString(file).replace("title: \"王毅出席上合组织外长会议\"", "title: \"Err")
                .replace("王毅在会上发表讲话。", "王毅在会上发表重要讲话。").replace("![](hall.svg)", ""));
        Files.delete(dir.resolve("articles/2024/hall.svg"));
        site.article("2024/newer.zh.md", "title: \"更新的报道\"\nlang: \"zh\"\ndate: \"2024-06-01\"", "更新的报道正文。\n");
        site.problems().clear();

        BuildResult result = Duet.bodiesOnDisk(site.config().build(), site.listener()).build();
        assertTrue(result.hasErrors());
        assertTrue(site.problems().stream().anyMatch(p -> p.file().equals(zh) && p.isError()
                && p.message().endsWith("the last version read is kept until the file is fixed")),
                site.problems().toString());
        assertTrue(site.exists("zh/2024/06/newer/index.html"), "the rest of the site is built");
        Map<String, byte[]> after = site.outputTree();
        for (String page : List.of("zh/2024/05/wang-yi-attends-sco-meeting/index.html",
                "en/2024/05/wang-yi-attends-sco-meeting/index.html")) {
            assertArrayEquals(before.get(page), after.get(page), page);
        }
        assertTrue(site.problems().stream().anyMatch(p -> p.code().equals("image.unusable") && p.file().equals(zh)),
                "the picture its last reading shows is gone: " + site.problems());
        // A page that must show the text again cannot: it keeps its last version, and says why.
        for (Problem problem : site.problems()) {
            if (problem.code().equals("build.read")) {
                assertArrayEquals(before.get(problem.file()), after.get(problem.file()), problem.toString());
            }
        }
        // Nor does a check, or the translation desk, which look at the texts of the stories.
        site.problems().clear();
        assertTrue(site.duet().check().stream().anyMatch(p -> p.code().equals("check.build-error")));
        site.duet().translations();
    }

    @Test
    void aFileSavedInAnotherEncodingIsToldToBeSavedAsUtf8NotToBeBuiltAgain() throws Exception {
        TestSite site = TestSite.in(dir).news();
        String zh = "articles/2024/wang-yi-attends-sco-meeting.zh.md";
        Path file = dir.resolve(zh);
        assertFalse(Duet.bodiesOnDisk(site.config().build(), site.listener()).build().hasErrors());
        // Saved by an editor's Windows Notepad as "ANSI": GBK.
        Files.write(file, Files.readString(file).getBytes(java.nio.charset.Charset.forName("GBK")));
        site.article("2024/newer.zh.md", "title: \"更新的报道\"\nlang: \"zh\"\ndate: \"2024-06-01\"", "更新的报道正文。\n");
        site.problems().clear();

        Duet.bodiesOnDisk(site.config().build(), site.listener()).build();

        List<Problem> pages = site.problems().stream().filter(p -> p.code().equals("build.read")).toList();
        assertFalse(pages.isEmpty(), site.problems().toString());
        assertTrue(pages.stream().allMatch(p -> p.message().contains("it is no longer UTF-8")
                && p.message().contains("save it as UTF-8") && !p.message().contains("build again")), pages.toString());
    }

    @Test
    void aSettledFileUnchangedSinceIsReadAgainAsItsLastBytesAndAnyChangeIsStillNoticed() throws Exception {
        Path file = dir.resolve("articles/b.zh.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"乙\"\nlang: \"zh\"\n---\n第一段，含 English 与数字 2024。\n\n第二段。\n");
        // Last changed a minute ago: its stamp can be trusted, and the body is read again without a digest.
        FileTime aMinuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(file, aMinuteAgo);
        ContentFile reread = new ContentReader(true).read(dir, file).files().get(0);
        assertEquals("第一段，含 English 与数字 2024。\n\n第二段。\n", reread.body().text());
        assertEquals(reread.body().text(), reread.body().text());

        // The same length and a new time: the stamp differs, the body is digested again, and the change is seen.
        Files.writeString(file, "---\ntitle: \"乙\"\nlang: \"zh\"\n---\n第一段，含 English 与数字 2025。\n\n第二段。\n");
        UncheckedIOException changed = assertThrows(UncheckedIOException.class, () -> reread.body().text());
        assertTrue(changed.getCause().getMessage().contains("changed while the site was built"),
                changed.getCause().getMessage());

        // Written back as it was: the same body, found by its digest.
        Files.writeString(file, "---\ntitle: \"乙\"\nlang: \"zh\"\n---\n第一段，含 English 与数字 2024。\n\n第二段。\n");
        assertEquals("第一段，含 English 与数字 2024。\n\n第二段。\n", reread.body().text());

        // A file changed just now is never trusted by its stamp: an edit in the same tick keeps the time.
        ContentFile fresh = new ContentReader(true).read(dir, file).files().get(0);
        FileTime now = Files.getLastModifiedTime(file);
        Files.writeString(file, "---\ntitle: \"乙\"\nlang: \"zh\"\n---\n第一段，含 English 与数字 2026。\n\n第二段。\n");
        Files.setLastModifiedTime(file, now);
        assertThrows(UncheckedIOException.class, () -> fresh.body().text());
    }
}
