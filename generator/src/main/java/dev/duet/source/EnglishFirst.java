package dev.duet.source;

import dev.duet.diagnostic.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A source file laid out the other way round: the English block first ({@code **Title: …**}, its text), then a line
 * such as {@code 中文如下：} or straight the Chinese title and its dateline. Its lines are put in the usual order (the
 * Chinese block, the line between as the marker, the English block), each keeping its number, so that each language
 * is read as its own rather than the whole file as one Chinese article with an English title.
 */
final class EnglishFirst {

    /** Lines that announce the Chinese text after the English, as markers are written (their key, bare). */
    private static final Set<String> CHINESE_MARKERS = Set.of("中文如下", "中文版如下", "中文原文如下", "中文原文",
            "中文版", "中文", "以下为中文", "以下為中文", "汉语如下", "漢語如下", "原文如下", "chinese", "chineseversion",
            "chinesetext", "中文译文", "中文譯文");

    private final LineClassifier classifier;
    private final ScriptDetector scripts;
    private final ChineseBylineReader bylines;

    EnglishFirst(LineClassifier classifier, ScriptDetector scripts, ChineseBylineReader bylines) {
        this.classifier = classifier;
        this.scripts = scripts;
        this.bylines = bylines;
    }

    /**
     * The lines in the usual order when the file is English first, with a warning at the line the Chinese starts;
     * otherwise {@code lines} as they are. A file with a marker before an English block is in the usual order.
     */
    List<ClassifiedLine> inUsualOrder(String file, List<ClassifiedLine> lines, Problems problems) {
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineKind kind = lines.get(i).kind();
            if (kind == LineKind.MARKER) {
                return lines;
            }
            if (kind == LineKind.TEXT || kind == LineKind.TITLE) {
                content.add(i);
            }
        }
        if (content.size() < 3 || !isLatin(lines.get(content.get(0)))) {
            return lines;
        }
        for (int c = 1; c < content.size() - 1; c++) {
            int at = content.get(c);
            ClassifiedLine line = lines.get(at);
            boolean marker = isChineseMarker(line.text()) && !isLatin(lines.get(content.get(c + 1)));
            boolean titled = !marker && !isLatin(line) && bylines.startsWithDateline(lines.get(content.get(c + 1))
                    .text());
            if (marker || titled) {
                List<ClassifiedLine> ordered = new ArrayList<>(lines.size() + 1);
                ordered.addAll(lines.subList(marker ? at + 1 : at, lines.size()));
                ordered.add(new ClassifiedLine(marker ? line.line() : new SourceLine(line.number(), ""),
                        LineKind.MARKER));
                ordered.addAll(lines.subList(0, at));
                problems.warning("source.english-first", file, line.number(), "the English block comes first and"
                        + " the Chinese from this line: each was read as its own language; check the two articles");
                return ordered;
            }
        }
        return lines;
    }

    private boolean isLatin(ClassifiedLine line) {
        return scripts.isMostlyLatin(List.of(classifier.title(line.line(), line.kind())));
    }

    private static boolean isChineseMarker(String text) {
        String key = LineClassifier.key(text).replaceAll("[\\p{P}\\p{S}\\s]", "");
        return CHINESE_MARKERS.contains(key);
    }
}
