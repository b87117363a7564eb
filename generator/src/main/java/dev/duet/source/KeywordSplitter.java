package dev.duet.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits the value of a Keywords line into keywords as written. Semicolons ({@code ;} {@code ；}) win when the line
 * has any, since a keyword list separated by semicolons may hold commas inside a keyword; otherwise {@code ,}
 * {@code ，} and {@code 、} separate ({@code 、} in both). Spaces around a keyword go, no-break ones too.
 * Separators inside parentheses never split, so {@code Shanghai Cooperation Organization (SCO)} stays whole. The
 * final period goes; exact repeats are dropped.
 */
final class KeywordSplitter {

    List<String> split(String value) {
        String text = withoutFinalPeriod(strip(value));
        boolean semicolons = hasOutsideParentheses(text, ";；");
        // 、 separates Chinese words in either kind of list: no keyword holds one.
        String separators = semicolons ? ";；、" : ",，、";
        Set<String> keywords = new LinkedHashSet<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                add(keywords, text.substring(start, i));
                start = i + 1;
            }
        }
        add(keywords, text.substring(start));
        return new ArrayList<>(keywords);
    }

    private static void add(Set<String> keywords, String part) {
        String keyword = strip(part);
        if (!keyword.isEmpty()) {
            keywords.add(keyword);
        }
    }

    /** Without the spaces around it, the no-break and ideographic spaces too. */
    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String withoutFinalPeriod(String text) {
        String out = text;
        while (out.endsWith(".") || out.endsWith("。")) {
            out = strip(out.substring(0, out.length() - 1));
        }
        return out;
    }

    private static boolean hasOutsideParentheses(String text, String chars) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && chars.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
