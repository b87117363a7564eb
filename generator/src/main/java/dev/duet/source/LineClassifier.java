package dev.duet.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells what a {@link SourceLine} is from its matching key, and reads the value after a label in the line's original
 * text. Labels match case-insensitively after NFKC, with a colon of either width, with or without {@code **} bold.
 */
final class LineClassifier {

    /** Markers in Simplified and Traditional characters, bare or in brackets ({@code 【英文】}). */
    private static final Set<String> MARKERS = Set.of("英语如下", "英語如下", "英文如下", "英文翻译", "英文翻譯",
            "以下为英文译文", "以下為英文譯文", "以下为英文", "以下為英文", "英文版", "【英文】", "【英文版】", "【英语】",
            "【英語】", "[英文]", "english version", "english translation", "translation");
    private static final Set<String> NEWS_CONTENT = Set.of("news content", "content", "正文");
    private static final List<String> TITLE_LABELS = List.of("title", "标题", "標題");
    private static final List<String> KEYWORD_LABELS = List.of("keywords", "keyword", "关键词", "关键字", "關鍵詞",
            "關鍵字");
    private static final List<String> SOURCE_LABELS = List.of("来源", "來源", "source", "原文链接", "原文鏈接");
    private static final List<String> VIEW_LABELS = List.of("views", "view", "阅读量", "浏览量", "閱讀量", "瀏覽量");
    private static final List<String> SOURCE_BRACKETS = List.of("【来源】", "【來源】", "[来源]", "[來源]");

    /**
     * The first two characters of every label and marker, one pair after another: a key that starts with none of
     * them is text. (Every label is at least two characters long.)
     */
    private static final String OPENINGS = openings();

    /** Labels and markers are short; only this much of a line is normalised for matching. */
    private static final int KEY_CHARS = 80;

    LineKind classify(SourceLine line) {
        if (line.isBlank()) {
            return LineKind.BLANK;
        }
        // Most lines are paragraphs: their first letter settles them, without normalising the line, or else a look
        // at the first two characters of their key.
        if (!mayOpenALabel(line.text())) {
            return LineKind.TEXT;
        }
        String key = unbold(key(line.text()));
        if (!opensLikeALabel(key)) {
            return LineKind.TEXT;
        }
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
        // "Source: the ministry said…" opens a paragraph; a source line holds one address, or a site's name and
        // its addresses.
        if (hasLabel(key, SOURCE_LABELS) && (isOneToken(value(line)) || SourceUrlReader.isNamedSource(value(line)))) {
            return LineKind.SOURCE;
        }
        return LineKind.TEXT;
    }

    /**
     * A source line that names no web address ({@code 来源：国家统计局}, crediting a figure) is a line of text when
     * another source line gives one: the article's link is that one, and the credit stays in the text.
     */
    void creditsAsText(List<ClassifiedLine> classified, SourceUrlReader urls) {
        List<Integer> sources = new ArrayList<>(1);
        boolean linked = false;
        for (int i = 0; i < classified.size(); i++) {
            if (classified.get(i).kind() == LineKind.SOURCE) {
                sources.add(i);
                linked |= urls.read(value(classified.get(i).line())).isPresent();
            }
        }
        if (sources.size() < 2 || !linked) {
            return;
        }
        for (int i : sources) {
            SourceLine line = classified.get(i).line();
            if (urls.read(value(line)).isEmpty() && SourceUrlReader.urls(line.text()).isEmpty()) {
                classified.set(i, new ClassifiedLine(line, LineKind.TEXT));
            }
        }
    }

    /** The original text after the label's colon (or after {@code 【来源】}), without bold markers, trimmed. */
    String value(SourceLine line) {
        String text = line.text();
        int bracket = closingBracket(text);
        int start;
        if (startsWithSourceBracket(unbold(key(line.text()))) && bracket >= 0) {
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

    /**
     * Whether a line the known markers miss reads as one ({@code （英语如下）}, {@code [English]}, {@code 英译：}): short,
     * naming English, and no sentence.
     */
    static boolean mayBeMarker(String text) {
        String key = key(text).replaceAll("[\\p{P}\\p{S}\\s]", "");
        return key.length() <= 16 && (key.contains("英语") || key.contains("英語") || key.contains("英文")
                || key.contains("英译") || key.contains("英譯") || key.contains("english"));
    }

    /** Where the first closing bracket of a line is, of any width ({@code 】}, {@code ］}, {@code ]}); -1 if none. */
    private static int closingBracket(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '】' || c == '］' || c == ']' || c == '〕') {
                return i;
            }
        }
        return -1;
    }

    /** A title line's text: the value after {@code Title:} when labelled, else the whole line, without bold. */
    String title(SourceLine line, LineKind kind) {
        return kind == LineKind.TITLE ? value(line) : unbold(line.text());
    }

    /**
     * The key labels are matched against: the NFKC form of the beginning of a line in lower case, so that
     * {@code Ｔｉｔｌｅ：} and {@code 英语如下：} match like their ASCII forms.
     */
    static String key(String text) {
        String head = text.length() > KEY_CHARS ? text.substring(0, KEY_CHARS) : text;
        return Nfkc.normalize(head).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * False when a line surely does not open with a label: its first character other than white space, {@code *}
     * and {@code _} is, in NFKC and lower case, the first character of no label. Only characters whose NFKC form
     * {@link Nfkc} knows without the normaliser are read this way; any other character answers true, and the full
     * key decides.
     */
    private static boolean mayOpenALabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = Nfkc.fastForm(text.charAt(i));
            if (c == 0) {
                return true;
            }
            if (c == '*' || c == '_' || Character.isWhitespace(c)) {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            for (int j = 0; j < OPENINGS.length(); j += 2) {
                if (OPENINGS.charAt(j) == lower) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Strips {@code **} or {@code __} wrapping a whole line or value; single {@code *x*} stays, it may be text. */
    static String unbold(String text) {
        int start = skipSpace(text, 0, text.length());
        int end = skipSpaceBack(text, start, text.length());
        boolean changed = true;
        while (changed) {
            changed = false;
            if (end - start >= 2 && isBold(text, start)) {
                start = skipSpace(text, start + 2, end);
                end = skipSpaceBack(text, start, end);
                changed = true;
            }
            if (end - start >= 2 && isBold(text, end - 2)) {
                end = skipSpaceBack(text, start, end - 2);
                changed = true;
            }
        }
        return text.substring(start, end);
    }

    /** True when {@code **} or {@code __} starts at {@code i}. */
    private static boolean isBold(String text, int i) {
        char c = text.charAt(i);
        return (c == '*' || c == '_') && text.charAt(i + 1) == c;
    }

    /** The first index from {@code from} that is not whitespace as {@link String#strip()} sees it, or {@code end}. */
    private static int skipSpace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaceBack(String text, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean opensLikeALabel(String key) {
        if (key.length() < 2) {
            return false;
        }
        char first = key.charAt(0);
        char second = key.charAt(1);
        for (int i = 0; i < OPENINGS.length(); i += 2) {
            if (OPENINGS.charAt(i) == first && OPENINGS.charAt(i + 1) == second) {
                return true;
            }
        }
        return false;
    }

    private static String openings() {
        StringBuilder openings = new StringBuilder();
        List<List<String>> words = List.of(List.copyOf(MARKERS), List.copyOf(NEWS_CONTENT), TITLE_LABELS,
                KEYWORD_LABELS, SOURCE_LABELS, VIEW_LABELS, SOURCE_BRACKETS);
        for (List<String> list : words) {
            for (String word : list) {
                if (word.length() < 2) {
                    throw new IllegalStateException("a label of one character needs another look: " + word);
                }
                openings.append(word, 0, 2);
            }
        }
        return openings.toString();
    }

    private static boolean startsWithSourceBracket(String key) {
        return SOURCE_BRACKETS.stream().anyMatch(key::startsWith);
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
