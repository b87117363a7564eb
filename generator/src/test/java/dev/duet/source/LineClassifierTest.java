package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link LineClassifier} settles most lines by their first character; every line must get the kind the full rules
 * give, and bold markers must come off as they did when each step made a new string.
 */
class LineClassifierTest {

    private final LineClassifier classifier = new LineClassifier();
    private final SourceLines lines = new SourceLines();

    /** The rules as first written, every line through every check. */
    private static LineKind reference(SourceLine line) {
        if (line.isBlank()) {
            return LineKind.BLANK;
        }
        String key = referenceUnbold(LineClassifier.key(line.text()));
        String bare = key;
        while (bare.endsWith(":") || bare.endsWith(" ")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        bare = referenceUnbold(bare);
        if (Set.of("英语如下", "英語如下", "英文如下", "英文翻译", "英文翻譯", "以下为英文译文",
                "以下為英文譯文", "以下为英文", "以下為英文", "英文版", "【英文】", "【英文版】", "【英语】",
                "【英語】", "[英文]", "english version", "english translation", "translation").contains(bare)) {
            return LineKind.MARKER;
        }
        if (Set.of("news content", "content", "正文").contains(bare)) {
            return LineKind.NEWS_CONTENT;
        }
        if (key.startsWith("【来源】") || key.startsWith("【來源】") || key.startsWith("[来源]")
                || key.startsWith("[來源]")) {
            return LineKind.SOURCE;
        }
        if (hasLabel(key, List.of("title", "标题", "標題"))) {
            return LineKind.TITLE;
        }
        if (hasLabel(key, List.of("keywords", "keyword", "关键词", "关键字", "關鍵詞", "關鍵字"))) {
            return LineKind.KEYWORDS;
        }
        if (hasLabel(key, List.of("views", "view", "阅读量", "浏览量", "閱讀量", "瀏覽量"))) {
            return LineKind.VIEWS;
        }
        return hasLabel(key, List.of("来源", "來源", "source", "原文链接", "原文鏈接")) ? null : LineKind.TEXT;
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

    private static String referenceUnbold(String text) {
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

    @Test
    void removesBoldMarkersAsBefore() {
        String alphabet = "*_ \t\u3000a新:";
        Random random = new Random(13);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(referenceUnbold(s), LineClassifier.unbold(s), s);
        }
    }

    @Test
    void everyLineGetsTheKindTheFullRulesGive() {
        List<String> starts = List.of("", "**", "__", " ", "Title", "title", "ＴＩＴＬＥ", "标题", "Keywords", "关键词",
                "Views", "阅读量", "Source", "来源", "原文链接", "【来源】", "【來源】", "英语如下", "English Version",
                "translation", "News Content", "content", "正文", "新华社", "NANJING", "The", "1.", "*", "_",
                // first letters whose NFKC form is a label's first letter: full width, ideographic space, a
                // mathematical capital and a superscript (outside the fast path), a star of full width
                "Ｔitle", "\u3000Keywords", "\uD835\uDC13itle", "\u1D40itle", "＊＊Views", "ｅnglish version", "Ｖ");
        List<String> ends = List.of("", ":", "：", " :", "**", ": x", "：https://a.cn/1", " text", "**:", "  ");
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            String text = starts.get(random.nextInt(starts.size())) + starts.get(random.nextInt(starts.size()))
                    + ends.get(random.nextInt(ends.size()));
            for (SourceLine line : lines.split("a.txt", text, new dev.duet.diagnostic.Problems())) {
                LineKind expected = reference(line);
                LineKind kind = classifier.classify(line);
                if (expected == null) {
                    // a source label: SOURCE or TEXT by what follows it, which the prefilter never decides
                    assertEquals(true, kind == LineKind.SOURCE || kind == LineKind.TEXT, text);
                } else {
                    assertEquals(expected, kind, text);
                }
            }
        }
    }
}
