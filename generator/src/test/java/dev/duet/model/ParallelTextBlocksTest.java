package dev.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The parallel text's blocks are the text split at blank lines, exactly as the regular expression splits it. */
class ParallelTextBlocksTest {

    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n+");

    @Test
    void blocksAreSplitAtBlankLines() {
        assertEquals(List.of("一段", "二段\n续", "三段"), ParallelText.blocks("一段\n\n二段\n续\n \t\n\n\n三段\n"));
        assertEquals(List.of(), ParallelText.blocks(" \n\n "));
    }

    /**
     * A picture one text has and the other has not sits beside nothing, and the paragraphs keep their rows, where the
     * extra picture shifted them (two Chinese paragraphs beside one English one, an English paragraph beside a
     * picture); the desk finds no misfit in it.
     */
    @Test
    void picturesPairWithPicturesAndAnExtraOneShiftsNoParagraph() {
        String zh = "台风登陆湛江，十二万人转移。\n\n" + "气象台预计风力将在今晚减弱，沿海地区仍需防范。\n\n"
                + "当地政府开放了一百多个安置点，为群众提供食物和饮水。\n\n"
                + "![群众在安置点休息](evac.jpg \"湛江一处临时安置点\")\n\n![](small.png)\n";
        String en = "A typhoon made landfall in Zhanjiang, and 120,000 people were evacuated.\n\n"
                + "Forecasters expect the wind to weaken tonight, but coastal areas remain on alert.\n\n"
                + "The local government opened more than 100 shelters with food and water.\n\n"
                + "![Evacuees rest at a shelter](evac.jpg \"A shelter in Zhanjiang\")\n";
        List<ParallelText.Row> rows = ParallelText.of(zh, en).rows();
        assertEquals(5, rows.size(), rows.toString());
        for (int i = 0; i < 3; i++) {
            assertEquals(1, rows.get(i).left().size());
            assertEquals(1, rows.get(i).right().size());
        }
        assertEquals(List.of("![群众在安置点休息](evac.jpg \"湛江一处临时安置点\")"), rows.get(3).left());
        assertEquals(List.of("![Evacuees rest at a shelter](evac.jpg \"A shelter in Zhanjiang\")"),
                rows.get(3).right());
        assertEquals(List.of("![](small.png)"), rows.get(4).left());
        assertEquals(List.of(), rows.get(4).right());
        assertEquals(List.of(), ParallelText.misfits(zh, en));

        // A picture before the text and between paragraphs keeps its place too.
        List<ParallelText.Row> first = ParallelText.of("![](a.jpg)\n\n一段。\n\n二段。", "One.\n\n![](b.jpg)\n\nTwo.")
                .rows();
        assertEquals(List.of("![](a.jpg)"), first.get(0).left());
        assertEquals(List.of(), first.get(0).right());
        assertEquals(List.of("一段。"), first.get(1).left());
        assertEquals(List.of("One."), first.get(1).right());
        assertEquals(List.of(), first.get(2).left());
        assertEquals(List.of("![](b.jpg)"), first.get(2).right());
        assertEquals(List.of("二段。"), first.get(3).left());
    }

    /**
     * A picture whose title holds parentheses, "(reporter photo)", is a picture: it was a paragraph to pair by length,
     * so that two texts of the same blocks paired a heading with a table and a picture with nothing.
     */
    @Test
    void aPicturesTitleMayHoldParentheses() {
        String zh = "第一段。\n\n### 练习\n\n长段落。\n\n![茶园](tea.jpg \"茶园（记者摄）\")\n\n最后一段。";
        String en = "The first.\n\n### Exercises\n\nA long one.\n\n"
                + "![Tea garden](tea.jpg \"A tea garden (reporter photo)\")\n\nThe last.";
        List<ParallelText.Row> rows = ParallelText.of(zh, en).rows();
        assertEquals(5, rows.size(), rows.toString());
        assertEquals(List.of("![Tea garden](tea.jpg \"A tea garden (reporter photo)\")"), rows.get(3).right());
        assertEquals(1, rows.get(3).left().size());
    }

    /**
     * Texts of different counts with the same headings: each heading beside its counterpart, each section aligned
     * alone, where the lengths paired a heading with a paragraph of the section before it.
     */
    @Test
    void headingsStandBesideTheirCounterpartsWhenTheParagraphsDoNot() {
        String zh = "导语一段，比较长的一段文字，讲的是茶。\n\n## 历史\n\n很长很长的一段历史，讲述了茶的起源和发展，从古至今。\n\n"
                + "短。\n\n## 练习\n\n第一题。";
        String en = "The lead, a longer paragraph about tea and where it comes from.\n\n## History\n\nShort.\n\n"
                + "A very long paragraph of history, telling where tea came from and how it spread, from the earliest"
                + " times to ours, in more words than the Chinese needs.\n\nAnd a paragraph the translator added to"
                + " explain a word.\n\n## Exercises\n\nQuestion one.";
        List<ParallelText.Row> rows = ParallelText.of(zh, en).rows();
        List<String> headings = rows.stream().filter(r -> r.left().stream().anyMatch(b -> b.startsWith("##"))
                || r.right().stream().anyMatch(b -> b.startsWith("##"))).map(r -> r.left() + " " + r.right())
                .toList();
        assertEquals(List.of("[## 历史] [## History]", "[## 练习] [## Exercises]"), headings);
    }

    @Test
    void blocksMatchTheRegularExpressionOnAnyText() {
        Random random = new Random(7);
        char[] alphabet = {'a', '中', ' ', '\t', '\n', '\n', '\r'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String md = text.toString().strip();
            List<String> expected = md.isEmpty() ? List.of() : List.of(BLANK_LINES.split(md));
            assertEquals(expected, ParallelText.blocks(text.toString()), () -> "text: " + text.toString()
                    .replace("\n", "\\n").replace("\t", "\\t"));
        }
    }
}
