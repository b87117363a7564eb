package dev.duet.model;

import java.util.HashSet;
import java.util.Set;

/**
 * The numbers a paragraph writes in digits, as both languages of a story write them alike: 278.5, 2001, 1,508
 * (read as 1508). They pair a paragraph with its translation when lengths alone leave a doubt. A single digit is
 * too common to tell paragraphs apart, and is left out.
 */
final class ParagraphNumbers {

    private ParagraphNumbers() {
    }

    static Set<String> of(String text) {
        Set<String> numbers = new HashSet<>();
        StringBuilder number = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                number.append((char) ('0' + digit));
            } else if ((c == '.' || c == ',') && number.length() > 0 && i + 1 < n
                    && digit(text.charAt(i + 1)) >= 0) {
                // A decimal point stays; a thousands separator goes, as one language may write it and the other not.
                if (c == '.') {
                    number.append('.');
                }
            } else if (number.length() > 0) {
                add(numbers, number);
            }
        }
        add(numbers, number);
        return numbers;
    }

    /** The digit's value, full-width and other scripts' digits included; -1 for any other character. */
    private static int digit(char c) {
        if (c < 128) {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }
        return Character.digit(c, 10);
    }

    private static void add(Set<String> numbers, StringBuilder number) {
        if (number.length() > 1) {
            numbers.add(number.toString());
        }
        number.setLength(0);
    }
}
