package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A doc table kept in a file gives back each range of its entries as written, and goes with its folder. */
class DocFileTest {

    @TempDir
    Path dir;

    @Test
    void readsBackAnyRangeAndIsDeletedWhenReleased() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("search-zh-0-docs"));
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            texts.add("{\"title\":\"第" + i + "篇\",\"text\":\"" + "文".repeat(i % 50) + "\"}");
        }
        DocFile table;
        try (DocFile.Writer writer = new DocFile.Writer(folder)) {
            texts.forEach(t -> writer.add(new Doc(t.getBytes(StandardCharsets.UTF_8))));
            table = writer.finish();
        }
        assertEquals(3000, table.size());
        for (int[] range : new int[][] {{0, 8}, {2992, 3000}, {1000, 1001}, {17, 17}, {0, 3000}}) {
            List<Doc> docs = table.range(range[0], range[1]);
            assertEquals(range[1] - range[0], docs.size());
            for (int k = 0; k < docs.size(); k++) {
                assertArrayEquals(texts.get(range[0] + k).getBytes(StandardCharsets.UTF_8), docs.get(k).json());
            }
        }
        table.release();
        assertFalse(Files.exists(folder), "the folder goes with the file");
    }

    @Test
    void aTableNeverFinishedLeavesNoFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("docs"));
        try (DocFile.Writer writer = new DocFile.Writer(folder)) {
            writer.add(new Doc("{}".getBytes(StandardCharsets.UTF_8)));
        }
        assertFalse(Files.exists(folder), "neither the file nor its folder");
    }
}
