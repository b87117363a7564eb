package dev.duet.model;

/**
 * Lines of Chinese text wrapped in the Markdown file, joined as Chinese prints them: without the space Markdown puts
 * at a line break, which between two Chinese characters is a gap a reader sees ({@code 粤港澳大 湾区}) and splits a
 * word for the search. Only a break between two Han, kana or full-width punctuation characters is joined; one beside
 * a Latin letter, a digit or a Korean word keeps its space, and so do breaks in fenced code, in table rows and after
 * a heading.
 */
public final class ChineseLines {

    private ChineseLines() {
    }

    /** The text with each line break between two Chinese characters taken out; the same string when there is none. */
    public static String join(String text) {
        int first = text.indexOf('\n');
        if (first < 0 || !hasJoin(text, first)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean fenced = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
            }
            out.append(line);
            if (end < 0) {
                break;
            }
            // A heading is one line: the paragraph after it is not a part of it.
            boolean joins = !fenced && !line.isEmpty() && end + 1 < text.length() && !trimmed.startsWith("#")
                    && isChinese(line.codePointBefore(line.length())) && isChinese(text.codePointAt(end + 1))
                    && line.indexOf('|') < 0 && lineAt(text, end + 1).indexOf('|') < 0;
            if (!joins) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** Whether any line break from {@code from} on lies between two Chinese characters: most texts have none. */
    private static boolean hasJoin(String text, int from) {
        for (int at = from; at >= 0; at = text.indexOf('\n', at + 1)) {
            if (at > 0 && at + 1 < text.length() && isChinese(text.codePointBefore(at))
                    && isChinese(text.codePointAt(at + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    /** A Han or kana character, or Chinese punctuation (。，、「」 and the full-width forms). */
    static boolean isChinese(int cp) {
        if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFE30 && cp <= 0xFE4F) {
            return true;
        }
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
