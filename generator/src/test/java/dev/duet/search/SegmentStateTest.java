package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A segment's state is written a line a document, and read back only when every line is in its form. */
class SegmentStateTest {

    private static final String ONE = "00112233445566778899aabbccddeeff";
    private static final String TWO = "ffeeddccbbaa99887766554433221100";

    @TempDir
    Path dir;

    @Test
    void writesALineADocumentAndReadsItBack() throws Exception {
        Path file = dir.resolve("segment-states/zh-seg-0.txt");
        new SegmentState("abc123", digests(ONE, TWO, ONE)).write(file);
        assertEquals(SegmentState.HEADER + "\nabc123\n" + ONE + "\n" + TWO + "\n" + ONE + "\n",
                Files.readString(file));
        SegmentState read = SegmentState.read(file).orElseThrow();
        assertEquals("abc123", read.digest());
        assertEquals(3, read.documents().size());
        assertEquals(List.of(ONE, TWO, ONE), List.of(read.documents().hex(0), read.documents().hex(1),
                read.documents().hex(2)));
        DocDigests again = digests(ONE, ONE, ONE);
        assertTrue(again.sameAt(0, read.documents()));
        assertFalse(again.sameAt(1, read.documents()));
        assertTrue(again.sameAt(2, read.documents()));
    }

    @Test
    void aSegmentWithoutDocumentsIsAState() throws Exception {
        Path file = dir.resolve("s.txt");
        new SegmentState("0f", digests()).write(file);
        assertEquals(0, SegmentState.read(file).orElseThrow().documents().size());
    }

    @Test
    void aStateNotInItsFormIsNone() throws Exception {
        String good = SegmentState.HEADER + "\nabc123\n" + ONE + "\n";
        assertTrue(read(good).isPresent());
        for (String bad : List.of("", SegmentState.HEADER, SegmentState.HEADER + "\n", good.replace("duet", "dust"),
                good.substring(0, good.length() - 1), good + "\n", good + ONE, good.replace("aabb", "AABB"),
                good.replace("abc123", "xyz"), good.replace(ONE, ONE.substring(1)), good.replace(ONE, ONE + "0"),
                good.replace("abc123", "a".repeat(65)), good.replace("\nabc123", "\n"))) {
            assertEquals(Optional.empty(), read(bad), bad);
        }
        assertEquals(Optional.empty(), SegmentState.read(dir.resolve("none.txt")));
    }

    private static DocDigests digests(String... hex) {
        return DocDigests.of(hex.length, k -> hex[k]);
    }

    private Optional<SegmentState> read(String text) throws Exception {
        Path file = Files.write(dir.resolve("state.txt"), text.getBytes(StandardCharsets.UTF_8));
        return SegmentState.read(file);
    }
}
