package dev.duet.source;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the byline that opens a Chinese news paragraph: {@code 新华社南京9月28日电（记者 蒋方）} gives dateline
 * {@code 新华社南京9月28日电}, agency {@code 新华社} and reporters {@code [蒋方]}. Parentheses may be ASCII or full
 * width; names are separated by spaces, {@code 、} or commas, after {@code 记者} or another role word, and a
 * space inside a name ({@code 王 悦}, as papers pad a two-character name) is read as one name. Traditional
 * {@code 電} and {@code 記者}, {@code 讯}/{@code 訊}, special dispatches ({@code 專電}) and a day without its month
 * ({@code 東京15日專電}: the month then comes from the source URL) are read too, and so are openings in brackets
 * ({@code 【明報專訊】}) and reporters named in the dateline itself, between the agency and
 * the place, as CNA writes them: {@code 中央社記者林志明臺北3月15日電} gives agency {@code 中央社} and reporters
 * {@code [林志明]}. Where the last name ends and the place begins is known for the places in {@link #PLACES}; for
 * another place the name is taken as three characters, the usual length of a Chinese name.
 */
final class ChineseBylineReader {

    /**
     * Agencies that open a dateline, from the data file {@code agencies.txt}: longest first, so that 人民日报 is not
     * read as a shorter name.
     */
    private static final List<String> AGENCIES = DataFile.names("agencies.txt").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /**
     * Dateline places that may follow a reporter's name directly, for telling where the name ends: the data file
     * {@code dateline-places.txt}.
     */
    private static final List<String> PLACES = DataFile.names("dateline-places.txt");
    /** Where the date starts in a dateline: the month, or the day alone ({@code 東京15日專電}). */
    private static final Pattern DATE = Pattern.compile("[0-9０-９]{1,2}[月日]");
    private static final List<String> ROLES = List.of("见习记者", "实习记者", "摄影记者", "實習記者", "实习生", "通讯员",
            "通訊員", "记者", "記者", "摄影", "攝影", "报道");

    /** Only the opening of a paragraph is read, so no pattern ever runs over a whole paragraph. */
    private static final int HEAD = 120;

    private static final Pattern DATELINE = Pattern.compile(
            "^([^\\s（()，,。：:]{0,30}?(?:([0-9０-９]{1,2})月)?([0-9０-９]{1,2})日[专專]?[电電讯訊])\\s*"
                    + "(?:[（(]([^（()）]{1,60})[）)])?");

    /** An opening in brackets, as Hong Kong papers write it: {@code 【明報專訊】}, with a known agency's name. */
    private static final Pattern BRACKETED = Pattern.compile(
            "^【([^【】\\s]{1,12}?(?:專訊|专讯|報道|报道|訊|讯|電|电))】\\s*(?:[（(]([^（()）]{1,60})[）)])?");

    /**
     * Two-character surnames, from the data file {@code compound-surnames.txt}: {@code 欧阳 娜娜}, a four-character
     * name padded as papers pad one of two, is one name, since such a surname is never a whole name.
     */
    private static final Set<String> COMPOUND_SURNAMES = Set.copyOf(DataFile.names("compound-surnames.txt"));
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\\u00a0\\u3000、，,;；/／]+");
    /** Separators that always end a name in parentheses; a space may also stand inside one. */
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,;；/／]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    /** True when {@code text} starts like a first paragraph, for telling a missing title from a title. */
    boolean startsWithDateline(String text) {
        return DATELINE.matcher(head(text)).find() || bracketed(head(text)).isPresent();
    }

    DatedByline read(String paragraph) {
        Matcher m = DATELINE.matcher(head(paragraph));
        if (!m.find()) {
            return bracketed(head(paragraph)).orElse(DatedByline.none());
        }
        String dateline = m.group(1);
        Optional<String> agency = Optional.empty();
        // 据新华社北京9月28日电: "according to Xinhua", a story of another outlet that carries the agency's.
        String byAgency = dateline.startsWith("据") || dateline.startsWith("據") ? dateline.substring(1) : dateline;
        for (String name : AGENCIES) {
            if (byAgency.startsWith(name)) {
                agency = Optional.of(name);
                break;
            }
        }
        List<String> reporters = new ArrayList<>(m.group(4) == null ? List.of() : reporters(m.group(4)));
        // 北京报道 at the end of the parentheses says where the story was reported, not by whom.
        reporters.removeIf(name -> dateline.contains(name) || PLACES.contains(name));
        if (agency.isPresent()) {
            for (String name : inDateline(byAgency.substring(agency.get().length()))) {
                if (!reporters.contains(name)) {
                    reporters.add(name);
                }
            }
        }
        return new DatedByline(new Byline(Optional.of(dateline), agency, reporters),
                m.group(2) == null ? Optional.empty() : monthDay(m.group(2), m.group(3)));
    }

    /** The byline of an opening such as {@code 【明報專訊】（記者 李明）}, when it names a known agency. */
    private static Optional<DatedByline> bracketed(String head) {
        Matcher m = BRACKETED.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String dateline = m.group(1);
        return AGENCIES.stream().filter(dateline::startsWith).findFirst().map(agency -> new DatedByline(
                new Byline(Optional.of(dateline), Optional.of(agency),
                        m.group(2) == null ? List.of() : reporters(m.group(2))),
                Optional.empty()));
    }

    /** The reporters a dateline names after its agency: {@code 記者林志明、王小明臺北3月15日電}. */
    private static List<String> inDateline(String afterAgency) {
        String role = ROLES.stream().filter(afterAgency::startsWith).findFirst().orElse("");
        Matcher date = DATE.matcher(afterAgency);
        if (role.isEmpty() || !date.find() || date.start() <= role.length()) {
            return List.of();
        }
        String[] tokens = NAME_SEPARATORS.split(afterAgency.substring(role.length(), date.start()).strip());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String name = tokens[i];
            if (i == tokens.length - 1) {
                String last = name;
                name = PLACES.stream().filter(last::endsWith).findFirst()
                        .map(place -> last.substring(0, last.length() - place.length()))
                        .orElse(last.length() > 3 ? last.substring(0, 3) : last);
            }
            if (name.length() >= 2 && name.length() <= 4 && names.size() < 10) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The names in parentheses after a role word. {@code 、}, commas, semicolons and slashes always end a name; a
     * space ends one too, but not inside a name: a Chinese name is never one character, so a run of one-character
     * tokens ({@code 王 悦}) is one name, and {@code 王悦 张硕} two. Between those separators, a Chinese name with a
     * space inside ({@code 王 小明}) is one name without it, a Latin name ({@code Chen Jia}) keeps its spaces, and
     * so does a run of Latin words between Chinese names ({@code 记者 Chen Jia 王悦}: two names).
     */
    private static List<String> reporters(String inParentheses) {
        if (!containsRole(inParentheses)) {
            return List.of();
        }
        boolean listed = LIST_SEPARATORS.matcher(inParentheses).find();
        List<String> names = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(inParentheses)) {
            List<String> tokens = new ArrayList<>();
            for (String token : SPACES.split(part.strip())) {
                String name = withoutRole(token.strip());
                // A role word between names ends the name before it.
                if (name.isEmpty() || name.length() < token.strip().length()) {
                    addNames(names, tokens, listed);
                    tokens.clear();
                }
                if (!name.isEmpty()) {
                    tokens.add(name);
                }
            }
            addNames(names, tokens, listed);
        }
        return names;
    }

    /** Adds the names in {@code tokens}, the words between two separators or role words, as {@link #reporters} says. */
    private static void addNames(List<String> names, List<String> tokens, boolean listed) {
        List<String> found = new ArrayList<>();
        if (listed && !tokens.isEmpty() && tokens.stream().noneMatch(ChineseBylineReader::hasHan)) {
            found.add(String.join(" ", tokens));
        } else {
            StringBuilder run = new StringBuilder();
            StringBuilder latin = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if (isOneHan(token)) {
                    endRun(found, latin);
                    run.append(token);
                    continue;
                }
                endRun(found, run);
                if (!hasHan(token)) {
                    latin.append(latin.isEmpty() ? "" : " ").append(token);
                    continue;
                }
                endRun(found, latin);
                if (COMPOUND_SURNAMES.contains(token) && i + 1 < tokens.size() && isAllHan(tokens.get(i + 1))
                        && tokens.get(i + 1).length() <= 2) {
                    token += tokens.get(++i);
                }
                found.add(token);
            }
            endRun(found, run);
            endRun(found, latin);
            if (listed && found.stream().anyMatch(ChineseBylineReader::isOneHan)
                    && tokens.stream().allMatch(ChineseBylineReader::isAllHan)) {
                found = List.of(String.join("", tokens));
            }
        }
        for (String name : found) {
            // 王悦等: 王悦 and others.
            name = name.length() >= 3 && name.endsWith("等") && isAllHan(name) ? name.substring(0, name.length() - 1)
                    : name;
            if (name.length() <= (hasHan(name) ? 12 : 40) && names.size() < 10 && isName(name)) {
                names.add(name);
            }
        }
    }

    /** Adds the name {@code run} has gathered, if any, and empties it. */
    private static void endRun(List<String> found, StringBuilder run) {
        if (!run.isEmpty()) {
            found.add(run.toString());
            run.setLength(0);
        }
    }

    private static boolean isOneHan(String token) {
        return token.codePointCount(0, token.length()) == 1 && isAllHan(token);
    }

    private static boolean isAllHan(String token) {
        return token.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean hasHan(String token) {
        return token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean containsRole(String text) {
        for (String role : ROLES) {
            if (text.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token without the role word it holds and what comes before it: {@code 记者王悦} and {@code 总台记者王悦}
     * (a station's reporter) are 王悦, {@code 总台记者} alone no name, and a colon after the role is no part of the
     * name ({@code 记者：张三}).
     */
    private static String withoutRole(String token) {
        String out = token;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String role : ROLES) {
                int at = out.lastIndexOf(role);
                if (at > 0 && role.equals("报道") && at + role.length() == out.length()) {
                    out = out.substring(0, at); // 李明报道: reported by 李明
                    changed = true;
                } else if (at >= 0 && (at == 0 || isAllHan(out.substring(0, at)))) {
                    out = out.substring(at + role.length()).replaceFirst("^[\\s:：]+", "");
                    changed = true;
                }
            }
        }
        return out.replaceFirst("^[:：]+", "").strip();
    }

    /**
     * Whether a found name can be a person's: letters, with the marks, dots, hyphens and apostrophes names have, and
     * nothing else ({@code <b>}, {@code ..} and the like are pieces of markup or paths, not reporters).
     */
    private static boolean isName(String name) {
        return name.codePoints().anyMatch(Character::isLetter) && name.codePoints().allMatch(c -> Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK || c == ' ' || c == '·' || c == '•'
                || c == '‧' || c == '-' || c == '\'' || c == '’' || c == '.') && !name.startsWith(".");
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
