package dev.duet.content;

import dev.duet.io.Sha256;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes URL slugs: ASCII words from an English title ({@code wang-yi-attends-sco-foreign-ministers-meeting}), or,
 * for tags written in Chinese, a Unicode path segment as Hugo does ({@code 汽车-产业}). A slug is never empty, never
 * {@code .} or {@code ..}, and never holds a character that could leave a folder.
 */
public final class Slug {

    static final int MAX_LENGTH = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slug() {
    }

    /** ASCII words joined by hyphens, cut at a word boundary; empty when the text has no ASCII letters or digits. */
    static String ascii(String text) {
        String folded = isAscii(text) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        folded = folded.replace("’", "").replace("'", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return cut(out.toString());
    }

    /**
     * A slug for a tag: ASCII when the keyword is Latin, else the keyword itself in lower case (NFC) with spaces as
     * hyphens and punctuation removed. Falls back to a short hash when nothing usable is left.
     */
    public static String forTag(String keyword) {
        String ascii = ascii(keyword);
        boolean latin = keyword.codePoints().allMatch(cp -> cp < 0x250 || Character.isWhitespace(cp)
                || Character.getType(cp) == Character.OTHER_PUNCTUATION
                || Character.getType(cp) == Character.INITIAL_QUOTE_PUNCTUATION
                || Character.getType(cp) == Character.FINAL_QUOTE_PUNCTUATION);
        if (latin && !ascii.isEmpty()) {
            return ascii;
        }
        String nfc = Normalizer.normalize(keyword, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(cp);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        String slug = cut(out.toString());
        return slug.isEmpty() ? "tag-" + shortHash(keyword) : slug;
    }

    /**
     * Cleans a slug a user wrote in front matter so that it is one safe path segment; empty when nothing is left.
     */
    public static String clean(String slug) {
        if (isCleanAlready(slug)) {
            return slug;
        }
        String s = Normalizer.normalize(slug.strip(), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                out.appendCodePoint(Character.toLowerCase(cp));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String cleaned = out.toString().replaceAll("^-+|-+$", "");
        return cut(cleaned);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case ASCII words joined by single hyphens, within the length limit: what clean() would return. */
    private static boolean isCleanAlready(String slug) {
        if (slug.isEmpty() || slug.length() > MAX_LENGTH || slug.startsWith("-") || slug.endsWith("-")
                || slug.contains("--")) {
            return false;
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Eight hex digits of the SHA-256 of a text: a stable, short, ASCII fallback. */
    public static String shortHash(String text) {
        return sha256(text).substring(0, 8);
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    private static String cut(String slug) {
        if (slug.codePointCount(0, slug.length()) <= MAX_LENGTH) {
            return slug;
        }
        int end = slug.offsetByCodePoints(0, MAX_LENGTH);
        int hyphen = slug.lastIndexOf('-', end);
        return slug.substring(0, hyphen > MAX_LENGTH / 2 ? hyphen : end);
    }
}
