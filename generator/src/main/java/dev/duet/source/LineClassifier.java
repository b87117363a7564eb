package dev.duet.source;

import java.util.List;
import java.util.Set;

/**
 * Tells what a {@link SourceLine} is from its matching key, and reads the value after a label in the line's original
 * text. Labels match case-insensitively after NFKC, with a colon of either width, with or without {@code **} bold.
 */
final class LineClassifier {

    private static final Set<String> MARKERS = Set.of("英语如下", "英文如下", "英文翻译", "以下为英文译文", "以下为英文",
            "英文版", "english version", "english translation", "translation");
    private static final Set<String> NEWS_CONTENT = Set.of("news content", "content", "正文");
    private static final List<String> TITLE_LABELS = List.of("title", "标题");
    private static final List<String> KEYWORD_LABELS = List.of("keywords", "keyword", "关键词", "关键字");
    private static final List<String> SOURCE_LABELS = List.of("来源", "來源", "source", "原文链接");
    private static final List<String> VIEW_LABELS = List.of("views", "view", "阅读量", "浏览量");
    private static final List<String> SOURCE_BRACKETS = List.of("【来源】", "【來源】");

    LineKind classify(SourceLine line) {
        if (line.isBlank()) {
            return LineKind.BLANK;
        }
        String key = unbold(line.key());
        String bare = withoutTrailingColon(key);
        if (MARKERS.contains(bare)) {
            return LineKind.MARKER;
        }
        if (NEWS_CONTENT.contains(bare)) {
            return LineKind.NEWS_CONTENT;
        }
        if (startsWithSourceBracket(key)) {
            return LineKind.SOURCE;
        }
        if (hasLabel(key, TITLE_LABELS)) {
            return LineKind.TITLE;
        }
        if (hasLabel(key, KEYWORD_LABELS)) {
            return LineKind.KEYWORDS;
        }
        if (hasLabel(key, VIEW_LABELS)) {
            return LineKind.VIEWS;
        }
        // "Source: the ministry said…" opens a paragraph; a source line holds one address and nothing else.
        if (hasLabel(key, SOURCE_LABELS) && isOneToken(value(line))) {
            return LineKind.SOURCE;
        }
        return LineKind.TEXT;
    }

    /** The original text after the label's colon (or after {@code 【来源】}), without bold markers, trimmed. */
    String value(SourceLine line) {
        String text = line.text();
        int bracket = text.indexOf('】');
        int start;
        if (startsWithSourceBracket(unbold(line.key())) && bracket >= 0) {
            start = bracket + 1;
        } else {
            start = firstColon(text) + 1;
        }
        String value = text.substring(start).strip();
        if (value.startsWith(":") || value.startsWith("：")) {
            value = value.substring(1).strip();
        }
        return unbold(value);
    }

    /** A title line's text: the value after {@code Title:} when labelled, else the whole line, without bold. */
    String title(SourceLine line, LineKind kind) {
        return kind == LineKind.TITLE ? value(line) : unbold(line.text());
    }

    /** Strips {@code **} or {@code __} wrapping a whole line or value; single {@code *x*} stays, it may be text. */
    static String unbold(String text) {
        String out = text.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            if (out.startsWith("**") || out.startsWith("__")) {
                out = out.substring(2).strip();
                changed = true;
            }
            if (out.endsWith("**") || out.endsWith("__")) {
                out = out.substring(0, out.length() - 2).strip();
                changed = true;
            }
        }
        return out;
    }

    private static boolean startsWithSourceBracket(String key) {
        return key.startsWith(SOURCE_BRACKETS.get(0)) || key.startsWith(SOURCE_BRACKETS.get(1));
    }

    private static boolean hasLabel(String key, List<String> labels) {
        for (String label : labels) {
            if (key.startsWith(label)) {
                int i = label.length();
                while (i < key.length() && key.charAt(i) == ' ') {
                    i++;
                }
                if (i < key.length() && key.charAt(i) == ':') {
                    return true;
                }
            }
        }
        return false;
    }

    private static String withoutTrailingColon(String key) {
        String out = key;
        while (out.endsWith(":") || out.endsWith(" ")) {
            out = out.substring(0, out.length() - 1);
        }
        return unbold(out);
    }

    private static int firstColon(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：' || c == '\uFE55' || c == '\uFE13') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isOneToken(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
