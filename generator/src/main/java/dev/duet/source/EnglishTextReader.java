package dev.duet.source;

import dev.duet.diagnostic.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the English block of a source file: the title ({@code **Title: …**}, {@code Title: …} or a plain first
 * line), an optional {@code News Content:} line, the headline under it, and the paragraphs. The line under
 * {@code News Content:} is a headline when it reads like one: no sentence-ending punctuation, no dateline at its
 * start, not too long, and not the title again (a repeated title is dropped, it is neither headline nor text).
 */
final class EnglishTextReader {

    /** Headlines are one line of a dozen or two words; anything longer is a paragraph without a full stop. */
    private static final int MAX_HEADLINE_CHARS = 300;
    private static final String SENTENCE_END = ".!?。！？";
    private static final String CLOSERS = "\"”’')）]";

    private final LineClassifier classifier;
    private final EnglishBylineReader bylines;

    EnglishTextReader(LineClassifier classifier, EnglishBylineReader bylines) {
        this.classifier = classifier;
        this.bylines = bylines;
    }

    Optional<ReadText> read(String file, List<ClassifiedLine> content, Problems problems) {
        String title = "";
        int titleLine = 0;
        boolean expectHeadline = false;
        Optional<String> headline = Optional.empty();
        List<String> paragraphs = new ArrayList<>();
        for (ClassifiedLine line : content) {
            if (title.isEmpty()) {
                if (line.kind() == LineKind.NEWS_CONTENT) {
                    continue;
                }
                if (line.kind() == LineKind.TEXT && bylines.startsWithDateline(line.text())) {
                    problems.error("source.no-title", file, line.number(), "the English text has no title: this line"
                            + " opens with a dateline, so it is the first paragraph; add a `Title: …` line above it");
                    return Optional.empty();
                }
                title = classifier.title(line.line(), line.kind());
                titleLine = line.number();
                continue;
            }
            if (line.kind() == LineKind.NEWS_CONTENT) {
                expectHeadline = true;
                continue;
            }
            if (expectHeadline) {
                expectHeadline = false;
                String candidate = LineClassifier.unbold(line.text());
                if (comparable(candidate).equals(comparable(title))) {
                    continue;
                }
                // A "By …" line whose names cannot be read is a byline all the same, never the long headline.
                if (isHeadline(candidate) && bylines.byLine(candidate).isEmpty()
                        && !candidate.strip().regionMatches(true, 0, "by ", 0, 3)) {
                    headline = Optional.of(candidate);
                    continue;
                }
            }
            paragraphs.add(line.text());
        }
        if (title.isEmpty()) {
            return Optional.empty();
        }
        if (paragraphs.isEmpty()) {
            problems.warning("source.no-paragraphs", file, titleLine,
                    "the English text has a title but no paragraphs; add the article's text below the title");
        }
        // A line of its own such as "By Xu Wei" names the reporters: it is the byline, not a paragraph.
        List<String> byLine = paragraphs.size() > 1 ? bylines.byLine(paragraphs.get(0)) : List.of();
        if (!byLine.isEmpty()) {
            paragraphs.remove(0);
        }
        DatedByline byline = paragraphs.isEmpty() ? DatedByline.none() : bylines.read(paragraphs.get(0));
        if (!byLine.isEmpty()) {
            byline = byline.withReporters(byLine);
        }
        ArticleText text = new ArticleText("en", "Latn", title, headline, paragraphs, byline.byline(), titleLine);
        return Optional.of(new ReadText(text, byline.monthDay()));
    }

    private boolean isHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADLINE_CHARS || bylines.startsWithDateline(line)) {
            return false;
        }
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(line.charAt(end - 1)) < 0;
    }

    private static String comparable(String text) {
        return collapseSpaces(Nfkc.normalize(text)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Each run of the characters a regex {@code \s} matches (space, tab, line feed, vertical tab, form feed, carriage
     * return) as one space, as {@code text.replaceAll("\\s+", " ")} gives it.
     */
    static String collapseSpaces(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isRegexSpace(c) || (c == ' ' && (i + 1 == n || !isRegexSpace(text.charAt(i + 1))))) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            out.append(' ');
            while (i + 1 < n && isRegexSpace(text.charAt(i + 1))) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
