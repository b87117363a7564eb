package dev.duet.render;

import dev.duet.io.TraditionalFold;

/**
 * Marks the Chinese words of an English text with their language: each run of Han characters (with the Chinese
 * punctuation inside it) in the text of a body's HTML becomes {@code <span lang="zh">…</span>}
 * ({@code zh-Hant} when Traditional), so that a screen reader reads 茶 in a Chinese voice, not as "CJK ideograph", and
 * the browser draws it with Chinese glyphs. Tags and their attributes are left as they are.
 */
final class ForeignRuns {

    private ForeignRuns() {
    }

    /** {@code html} (a sanitised body of an English article) with its Chinese runs marked. */
    static String mark(String html) {
        if (!hasHan(html)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        boolean inTag = false;
        char quote = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (inTag) {
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    inTag = false;
                }
                out.append(c);
                i++;
            } else if (c == '<') {
                inTag = true;
                out.append(c);
                i++;
            } else if (isHan(html.codePointAt(i))) {
                int end = i;
                while (end < html.length()) {
                    int cp = html.codePointAt(end);
                    if (!isHan(cp) && !isChinesePunctuation(cp)) {
                        break;
                    }
                    end += Character.charCount(cp);
                }
                String run = html.substring(i, end);
                out.append("<span lang=\"").append(TraditionalFold.text(run).equals(run) ? "zh" : "zh-Hant")
                        .append("\">").append(run).append("</span>");
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x2E80 && isHan(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(int cp) {
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Chinese punctuation and full-width forms, which belong to the run of Chinese they stand in. */
    private static boolean isChinesePunctuation(int cp) {
        return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF65;
    }
}
