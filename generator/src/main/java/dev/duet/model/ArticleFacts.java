package dev.duet.model;

import java.util.regex.Pattern;

/**
 * What lists and pages show of an article besides its body: its summary (the first paragraph as plain text, cut to
 * a length that reads well in lists and meta descriptions) and its reading time, both measured by the
 * {@link WritingRule} of the article's language.
 */
public record ArticleFacts(String summary, int readingMinutes) {

    private static final Pattern ESCAPED_PUNCTUATION = Pattern.compile("\\\\([\\p{Punct}])");

    public static ArticleFacts of(ArticlePage article, WritingRule rule) {
        return new ArticleFacts(summary(article.markdown(), rule), readingMinutes(article.markdown(), rule));
    }

    static String summary(String markdown, WritingRule rule) {
        String md = markdown.strip();
        int end = md.indexOf("\n\n");
        String first = (end < 0 ? md : md.substring(0, end)).replace('\n', ' ');
        String text = rule.typeset(ESCAPED_PUNCTUATION.matcher(first).replaceAll("$1").strip());
        int limit = rule.summaryLength();
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        int cut = text.offsetByCodePoints(0, limit);
        if (rule.spacedWords()) {
            int space = text.lastIndexOf(' ', cut);
            if (space > limit / 2) {
                cut = space;
            }
        }
        return text.substring(0, cut).strip() + "…";
    }

    static int readingMinutes(String markdown, WritingRule rule) {
        long units = rule.spacedWords() ? words(markdown) : hanCharacters(markdown);
        return (int) Math.max(1, Math.round(units / (double) rule.perMinute()));
    }

    private static long hanCharacters(String text) {
        long han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // No Han character is below U+2E80, so most Latin text skips the script lookup, and the unified
            // ideographs (most of a Chinese text) are Han without it.
            if (cp >= 0x4E00 && cp <= 0x9FEF
                    || cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            i += Character.charCount(cp);
        }
        return han;
    }

    /** Runs of characters other than ASCII whitespace ({@code \s}: space, tab, line breaks, form feed). */
    private static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
