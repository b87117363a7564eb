package dev.duet.source;

import dev.duet.diagnostic.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Chinese block of a source file: the first line is the title (with or without {@code **} bold or a
 * {@code 标题：} label), every other line a paragraph, kept as written. The byline comes from the first paragraph.
 */
final class ChineseTextReader {

    private final LineClassifier classifier;
    private final ChineseBylineReader bylines;
    private final ScriptDetector scripts;

    ChineseTextReader(LineClassifier classifier, ChineseBylineReader bylines, ScriptDetector scripts) {
        this.classifier = classifier;
        this.bylines = bylines;
        this.scripts = scripts;
    }

    /** Reads {@code content}, the block's title and paragraph lines; empty when there are none or no title. */
    Optional<ReadText> read(String file, List<ClassifiedLine> content, Problems problems) {
        if (content.isEmpty()) {
            return Optional.empty();
        }
        ClassifiedLine first = content.get(0);
        if (first.kind() == LineKind.TEXT && content.size() > 1 && bylines.startsWithDateline(first.text())) {
            problems.error("source.no-title", file, first.number(), "the Chinese text has no title: this line opens"
                    + " with a dateline, so it is the first paragraph; add the title on a line of its own above it");
            return Optional.empty();
        }
        String title = classifier.title(first.line(), first.kind());
        int titleLine = first.number();
        int next = 1;
        // "标题：" alone on its line, with the title on the next line.
        if (title.isEmpty() && content.size() > 1) {
            title = LineClassifier.unbold(content.get(1).text());
            titleLine = content.get(1).number();
            next = 2;
        }
        if (title.isEmpty()) {
            problems.error("source.no-title", file, first.number(),
                    "the Chinese title is empty; write the title after the label");
            return Optional.empty();
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = next; i < content.size(); i++) {
            paragraphs.add(content.get(i).text());
        }
        if (paragraphs.isEmpty()) {
            problems.warning("source.no-paragraphs", file, titleLine,
                    "the Chinese text has a title but no paragraphs; add the article's text below the title");
        }
        DatedByline byline = paragraphs.isEmpty() ? DatedByline.none() : bylines.read(paragraphs.get(0));
        List<String> all = new ArrayList<>(paragraphs.size() + 1);
        all.add(title);
        all.addAll(paragraphs);
        ArticleText text = new ArticleText("zh", scripts.chineseScript(all), title, Optional.empty(), paragraphs,
                byline.byline(), titleLine);
        return Optional.of(new ReadText(text, byline.monthDay()));
    }
}
