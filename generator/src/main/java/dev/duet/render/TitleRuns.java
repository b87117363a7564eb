package dev.duet.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chinese headline cut into the runs a line must not break inside, and the text between them: numbers with their
 * unit ({@code 2024年}, {@code 5.2%}, {@code 30亿}), Chinese numerals written with 〇 ({@code 二〇二四年},
 * {@code 三〇年}) and words in Latin letters ({@code COVID-19}, {@code iPhone15}). Browsers may break between any
 * two Chinese characters, and so between {@code 2024} and {@code 年} or inside {@code 二〇}; a template puts each
 * kept run in an element that does not wrap, and the text between still wraps between characters. A run longer
 * than {@value #LONGEST} characters (a long name, a web address) is not kept: on a phone it would not fit a line,
 * and kept whole it would push the page wider than the screen. The runs are plain text, escaped by the template like
 * any other.
 */
final class TitleRuns {

    /** Characters that may follow a number as its unit, kept on its line. */
    private static final String UNITS = "年月日号號时時分秒岁歲万萬亿億元倍%％";
    /** Chinese numerals, kept together in a run that has a 〇 in it. */
    private static final String NUMERALS = "〇零一二三四五六七八九十百千";
    /** Characters that join two Latin letters or digits into one run: 5.2, COVID-19, 1,000, 24/7, AT&T. */
    private static final String JOINERS = ".,:/-'’&+·";
    /** The longest run kept on one line, in characters: at a phone's headline size it still fits the screen. */
    static final int LONGEST = 16;

    private TitleRuns() {
    }

    /** The runs of a title in a language: one plain run for a title that has nothing to keep or is not Chinese. */
    static List<Views.TitleRun> of(String title, String lang) {
        if (!lang.equals("zh")) {
            return List.of(new Views.TitleRun(title, false));
        }
        List<Views.TitleRun> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < title.length()) {
            int end = keptRunEnd(title, i);
            if (end - i >= 2 && end - i <= LONGEST) {
                if (!plain.isEmpty()) {
                    runs.add(new Views.TitleRun(plain.toString(), false));
                    plain.setLength(0);
                }
                runs.add(new Views.TitleRun(title.substring(i, end), true));
                i = end;
            } else if (end - i > LONGEST) {
                plain.append(title, i, end); // too long to keep: it wraps as the text around it does
                i = end;
            } else {
                int next = title.offsetByCodePoints(i, 1);
                plain.append(title, i, next);
                i = next;
            }
        }
        if (!plain.isEmpty() || runs.isEmpty()) {
            runs.add(new Views.TitleRun(plain.toString(), false));
        }
        return List.copyOf(runs);
    }

    /** Where the run to keep that starts at {@code start} ends; {@code start} when none starts there. */
    private static int keptRunEnd(String s, int start) {
        int i = start;
        boolean digit = false;
        if (isLatin(s.codePointAt(i))) {
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                if (isLatin(cp)) {
                    digit = Character.isDigit(cp);
                    i += Character.charCount(cp);
                } else if (JOINERS.indexOf(cp) >= 0 && i + 1 < s.length() && isLatin(s.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
        } else if (NUMERALS.indexOf(s.charAt(i)) >= 0) {
            boolean zero = false;
            while (i < s.length() && NUMERALS.indexOf(s.charAt(i)) >= 0) {
                zero |= s.charAt(i) == '〇';
                i++;
            }
            if (!zero) {
                return start;
            }
            digit = true;
        }
        if (digit && i < s.length() && UNITS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** A letter or digit that is not Chinese: ASCII, full-width or accented Latin. */
    private static boolean isLatin(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN
                && NUMERALS.indexOf(cp) < 0;
    }
}
