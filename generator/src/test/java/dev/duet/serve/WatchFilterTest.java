package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchFilterTest {

    private final WatchFilter filter = new WatchFilter(List.of(Path.of("/site/target")));

    @Test
    void acceptsSourceFiles() {
        assertTrue(filter.accepts(Path.of("/site/content/zh/新闻.md")));
        assertTrue(filter.accepts(Path.of("/site/glossary.yaml")));
    }

    @Test
    void ignoresEditorScratchFiles() {
        for (String name : new String[] {"a.md~", ".#a.md", ".a.md.swp", ".a.md.swx", "a.md.tmp", "4913",
                "a.md___jb_tmp___"}) {
            assertFalse(filter.accepts(Path.of("/site/content", name)), name);
        }
    }

    /** A merge's or a patch's copy of an article rebuilt the whole preview and reloaded it, writing nothing. */
    @Test
    void ignoresTheBackupsOfTextFilesButNotPicturesOrStaticFiles() {
        for (String name : new String[] {"a.en.md.orig", "a.en.md.bak", "a.zh.md.rej", "glossary.yaml.bak",
            "sections.tsv.orig", "article.ftlh.bak", "A.EN.MD.ORIG", "a.zh.md.Bak"}) {
            assertFalse(filter.accepts(Path.of("/site/articles/2024", name)), name);
        }
        for (String name : new String[] {"a.en.md", "photo.png", "photo.png.bak", "notes.bak", "robots.orig",
            "notes.txt.bak"}) {
            assertTrue(filter.accepts(Path.of("/site/static", name)), name);
        }
    }

    @Test
    void ignoresEverythingUnderTheOutputDirectory() {
        assertFalse(filter.accepts(Path.of("/site/target/site/index.html")));
        assertTrue(filter.accepts(Path.of("/site/targets.md")));
    }
}
