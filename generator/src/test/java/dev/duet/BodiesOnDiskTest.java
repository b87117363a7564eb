package dev.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.content.Body;
import dev.duet.content.ContentFile;
import dev.duet.content.ContentReader;
import dev.duet.diagnostic.BuildListener;
import dev.duet.testing.TestSite;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
