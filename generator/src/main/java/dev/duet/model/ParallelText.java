package dev.duet.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Both texts of a story side by side: their Markdown blocks (paragraphs, as the source files' paragraphs were
 * written) in rows, aligned by length with {@link Alignment}.
 *
 * @param rows the rows, each some blocks of the left text beside the blocks of the right text they translate
 */
public record ParallelText(List<Row> rows) {

    /** What separates Markdown blocks: a line break, an empty or blank line, and any more line breaks. */
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n+");

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
        return new ParallelText(Alignment.align(lengths(left), lengths(right)).stream()
                .map(group -> new Row(group.left().stream().map(left::get).toList(),
                        group.right().stream().map(right::get).toList()))
                .toList());
    }

    private static List<String> blocks(String markdown) {
        String md = markdown.strip();
        return md.isEmpty() ? List.of() : List.of(BLANK_LINES.split(md));
    }

    private static List<Integer> lengths(List<String> blocks) {
        return blocks.stream().map(b -> b.strip().codePointCount(0, b.strip().length())).toList();
    }
}
