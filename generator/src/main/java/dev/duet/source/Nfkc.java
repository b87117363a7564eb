package dev.duet.source;

import java.text.Normalizer;

/**
 * NFKC normalisation ({@link Normalizer.Form#NFKC}) with a fast path for the characters of ordinary Chinese and
 * English text. ASCII, the CJK unified ideographs and the common CJK punctuation are their own NFKC form; the
 * full-width ASCII forms ({@code ：} U+FF1A, {@code Ａ} U+FF21…) and the ideographic space become their ASCII
 * counterparts. None of these characters combines with a neighbour, so a text made only of them is normalised one
 * character at a time; any other character sends the whole text to {@link Normalizer}.
 */
final class Nfkc {

    /** What each character is on the fast path: {@link #OWN_FORM}, {@link #FULL_WIDTH}, or 0 for any other. */
    private static final byte[] KINDS = kinds();
    private static final byte OWN_FORM = 1;
    private static final byte FULL_WIDTH = 2;

    private Nfkc() {
    }

    static String normalize(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && KINDS[text.charAt(i)] == OWN_FORM) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] out = null;
        for (int j = i; j < n; j++) {
            char c = text.charAt(j);
            byte kind = KINDS[c];
            if (kind == 0) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (kind == FULL_WIDTH && out == null) {
                out = new char[n];
                text.getChars(0, j, out, 0);
            }
            if (out != null) {
                out[j] = kind == FULL_WIDTH ? fullWidth(c) : c;
            }
        }
        return new String(out);
    }

    /** The NFKC form of a character on the fast path (itself, or the ASCII character it stands for), or 0. */
    static char fastForm(char c) {
        byte kind = KINDS[c];
        return kind == OWN_FORM ? c : kind == FULL_WIDTH ? fullWidth(c) : 0;
    }

    /** True for a character that NFKC leaves as it is, whatever stands next to it. */
    static boolean isOwnForm(char c) {
        if (c < 0x80) {
            return true;
        }
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return true;
        }
        return switch (c) {
            // 、。〃 〈〉《》「」『』【】 〔〕 〖〗 — ‘ ’ “ ” · ×
            case '\u3001', '\u3002', '\u3003', '\u3008', '\u3009', '\u300A', '\u300B', '\u300C', '\u300D', '\u300E',
                    '\u300F', '\u3010', '\u3011', '\u3014', '\u3015', '\u3016', '\u3017', '\u2014', '\u2018', '\u2019',
                    '\u201C', '\u201D', '\u00B7', '\u00D7' -> true;
            default -> false;
        };
    }

    /** The ASCII character a full-width form or the ideographic space stands for, or 0 for any other character. */
    static char fullWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : 0;
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = isOwnForm((char) c) ? OWN_FORM : fullWidth((char) c) != 0 ? FULL_WIDTH : 0;
        }
        return kinds;
    }
}
