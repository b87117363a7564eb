package dev.duet.source;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the byline that opens an English news paragraph: {@code XI'AN, Nov. 20 (Xinhua) --} gives dateline
 * {@code XI'AN, Nov. 20} and agency {@code Xinhua}; {@code BEIJING, May 21, Xinhua News Agency (Reporter: Shan Lu,
 * Zhang Shuo) —} gives dateline {@code BEIJING, May 21}, agency {@code Xinhua News Agency} and reporters
 * {@code [Shan Lu, Zhang Shuo]}. The place is in capitals, as agencies write it.
 */
final class EnglishBylineReader {

    private static final int HEAD = 300;

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}'’.\\-]*(?: \\p{Lu}[\\p{Lu}'’.\\-]*){0,4}),\\s*"
                    + "((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s{1,3}(\\d{1,2}))\\b");
    /**
     * The place in title case, as some outlets write it ({@code Beijing, September 28 (Xinhua) - }): taken only
     * with an agency in parentheses and a dash after the date, which a sentence opening so does not have.
     */
    private static final Pattern TITLE_CASE_DATELINE = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}),\\s*"
                    + "((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s{1,3}(\\d{1,2}))\\b"
                    + "(?=\\s*\\([^()]{1,60}\\)\\s*[-—–])");
    /** What may follow the dateline: a year, an agency after a comma, then parentheses. */
    private static final Pattern YEAR = Pattern.compile("^,\\s*\\d{4}\\b");
    private static final Pattern AGENCY_AFTER_COMMA = Pattern.compile("^,\\s*(\\p{Lu}[^(),—–\\-]{1,59}?)\\s*(?=\\(|—|–|-)");
    private static final Pattern PARENTHESES = Pattern.compile("^\\s*\\(([^()]{1,150})\\)");
    private static final Pattern REPORTERS = Pattern.compile("(?i)^(?:reporters?|by)\\s*[:：]\\s*(.+)$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");

    /** A line that only names the reporters: {@code By Xu Wei}, {@code By Xu Wei and Zhang Yi}. */
    private static final Pattern BY_LINE = Pattern.compile(
            "^\\**[Bb]y\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s?){1,4}(?:(?:,|,? and|&)\\s*(?:\\p{Lu}[\\p{L}'’.-]*\\s?){1,4}){0,5})\\**$");

    /**
     * The reporters of a line that only names them ({@code By Xu Wei}); empty for any other line. Words may be apart
     * by any run of spaces, tabs, no-break or full-width spaces ({@code By Shan  Lu}); a name keeps one space.
     */
    List<String> byLine(String line) {
        String text = oneSpaceApart(line).strip();
        if (text.length() > 120) {
            return List.of();
        }
        Matcher m = BY_LINE.matcher(text);
        return m.matches() ? names(m.group(1).strip()) : List.of();
    }

    boolean startsWithDateline(String text) {
        return DATELINE.matcher(head(text)).find() || TITLE_CASE_DATELINE.matcher(head(text)).find();
    }

    DatedByline read(String paragraph) {
        String head = head(paragraph);
        Matcher m = DATELINE.matcher(head);
        if (!m.find()) {
            m = TITLE_CASE_DATELINE.matcher(head);
            if (!m.find()) {
                return DatedByline.none();
            }
        }
        String dateline = head.substring(0, m.end());
        Optional<MonthDay> monthDay = ChineseBylineReader.monthDay(
                String.valueOf(month(m.group(3))), m.group(4));
        String rest = head.substring(m.end());
        Matcher year = YEAR.matcher(rest);
        if (year.find()) {
            rest = rest.substring(year.end());
        }
        Optional<String> agency = Optional.empty();
        Matcher after = AGENCY_AFTER_COMMA.matcher(rest);
        if (after.find()) {
            agency = Optional.of(after.group(1).strip());
            rest = rest.substring(after.end());
        }
        List<String> reporters = List.of();
        Matcher parens = PARENTHESES.matcher(rest);
        if (parens.find()) {
            String inside = parens.group(1).strip();
            Matcher names = REPORTERS.matcher(inside);
            if (names.matches()) {
                reporters = names(names.group(1));
            } else if (agency.isEmpty()) {
                agency = Optional.of(inside);
            }
        }
        return new DatedByline(new Byline(Optional.of(dateline), agency, reporters), monthDay);
    }

    /** {@code text} with each run of white space, no-break spaces included, as one space. */
    private static String oneSpaceApart(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String name : NAME_SEPARATOR.split(text)) {
            String n = name.strip();
            if (!n.isEmpty() && n.length() <= 60 && names.size() < 10) {
                names.add(n);
            }
        }
        return names;
    }

    private static int month(String abbreviation) {
        return switch (abbreviation.toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static String head(String text) {
        return text.length() > HEAD ? text.substring(0, HEAD) : text;
    }
}
