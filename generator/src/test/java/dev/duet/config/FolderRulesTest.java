package dev.duet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders set so that a build would destroy or publish what it must not are refused before anything runs: an output
 * or cache folder that holds the site or shares files with a folder the build reads, a static folder that holds the
 * site's articles or sources; and a cache folder that holds someone else's files.
 */
class FolderRulesTest {

    @TempDir
    Path dir;

    private List<String> errors(UnaryOperator<SiteConfig.Builder> settings) {
        return assertThrows(ConfigException.class, () -> settings.apply(SiteConfig.builder(dir)).build()).errors();
    }

    @Test
    void theOutputAndCacheFoldersMayNotHoldTheSiteNorShareFilesWithTheFoldersItReads() {
        assertTrue(errors(b -> b.outputDir("/")).get(0).startsWith("<outputDir> / -Dduet.outputDir: must not be the"
                + " site's folder or a folder above it (it is /, and the site is " + dir + ")"));
        assertTrue(errors(b -> b.cacheDir("/")).get(0).startsWith("<cacheDir> / -Dduet.cacheDir: must not be the"
                + " site's folder or a folder above it"));
        assertTrue(errors(b -> b.cacheDir(".")).get(0).startsWith("<cacheDir> / -Dduet.cacheDir: must not be the"));
        assertEquals(List.of("<outputDir> / -Dduet.outputDir: must not overlap <staticDir> / -Dduet.staticDir"
                + " (static), since Duet removes and replaces files in it"), errors(b -> b.outputDir("static")));
        assertEquals(List.of("<outputDir> / -Dduet.outputDir: must not overlap <themeDir> / -Dduet.themeDir"
                + " (theme), since Duet removes and replaces files in it"), errors(b -> b.outputDir("theme/out")));
        assertEquals(List.of("<outputDir> / -Dduet.outputDir: must not overlap <cacheDir> / -Dduet.cacheDir"
                + " (target/duet), since Duet removes and replaces files in it"), errors(b -> b.outputDir("target")));
        assertEquals(List.of("<cacheDir> / -Dduet.cacheDir: must not overlap <staticDir> / -Dduet.staticDir (static),"
                + " since Duet removes and replaces files in it"), errors(b -> b.cacheDir("static/duet")));
        assertEquals(List.of("<cacheDir> / -Dduet.cacheDir: must not overlap <articlesDir> / -Dduet.articlesDir"
                + " (articles), since Duet removes and replaces files in it"), errors(b -> b.cacheDir("articles")));
    }

    @Test
    void theStaticFolderMayNotHoldTheSiteOrItsArticlesOrSources() {
        List<String> site = errors(b -> b.staticDir("."));
        assertTrue(site.get(0).startsWith("<staticDir> / -Dduet.staticDir: must not be the site's folder or a folder"
                + " above it, since every file in it is published"), site.toString());
        assertEquals(List.of("<staticDir> / -Dduet.staticDir: must not hold <articlesDir> / -Dduet.articlesDir"
                + " (content/articles), since every file in it is published"),
                errors(b -> b.staticDir("content").articlesDir("content/articles")));
        // Folders of their own, and the defaults, are fine.
        SiteConfig.builder(dir).staticDir("public").outputDir("docs").cacheDir("build/duet").build();
        SiteConfig.builder(dir).build();
    }

    @Test
    void aCacheFolderHoldingFilesNoneOfWhichAreDuetsIsLeftAloneAndTheBuildStops() throws Exception {
        TestSite site = TestSite.in(dir).article("2024/a.zh.md", "title: \"甲\"\nlang: \"zh\"\ndate: \"2024-06-01\"",
                "甲。\n");
        Path mine = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(mine.resolve("todo.txt"), "mine\n");
        Files.createDirectories(mine.resolve("search-ideas"));
        IOException refused = assertThrows(IOException.class,
                () -> site.duet(site.config().cacheDir("notes").build()).build());
        assertTrue(refused.getMessage().contains("holds files, and none of Duet's (search-ideas, todo.txt)"),
                refused.getMessage());
        assertEquals(List.of("search-ideas", "todo.txt"), Files.list(mine).map(p -> p.getFileName().toString())
                .sorted().toList(), "nothing of it touched");
        assertTrue(!site.duet(site.config().cacheDir("empty-cache").build()).build().hasErrors(), "a new folder is");
        assertTrue(!site.duet(site.config().cacheDir("empty-cache").build()).build().hasErrors(), "and then Duet's");
    }
}
