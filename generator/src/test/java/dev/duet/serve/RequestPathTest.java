package dev.duet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPathTest {

    @Test
    void decodesChineseSegmentsOnce() {
        RequestPath path = RequestPath.parse("/zh/tags/%E6%96%B0%E8%83%BD%E6%BA%90/").orElseThrow();

        assertEquals(List.of("zh", "tags", "新能源"), path.segments());
        assertTrue(path.directory());
    }

    @Test
    void decodesPercentOnlyOnce() {
        assertEquals(List.of("a%2e"), RequestPath.parse("/a%252e").orElseThrow().segments());
    }

    @Test
    void keepsPlusAsAPlus() {
        assertEquals(List.of("c++.html"), RequestPath.parse("/c++.html").orElseThrow().segments());
    }

    @Test
    void ignoresEmptySegments() {
        RequestPath path = RequestPath.parse("//zh//index.html").orElseThrow();

        assertEquals(List.of("zh", "index.html"), path.segments());
        assertFalse(path.directory());
    }

    @Test
    void treatsTheRootAsADirectory() {
        RequestPath root = RequestPath.parse("/").orElseThrow();

        assertEquals(List.of(), root.segments());
        assertTrue(root.directory());
    }

    @Test
    void refusesUnsafePaths() {
        for (String raw : new String[] {"/..", "/a/../b", "/%2e%2e/x", "/.", "/a%2fb", "/a%5cb", "/a\\b", "/a%00",
                "/%e6%96", "/%", "/%g1", "relative", ""}) {
            assertTrue(RequestPath.parse(raw).isEmpty(), raw);
        }
    }
}
