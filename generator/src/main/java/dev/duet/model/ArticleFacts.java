package dev.duet.model;

import java.util.regex.Pattern;

/**
 * What lists and pages show of an article besides its body: its summary (the first paragraph as plain text, cut to
 * a length that reads well in lists and meta descriptions) and its reading time, both measured by the
 * {@link WritingRule} of the article's language.
 */
public record ArticleFacts(String summary, int readingMinutes) {

    private static final Pattern ESCAPED_PUNCTUATION = Pattern.compile("\\\\([\\p{Punct}])");
    /** What a first paragraph may hold of Markdown and HTML; a paragraph without any of these is text as it is. */
    private static final Pattern MARKUP_CHARS = Pattern.compile("[*_`\\[<&~#>]");
    /**
     * A picture in Markdown, {@code ![alt](a.jpg "title")}: its title may hold parentheses, "(reporter photo)", and
     * its address none.
     */
    static final String PICTURE = "!\\[([^\\]\\n]*)\\]\\(\\s*[^)\\s]*"
            + "(?:\\s+(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\)))?\\s*\\)";
    private static final Pattern IMAGE = Pattern.compile(PICTURE);
    private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern STRONG = Pattern.compile("(?<![\\\\\\w])(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1(?!\\w)");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\\\\\w*])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![\\w*])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern CODE = Pattern.compile("(?<!\\\\)`+([^`]+)`+");
    private static final Pattern BLOCK_MARK = Pattern.compile("^(?:#{1,6}\\s+|>\\s?|[-+*]\\s+|\\d{1,9}[.)]\\s+)+");
    private static final int PLAIN_CHARS = 4_000;
    private static final Pattern ENTITY = Pattern.compile(
            "&(amp|lt|gt|quot|apos|nbsp|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

    public static ArticleFacts of(ArticlePage article, WritingRule rule) {
        // The body's text is read once: a large site's is read from its file again.
        String text = dev.duet.io.ControlCharacters.strip(article.body().text());
        String markdown = dev.duet.content.HtmlComments.strip(text);
        String summary = dev.duet.content.HtmlComments.beforeMore(text)
                .map(before -> summaryOfAll(before, rule)).filter(s -> !s.isEmpty())
                .orElseGet(() -> summary(markdown, rule));
        return new ArticleFacts(summary, readingMinutes(markdown, rule));
    }

    /**
     * The summary of a body: its first paragraph of text, past the headings, tables, code, rules and pictures before
     * it (a lesson that opens with "## Text" was summed up as "Text"); when it has no paragraph, the first block of
     * text that is no table.
     */
    static String summary(String markdown, WritingRule rule) {
        String md = markdown.strip();
        int end = md.indexOf("\n\n");
        String head = end < 0 ? md : md.substring(0, end);
        if (end < 0 || !NOT_PROSE.matcher(head).matches()) {
            return cut(plainOf(head), rule);
        }
        String fallback = null;
        int seen = 0;
        for (String block : md.split("\n\\s*\n")) {
            String plain = plainOf(block);
            if (plain.isBlank()) {
                continue;
            }
            if (!NOT_PROSE.matcher(block.strip()).matches()) {
                return cut(plain, rule);
            }
            if (fallback == null && !block.strip().startsWith("|")) {
                fallback = plain;
            }
            if (++seen > 50) {
                break;
            }
        }
        return fallback == null ? "" : cut(fallback, rule);
    }

    /** A block that is no paragraph of text: a heading, a table, a fence, a rule, a picture alone. */
    private static final Pattern NOT_PROSE = Pattern.compile("(?s)#{1,6}(?:[ \\t].*)?|\\|.*|```.*|~~~.*"
            + "|(?:[-*_][ \\t]*){3,}|(?:" + PICTURE + "\\s*)+|[^\\n]*\\n(?:=+|-+)[ \\t]*");

    /**
     * The summary an editor marked by hand, the Markdown before {@code <!--more-->}: its paragraphs as one text,
     * cut to the same length as a first paragraph.
     */
    static String summaryOfAll(String markdown, WritingRule rule) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : markdown.strip().split("\n\\s*\n")) {
            String plain = plainOf(paragraph);
            if (!plain.isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(plain.strip());
            }
            if (text.length() > PLAIN_CHARS) {
                break;
            }
        }
        return cut(text.toString(), rule);
    }

    /** A paragraph of Markdown as the plain text a reader sees, on one line. */
    private static String plainOf(String paragraph) {
        String first = ChineseLines.join(paragraph).replace('\n', ' ');
        // Enough for any summary with the markup around it; no pattern runs over a paragraph of any length.
        return plain(first.length() > PLAIN_CHARS ? first.substring(0, PLAIN_CHARS) : first);
    }

    /** The summary of a plain text: typeset by the language's rule, and cut to its length at a word. */
    private static String cut(String plainText, WritingRule rule) {
        String text = rule.typeset(ESCAPED_PUNCTUATION.matcher(plainText).replaceAll("$1").strip());
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

    /**
     * The text a reader sees of a paragraph of Markdown: links and emphasis as their words, pictures and HTML tags
     * left out, the common entities as their characters; a paragraph with none of these is returned as it is.
     */
    static String plain(String paragraph) {
        if (!MARKUP_CHARS.matcher(paragraph).find()) {
            return paragraph;
        }
        String text = BLOCK_MARK.matcher(paragraph.strip()).replaceFirst("");
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        text = AUTOLINK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        text = CODE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        text = TAG.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2)));
        text = EMPHASIS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2)));
        text = STRIKE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        return ENTITY.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(entity(m.group(1))));
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(code) && code >= 0x20 && !Character.isSurrogate((char) code)
                        && code != 0xFFFE && code != 0xFFFF ? new String(Character.toChars(code)) : "";
            }
        };
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
