package dev.duet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpillRecordsTest {

    /** Collects what a reader gives back, as text. */
    private static final class Collected implements TermSink {
        final List<String> terms = new ArrayList<>();

        @Override
        public void cjk(long key, int id, int weight) {
            terms.add(id + " cjk " + key + " " + weight);
        }

        @Override
        public void word(String word, int id, int weight) {
            terms.add(id + " word " + word + " " + weight);
        }
    }

    @Test
    void termsComeBackInTheOrderTheyWereWritten() throws IOException {
        SpillRecords records = new SpillRecords();
        Collected expected = new Collected();
        String[] words = {"reform", "#tag:belt-and-road", "naïve", "", "𠀀x", "w".repeat(300)};
        long[] keys = {0, 1, 0x4E2D, 0x4E2DL << 21 | 0x56FD, Long.MAX_VALUE, -1L};
        for (int id = 0; id < 40; id += 1 + id % 3) {
            records.startDoc(id);
            for (int t = 0; t < 12; t++) {
                int weight = t == 0 ? 0 : (id * 31 + t) % 5000;
                if (t % 2 == 0) {
                    records.cjk(keys[t % keys.length], id, weight);
                    expected.cjk(keys[t % keys.length], id, weight);
                } else {
                    records.word(words[t % words.length], id, weight);
                    expected.word(words[t % words.length], id, weight);
                }
            }
        }
        Collected read = new Collected();
        SpillRecords.read(new ByteArrayInputStream(records.bytes()), read);
        assertEquals(expected.terms, read.terms);
    }

    @Test
    void aTruncatedFileIsAnErrorNotFewerTerms() {
        SpillRecords records = new SpillRecords();
        records.startDoc(7);
        records.word("harvest", 7, 300);
        byte[] bytes = records.bytes();
        assertThrows(IOException.class, () -> SpillRecords.read(
                new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 1)), new Collected()));
        assertThrows(IOException.class, () -> SpillRecords.read(new ByteArrayInputStream(new byte[] {9}),
                new Collected()));
    }

    @Test
    void aTermOfAnotherArticleIsRefused() {
        SpillRecords records = new SpillRecords();
        records.startDoc(1);
        assertThrows(IllegalStateException.class, () -> records.cjk(5, 2, 1));
    }
}
