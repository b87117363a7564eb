package dev.duet.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits the value of a Keywords line into keywords as written. Semicolons ({@code ;} {@code ；}) win when the line
 * has any, since a keyword list separated by semicolons may hold commas inside a keyword; otherwise {@code ,}
 * {@code ，} and {@code 、} separate. Separators inside parentheses never split, so
 * {@code Shanghai Cooperation Organization (SCO)} stays whole. The final period goes; exact repeats are dropped.
 */
final class KeywordSplitter {

    List<String> split(String value) {
        String text = withoutFinalPeriod(value.strip());
        boolean semicolons = hasOutsideParentheses(text, ";；");
        String separators = semicolons ? ";；" : ",，、";
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
        String keyword = part.strip();
        if (!keyword.isEmpty()) {
            keywords.add(keyword);
        }
    }

    private static String withoutFinalPeriod(String text) {
        String out = text;
        while (out.endsWith(".") || out.endsWith("。")) {
            out = out.substring(0, out.length() - 1).strip();
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
