package dev.duet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Both texts of a story side by side: their Markdown blocks (paragraphs, as the source files' paragraphs were
 * written) in rows, aligned by length with {@link Alignment}.
 *
 * @param rows the rows, each some blocks of the left text beside the blocks of the right text they translate
 */
public record ParallelText(List<Row> rows) {


    public ParallelText {
        rows = List.copyOf(rows);
    }

    /** Blocks of the left text beside the blocks of the right text they translate, as Markdown. */
    public record Row(List<String> left, List<String> right) {
        public Row {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    public static ParallelText of(String leftMarkdown, String rightMarkdown) {
        List<String> left = blocks(leftMarkdown);
        List<String> right = blocks(rightMarkdown);
        return new ParallelText(align(left, right).groups().stream()
                .map(group -> new Row(group.left().stream().map(left::get).toList(),
                        group.right().stream().map(right::get).toList()))
                .toList());
    }

    /**
     * A row of a story's parallel text whose two sides are unlikely translations of each other: one side is
     * missing, or their lengths differ far more than translations' lengths do (a paragraph left out, added or moved).
     *
     * @param row the row's index, from 0
     * @param left the start of the row's left text, or empty
     * @param right the start of the row's right text, or empty
     * @param leftLine the line of the row's first left paragraph in the left text, from 0; empty when it has none
     * @param rightLine the line of the row's first right paragraph in the right text, from 0; empty when it has none
     */
    public record Misfit(int row, String left, String right, OptionalInt leftLine, OptionalInt rightLine) {
    }

    /**
     * The rows of the aligned texts whose sides do not fit: a paragraph with no counterpart, or a length that the
     * ratio the texts were aligned with makes improbable.
     */
    public static List<Misfit> misfits(String leftMarkdown, String rightMarkdown) {
        List<String> left = blocks(leftMarkdown);
        List<String> right = blocks(rightMarkdown);
        List<Alignment.Block> leftBlocks = aligned(left, true);
        List<Alignment.Block> rightBlocks = aligned(right, true);
        Alignment.Aligned aligned = align(left, right);
        List<Alignment.Group> groups = aligned.groups();
        double ratio = aligned.ratio();
        List<Integer> leftLines = lines(leftMarkdown);
        List<Integer> rightLines = lines(rightMarkdown);
        List<Misfit> misfits = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Alignment.Group group = groups.get(i);
            double l1 = group.left().stream().mapToInt(k -> leftBlocks.get(k).length()).sum();
            double r = group.right().stream().mapToInt(k -> rightBlocks.get(k).length()).sum();
            double l2 = r / ratio;
            if (group.left().stream().allMatch(k -> isPicture(left.get(k)))
                    && group.right().stream().allMatch(k -> isPicture(right.get(k)))) {
                continue; // a row of pictures: one side may well have a picture the other has not
            }
            // A paragraph alone is measured in its own characters: beside an empty text, the ratio is meaningless.
            boolean oneSided = group.left().isEmpty() || group.right().isEmpty();
            if (oneSided && Math.max(l1, r) >= MIN_MISFIT_CHARS || Alignment.matchCost(l1, l2) > MISFIT_COST) {
                misfits.add(new Misfit(i, start(group.left().stream().map(left::get).toList()),
                        start(group.right().stream().map(right::get).toList()), first(group.left(), leftLines),
                        first(group.right(), rightLines)));
            }
        }
        return misfits;
    }

    /** -log of the probability below which a row's lengths do not fit: one chance in 1,000. */
    private static final double MISFIT_COST = 6.9;
    /** A paragraph shorter than this with no counterpart (a photo credit, "(完)") is not reported. */
    private static final int MIN_MISFIT_CHARS = 20;

    private static OptionalInt first(List<Integer> paragraphs, List<Integer> lines) {
        return paragraphs.isEmpty() ? OptionalInt.empty() : OptionalInt.of(lines.get(paragraphs.get(0)));
    }

    private static String start(List<String> blocks) {
        String text = String.join(" ", blocks).strip();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * The rows of two texts' blocks: their paragraphs aligned with one another ({@link Alignment}), and the pictures
     * written as blocks of their own each beside the other text's picture at the same place (after the same row),
     * else beside nothing. A picture is no paragraph to pair by length: one text's extra picture would otherwise
     * shift every row after it.
     */
    private static Alignment.Aligned align(List<String> left, List<String> right) {
        List<Integer> leftText = texts(left);
        List<Integer> rightText = texts(right);
        Alignment.Aligned text = alignText(leftText.stream().map(left::get).toList(),
                rightText.stream().map(right::get).toList());
        if (leftText.size() == left.size() && rightText.size() == right.size()) {
            return text;
        }
        // Each side's pictures, by the row of text they follow (0: before the first).
        List<List<Integer>> leftPictures = picturesAfter(left, leftText, text.groups(), true);
        List<List<Integer>> rightPictures = picturesAfter(right, rightText, text.groups(), false);
        List<Alignment.Group> rows = new ArrayList<>();
        for (int row = 0; row <= text.groups().size(); row++) {
            if (row > 0) {
                Alignment.Group group = text.groups().get(row - 1);
                rows.add(new Alignment.Group(group.left().stream().map(leftText::get).toList(),
                        group.right().stream().map(rightText::get).toList()));
            }
            List<Integer> l = leftPictures.get(row);
            List<Integer> r = rightPictures.get(row);
            for (int k = 0; k < Math.max(l.size(), r.size()); k++) {
                rows.add(new Alignment.Group(k < l.size() ? List.of(l.get(k)) : List.of(),
                        k < r.size() ? List.of(r.get(k)) : List.of()));
            }
        }
        return new Alignment.Aligned(rows, text.ratio());
    }

    /**
     * Two texts' blocks aligned by length; when their counts differ and both have the same headings (as many, of the
     * same levels, in the same order), each heading beside its counterpart and each section aligned alone, so that a
     * paragraph one section has more of does not pair a heading with a paragraph.
     */
    private static Alignment.Aligned alignText(List<String> left, List<String> right) {
        boolean numbered = left.size() != right.size();
        List<Integer> leftHeads = headings(left);
        List<Integer> rightHeads = headings(right);
        if (!numbered || leftHeads.isEmpty() || !levels(left, leftHeads).equals(levels(right, rightHeads))) {
            return Alignment.alignBlocks(aligned(left, numbered), aligned(right, numbered));
        }
        List<Alignment.Group> groups = new ArrayList<>();
        int l = 0;
        int r = 0;
        for (int k = 0; k <= leftHeads.size(); k++) {
            int lEnd = k < leftHeads.size() ? leftHeads.get(k) : left.size();
            int rEnd = k < rightHeads.size() ? rightHeads.get(k) : right.size();
            int lFrom = l;
            int rFrom = r;
            for (Alignment.Group g : Alignment.alignBlocks(aligned(left.subList(l, lEnd), true),
                    aligned(right.subList(r, rEnd), true)).groups()) {
                groups.add(new Alignment.Group(g.left().stream().map(i -> i + lFrom).toList(),
                        g.right().stream().map(i -> i + rFrom).toList()));
            }
            if (k < leftHeads.size()) {
                groups.add(new Alignment.Group(List.of(lEnd), List.of(rEnd)));
            }
            l = lEnd + 1;
            r = rEnd + 1;
        }
        long leftChars = aligned(left, false).stream().mapToLong(Alignment.Block::length).sum();
        long rightChars = aligned(right, false).stream().mapToLong(Alignment.Block::length).sum();
        return new Alignment.Aligned(groups, Math.max(1, rightChars) / (double) Math.max(1, leftChars));
    }

    /** The indexes of the blocks that are headings ({@code ## …}). */
    private static List<Integer> headings(List<String> blocks) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (HEADING.matcher(blocks.get(i).strip()).matches()) {
                found.add(i);
            }
        }
        return found;
    }

    private static List<Integer> levels(List<String> blocks, List<Integer> headings) {
        return headings.stream().map(i -> blocks.get(i).strip().indexOf(' ')).toList();
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("#{1,6} [^\\n]*");

    /** The indexes of the blocks that are text, not a picture alone. */
    private static List<Integer> texts(List<String> blocks) {
        List<Integer> texts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!isPicture(blocks.get(i))) {
                texts.add(i);
            }
        }
        return texts;
    }

    /**
     * For each row of text (and before the first), the pictures of one side that follow it: those after the side's
     * last text block in that row, up to its next text block.
     */
    private static List<List<Integer>> picturesAfter(List<String> blocks, List<Integer> texts,
            List<Alignment.Group> groups, boolean leftSide) {
        // The row that holds each text block of this side.
        int[] rowOf = new int[texts.size()];
        for (int row = 0; row < groups.size(); row++) {
            for (int k : leftSide ? groups.get(row).left() : groups.get(row).right()) {
                rowOf[k] = row + 1;
            }
        }
        List<List<Integer>> after = new ArrayList<>();
        for (int row = 0; row <= groups.size(); row++) {
            after.add(new ArrayList<>());
        }
        int seen = 0; // text blocks before the current block
        for (int i = 0; i < blocks.size(); i++) {
            if (seen < texts.size() && texts.get(seen) == i) {
                seen++;
            } else {
                after.get(seen == 0 ? 0 : rowOf[seen - 1]).add(i);
            }
        }
        return after;
    }

    /** Whether a block is one picture or more and nothing else ({@code ![alt](a.jpg "title")}). */
    static boolean isPicture(String block) {
        return PICTURES.matcher(block.strip()).matches();
    }

    private static final java.util.regex.Pattern PICTURES =
            java.util.regex.Pattern.compile("(?:" + ArticleFacts.PICTURE + "\\s*)+");

    /**
     * Each block's paragraph as the aligner sees it. Texts of as many paragraphs as each other are paired in order,
     * and the aligner reads no numbers of theirs: they are looked for only when the counts differ.
     */
    private static List<Alignment.Block> aligned(List<String> blocks, boolean numbered) {
        return blocks.stream().map(b -> new Alignment.Block(b.strip().codePointCount(0, b.strip().length()),
                numbered ? ParagraphNumbers.of(b) : Set.of())).toList();
    }

    /** The line each of {@link #blocks}'s blocks starts on, counted from 0 at the text's first line. */
    static List<Integer> lines(String markdown) {
        int lead = markdown.length() - markdown.stripLeading().length();
        int line = (int) markdown.substring(0, lead).chars().filter(c -> c == '\n').count();
        List<Integer> lines = new ArrayList<>();
        int at = lead;
        for (String block : blocks(markdown)) {
            int found = markdown.indexOf(block, at);
            line += (int) markdown.substring(at, found).chars().filter(c -> c == '\n').count();
            lines.add(line);
            line += (int) block.chars().filter(c -> c == '\n').count();
            at = found + block.length();
        }
        return lines;
    }

    static List<String> blocks(String markdown) {
        String md = markdown.strip();
        if (md.isEmpty()) {
            return List.of();
        }
        // Blocks are separated by a line break, an empty or blank line, and any more line breaks: the split of
        // "\n[ \t]*\n+", without a regular expression's scan of every character.
        List<String> blocks = new ArrayList<>();
        int start = 0;
        int n = md.length();
        int newline = md.indexOf('\n');
        while (newline >= 0) {
            int next = newline + 1;
            while (next < n && (md.charAt(next) == ' ' || md.charAt(next) == '\t')) {
                next++;
            }
            if (next < n && md.charAt(next) == '\n') {
                while (next < n && md.charAt(next) == '\n') {
                    next++;
                }
                blocks.add(md.substring(start, newline));
                start = next;
                newline = md.indexOf('\n', next);
            } else {
                newline = md.indexOf('\n', newline + 1);
            }
        }
        blocks.add(md.substring(start));
        return List.copyOf(blocks);
    }

}
