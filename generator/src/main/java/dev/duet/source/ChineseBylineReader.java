package dev.duet.source;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the byline that opens a Chinese news paragraph: {@code 新华社南京9月28日电（记者 蒋方）} gives dateline
 * {@code 新华社南京9月28日电}, agency {@code 新华社} and reporters {@code [蒋方]}. Parentheses may be ASCII or full
 * width; names are separated by spaces, {@code 、} or commas, after {@code 记者} or another role word. Traditional
 * {@code 電} and {@code 記者} are read too.
 */
final class ChineseBylineReader {

    /** Agencies that open a dateline, longest first so that 人民日报 is not read as a shorter name. */
    private static final List<String> AGENCIES = List.of("中国新闻社", "中国日报网", "人民日报", "中国日报", "央视新闻",
            "新华社", "新華社", "中新社", "中新网", "中新網", "人民网", "人民網", "央视网", "光明网", "经济日报", "环球时报",
            "新京报", "澎湃新闻");
    private static final List<String> ROLES = List.of("见习记者", "实习记者", "摄影记者", "實習記者", "实习生", "通讯员",
            "通訊員", "记者", "記者", "摄影", "攝影", "报道");

    /** Only the opening of a paragraph is read, so no pattern ever runs over a whole paragraph. */
    private static final int HEAD = 120;

    private static final Pattern DATELINE = Pattern.compile(
            "^([^\\s（()，,。：:]{0,30}?(\\d{1,2})月(\\d{1,2})日[电電])\\s*(?:[（(]([^（()）]{1,60})[）)])?");

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\\u3000、，,;；/／]+");

    /** True when {@code text} starts like a first paragraph, for telling a missing title from a title. */
    boolean startsWithDateline(String text) {
        return DATELINE.matcher(head(text)).find();
    }

    DatedByline read(String paragraph) {
        Matcher m = DATELINE.matcher(head(paragraph));
        if (!m.find()) {
            return DatedByline.none();
        }
        String dateline = m.group(1);
        Optional<String> agency = Optional.empty();
        for (String name : AGENCIES) {
            if (dateline.startsWith(name)) {
                agency = Optional.of(name);
                break;
            }
        }
        List<String> reporters = m.group(4) == null ? List.of() : reporters(m.group(4));
        return new DatedByline(new Byline(Optional.of(dateline), agency, reporters),
                monthDay(m.group(2), m.group(3)));
    }

    private static List<String> reporters(String inParentheses) {
        if (!containsRole(inParentheses)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String token : NAME_SEPARATORS.split(inParentheses)) {
            String name = withoutRole(token.strip());
            if (!name.isEmpty() && name.length() <= 12 && names.size() < 10) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean containsRole(String text) {
        for (String role : ROLES) {
            if (text.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutRole(String token) {
        String out = token;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String role : ROLES) {
                if (out.startsWith(role)) {
                    out = out.substring(role.length()).strip();
                    changed = true;
                }
            }
        }
        return out;
    }

    static Optional<MonthDay> monthDay(String month, String day) {
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String head(String text) {
        return text.length() > HEAD ? text.substring(0, HEAD) : text;
    }
}
