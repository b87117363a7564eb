package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    @Test
    void pairsParagraphsOneToOneWhenCountsMatch() {
        List<Alignment.Group> groups = Alignment.align(List.of(60, 40, 80), List.of(200, 130, 260));
        assertEquals(List.of(g(List.of(0), List.of(0)), g(List.of(1), List.of(1)), g(List.of(2), List.of(2))), groups);
    }

    @Test
    void joinsTwoTranslatedParagraphsThatTheOriginalWroteAsOne() {
        // zh paragraph 1 (100 chars) was translated as two English paragraphs of 150 and 160 letters.
        List<Alignment.Group> groups = Alignment.align(List.of(50, 100, 40), List.of(160, 150, 160, 130));
        assertEquals(List.of(g(List.of(0), List.of(0)), g(List.of(1), List.of(1, 2)), g(List.of(2), List.of(3))),
                groups);
    }

    @Test
    void keepsAParagraphThatHasNoTranslation() {
        // The third zh paragraph (an editor's note) was not translated.
        List<Alignment.Group> groups = Alignment.align(List.of(50, 60, 12, 70), List.of(170, 200, 230));
        assertEquals(4, groups.stream().mapToInt(gr -> gr.left().size()).sum(), "every zh paragraph is kept");
        assertEquals(3, groups.stream().mapToInt(gr -> gr.right().size()).sum(), "every en paragraph is kept");
        assertEquals(g(List.of(0), List.of(0)), groups.get(0));
        assertEquals(g(List.of(3), List.of(2)), groups.get(groups.size() - 1));
    }

    @Test
    void neverDropsTextWhateverTheLengths() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            List<Integer> left = lengths(random, random.nextInt(12));
            List<Integer> right = lengths(random, random.nextInt(12));
            List<Alignment.Group> groups = Alignment.align(left, right);
            List<Integer> seenLeft = new ArrayList<>();
            List<Integer> seenRight = new ArrayList<>();
            groups.forEach(gr -> {
                seenLeft.addAll(gr.left());
                seenRight.addAll(gr.right());
            });
            assertEquals(indexes(left.size()), seenLeft);
            assertEquals(indexes(right.size()), seenRight);
        }
    }

    @Test
    void alignsNothingToNothing() {
        assertEquals(List.of(), Alignment.align(List.of(), List.of()));
        assertEquals(List.of(g(List.of(), List.of(0))), Alignment.align(List.of(), List.of(10)));
    }

    private static Alignment.Group g(List<Integer> left, List<Integer> right) {
        return new Alignment.Group(left, right);
    }

    private static List<Integer> lengths(java.util.Random random, int count) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(random.nextInt(300));
        }
        return out;
    }

    private static List<Integer> indexes(int count) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void textsOfThousandsOfParagraphsArePairedInOrderWithoutATableOfEveryPair() {
        List<Integer> left = java.util.Collections.nCopies(30_000, 10);
        List<Integer> right = java.util.Collections.nCopies(29_999, 25);

        List<Alignment.Group> groups = Alignment.align(left, right);

        assertEquals(30_000, groups.size());
        assertEquals(new Alignment.Group(List.of(29_999), List.of()), groups.get(29_999));
    }
    /** A story's paragraphs in Chinese characters and its translation's in letters (the sample's Wang Yi story). */
    private static final List<Integer> ZH = List.of(75, 84, 95, 99, 67, 46, 98);
    private static final List<Integer> EN = List.of(310, 371, 474, 449, 362, 222, 369);

    @Test
    void aLongParagraphAddedAtTheEndStandsAloneAndTheRowsBeforeItStayPaired() {
        List<Integer> zh = new ArrayList<>(ZH);
        zh.add(110);

        List<Alignment.Group> groups = Alignment.align(zh, EN);

        assertEquals(oneToOne(7, -1, 7), groups);
    }

    @Test
    void aLongParagraphAddedInTheMiddleStandsAloneAndTheRowsAroundItStayPaired() {
        List<Integer> zh = new ArrayList<>(ZH);
        zh.add(3, 150);

        List<Alignment.Group> groups = Alignment.align(zh, EN);

        assertEquals(oneToOne(7, 3, 3), groups);
    }

    @Test
    void aParagraphLeftOutOfTheTranslationLeavesAnEmptyCellWhereItWas() {
        List<Integer> en = new ArrayList<>(EN);
        en.remove(4);

        List<Alignment.Group> groups = Alignment.align(ZH, en);

        List<Alignment.Group> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(g(List.of(i), i == 4 ? List.of() : List.of(i < 4 ? i : i - 1)));
        }
        assertEquals(expected, groups);
    }

    @Test
    void numbersBothParagraphsWriteTellWhichOfTwoEqualParagraphsWasAdded() {
        // Two Chinese paragraphs of the same length; only the second's numbers are in the English one.
        List<Alignment.Block> zh = List.of(block(60), block(60, "2001"), block(80, "278.5"));
        List<Alignment.Block> en = List.of(block(240, "2001"), block(320, "278.5"));

        List<Alignment.Group> groups = Alignment.alignBlocks(zh, en).groups();

        assertEquals(List.of(g(List.of(0), List.of()), g(List.of(1), List.of(0)), g(List.of(2), List.of(1))),
                groups);
    }

    private static Alignment.Block block(int length, String... numbers) {
        return new Alignment.Block(length, java.util.Set.of(numbers));
    }

    /**
     * Rows pairing {@code pairs} paragraphs one to one, with a left paragraph alone inserted at {@code at} (after the
     * pairs when -1) whose index is {@code added}.
     */
    private static List<Alignment.Group> oneToOne(int pairs, int at, int added) {
        List<Alignment.Group> groups = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            groups.add(g(List.of(at >= 0 && i >= at ? i + 1 : i), List.of(i)));
        }
        groups.add(at >= 0 ? at : pairs, g(List.of(at >= 0 ? at : pairs), List.of()));
        return groups;
    }
}
