package dev.duet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCacheTest {

    @TempDir
    Path cacheDir;

    @Test
    void aSavedFingerprintIsCurrentForItsPathOnly() throws Exception {
        RenderCache cache = RenderCache.load(cacheDir);
        assertFalse(cache.isCurrent("zh/index.html", "f1"), "an empty cache knows nothing");
        for (int i = 0; i < 5000; i++) {
            cache.record("zh/" + i + "/index.html", "fingerprint-" + i);
        }
        cache.record("en/index.html", "");
        List<String> made = new ArrayList<>(IntStream.range(0, 5000).mapToObj(i -> "zh/" + i + "/index.html")
                .toList());
        made.add("en/index.html");
        cache.save(made);
        RenderCache loaded = RenderCache.load(cacheDir);
        for (int i = 0; i < 5000; i++) {
            assertTrue(loaded.isCurrent("zh/" + i + "/index.html", "fingerprint-" + i));
            assertFalse(loaded.isCurrent("zh/" + i + "/index.html", "fingerprint-" + (i + 1)));
        }
        assertFalse(loaded.isCurrent("zh/5000/index.html", "fingerprint-5000"), "a path never rendered");
        assertFalse(loaded.isCurrent("en/index.html", ""), "an empty fingerprint never matches");
    }

    @Test
    void theFileIsSortedStableAndLeftAloneWhenNothingChanged() throws Exception {
        RenderCache cache = RenderCache.load(cacheDir);
        cache.record("b.html", "2");
        cache.record("a.html", "1");
        cache.save(List.of("b.html", "a.html", "not-recorded.html"));
        Path file = cacheDir.resolve(RenderCache.FILE);
        List<String> lines = Files.readAllLines(file);
        assertEquals(RenderCache.HEADER, lines.get(0));
        assertEquals(List.of("a.html", "b.html"), lines.subList(1, 3).stream().map(l -> l.split("\t")[0]).toList());
        FileTime saved = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, saved);
        RenderCache again = RenderCache.load(cacheDir);
        again.record("a.html", "1");
        again.record("b.html", "2");
        again.save(List.of("a.html", "b.html"));
        assertEquals(saved, Files.getLastModifiedTime(file));
    }

    @Test
    void aCacheOfTheEarlierFormatStillSavesRendering() throws Exception {
        Files.writeString(cacheDir.resolve(RenderCache.FILE), "zh/index.html\t0123abcd\nbroken line\n");
        RenderCache cache = RenderCache.load(cacheDir);
        assertTrue(cache.isCurrent("zh/index.html", "0123abcd"));
        assertFalse(cache.isCurrent("zh/index.html", "0123abce"));
    }

    @Test
    void aDamagedValueIsSkipped() throws Exception {
        Files.writeString(cacheDir.resolve(RenderCache.FILE), RenderCache.HEADER + "\na.html\tnot-hex\nb.html\t\n");
        RenderCache cache = RenderCache.load(cacheDir);
        assertFalse(cache.isCurrent("a.html", "not-hex"));
        assertFalse(cache.isCurrent("b.html", ""));
    }

    @Test
    void forgottenFilesAreRenderedAgain() throws Exception {
        RenderCache cache = RenderCache.load(cacheDir);
        cache.record("a.html", "1");
        cache.record("b.html", "2");
        cache.save(List.of("a.html", "b.html"));
        RenderCache loaded = RenderCache.load(cacheDir);
        loaded.forget(List.of("a.html", "never.html"));
        assertFalse(loaded.isCurrent("a.html", "1"));
        assertTrue(loaded.isCurrent("b.html", "2"));
    }

    @Test
    void theNextBuildOfAPreviewSeesThisBuildsFingerprints() throws Exception {
        RenderCache first = RenderCache.load(cacheDir.resolve("none"));
        first.record("a.html", "1");
        RenderCache second = first.afterBuild();
        assertTrue(second.isCurrent("a.html", "1"));
        second.record("a.html", "2");
        assertFalse(second.isCurrent("a.html", "2"), "recorded in this build, not yet kept");
        second.keepRecorded("a.html");
        second.keepRecorded("unrecorded.html");
        assertTrue(second.isCurrent("a.html", "2"));
        assertFalse(second.isCurrent("unrecorded.html", ""));
    }
}
