package dev.duet.render;

import dev.duet.io.TraditionalFold;
import dev.duet.model.LanguageSite;
import dev.duet.model.Permalinks;
import dev.duet.model.TagPage;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A language's tag index, and its reporters index alike, split by initial once it has more than
 * {@value #SPLIT_ABOVE} names: one page lists the initials with how many names each has, and each initial's page
 * lists its names with their counts, in the order of the names as a reader looks for them (Latin letters, then
 * Chinese by pinyin). A new story changes the counts of its four or five tags and its reporters, so
 * it changes their initials' pages, not a page of every name. Latin names go under their first letter, digits under
 * {@code 0-9}, Chinese names (Traditional ones by their Simplified form) under the first letter of the first
 * character's pinyin, and the rest under {@code other}.
 */
final class TagIndex {

    /** A page of the tag index: all of it, or once split its initials or one initial's tags. */
    record TagsFile(String path, LanguageSite language, List<Group> groups, Optional<Group> shown)
            implements SitePlan.File {
        public String template() {
            return "tags.ftlh";
        }
    }

    /** A page of the reporters index: all of it, or once split its initials or one initial's reporters. */
    record ReportersFile(String path, LanguageSite language, List<Group> groups, Optional<Group> shown)
            implements SitePlan.File {
        public String template() {
            return "reporters.ftlh";
        }
    }

    /** The index of a language's sections, for a site of more than the navigation shows. */
    record SectionsFile(String path, LanguageSite language) implements SitePlan.File {
        public String template() {
            return "sections.ftlh";
        }
    }

    /**
     * The most sections every page's navigation shows, the first in its order (those of {@code sections.tsv} first),
     * with a link to the index of them all when there are more: 200 sections were 7.5 KB of every page.
     */
    static final int NAV_SECTIONS = 12;

    /** The most tags a language's index shows on one page. */
    static final int SPLIT_ABOVE = 300;

    /** The key of the group of names that start with a digit, and of the rest. */
    static final String DIGITS = "0-9";
    static final String OTHER = "other";

    /**
     * The first character of each pinyin initial in the common characters' pinyin order, which the Chinese collator
     * follows, and the last of them: a character it sorts after that one is outside its table.
     */
    private static final String PINYIN_FIRSTS = "啊芭擦搭蛾发噶哈击喀垃妈拿哦啪期然撒塌挖昔压匝";
    private static final String PINYIN_INITIALS = "abcdefghjklmnopqrstwxyz";
    private static final String PINYIN_LAST = "座";
    /**
     * Surnames outside the collator's table of common characters, which it sorts after them all, each with the
     * initial of its pinyin as a surname: a reporter named 覃 or 闫 is filed under Q or Y, not "other".
     */
    private static final java.util.Map<Character, Character> SURNAMES = surnames(
            "覃q闫y邝k缪m阚k芮r邬w邰t郜g靳j佘s蔺l隋s訾z郄q亓q禤x邴b逯l殳s濮p晁c谌c瞿q郗x冼x鄢y郦l麴q鞠j嵇j"
            + "眭s璩q昝z笪d庹t妫g蒯k郇h琚j宓m滕t郝h臧z蓟j戴d奚x岑c窦d裘q褚c贲b酆f闵m钮n缑g郏j厍s");

    /**
     * Surnames read otherwise as a surname than as a word, each with the initial of its surname's pinyin: the
     * reporter 单璐 (Shan Lu) is under S, where the collator reads 单 as dān; 翟 zhái, 解 xiè, 仇 qiú, 区 ōu, 朴 piáo,
     * 查 zhā, 盖 gě, 尉 yù, 繁 pó, 秘 bì, 召 shào.
     */
    private static final java.util.Map<Character, Character> READ_AS_SURNAME = surnames("单s翟z解x仇q区o朴p查z盖g尉y繁p秘b召s");

    /** One initial's tags, in the index's order; {@code key} is its path segment, {@code label} what it shows. */
    record Group(String key, String label, List<TagPage> tags) {
        Group {
            tags = List.copyOf(tags);
        }
    }

    private TagIndex() {
    }

    /** The groups of a language's tags, initials in order, digits first and the rest last; none for a short index. */
    static List<Group> groups(List<TagPage> tags) {
        return groups(tags, false);
    }

    /** The groups of an index of tags, or of reporters ({@code people}), whose names' first characters are surnames. */
    static List<Group> groups(List<TagPage> tags, boolean people) {
        if (tags.size() <= SPLIT_ABOVE) {
            return List.of();
        }
        Collator chinese = Collator.getInstance(Locale.CHINA);
        Map<String, List<TagPage>> byKey = new LinkedHashMap<>();
        byKey.put(DIGITS, new ArrayList<>());
        for (char c = 'a'; c <= 'z'; c++) {
            byKey.put(String.valueOf(c), new ArrayList<>());
        }
        byKey.put(OTHER, new ArrayList<>());
        // Filed by the name the page shows, not its address: 经济, whose address is the glossary's "economy", is
        // under J on a Chinese page.
        for (TagPage tag : tags) {
            String name = tag.tag().name().strip().toLowerCase(Locale.ROOT);
            Character surname = people && !name.isEmpty() ? READ_AS_SURNAME.get(TraditionalFold.text(name)
                    .charAt(0)) : null;
            byKey.get(surname != null ? String.valueOf(surname) : key(name, chinese)).add(tag);
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, list) -> {
            if (!list.isEmpty()) {
                groups.add(new Group(key, label(key), list));
            }
        });
        return groups;
    }

    /** The files of a language's tag index: its first page, and a page for each initial once it is split. */
    static List<TagsFile> files(LanguageSite language) {
        String lang = language.code();
        return pages(language.tags(), false, Permalinks.tags(lang), key -> Permalinks.tagIndex(lang, key),
                (path, groups, shown) -> new TagsFile(path, language, groups, shown));
    }

    /** The files of a language's reporters index: its first page, and a page for each initial once it is split. */
    static List<ReportersFile> reporterFiles(LanguageSite language) {
        String lang = language.code();
        return pages(language.reporters(), true, Permalinks.reporters(lang),
                key -> Permalinks.reporterIndex(lang, key),
                (path, groups, shown) -> new ReportersFile(path, language, groups, shown));
    }

    /** How a page of an index is made from its path, the index's groups and the group it shows. */
    private interface Page<T> {
        T of(String path, List<Group> groups, Optional<Group> shown);
    }

    /** An index's pages: the first at {@code first}, and once it is split one for each initial at {@code pageOf}. */
    private static <T> List<T> pages(List<TagPage> names, boolean people, String first,
            Function<String, String> pageOf, Page<T> page) {
        List<Group> groups = groups(names, people);
        List<T> files = new ArrayList<>();
        files.add(page.of(first + "index.html", groups, Optional.empty()));
        for (Group group : groups) {
            files.add(page.of(pageOf.apply(group.key()) + "index.html", groups, Optional.of(group)));
        }
        return files;
    }

    /**
     * The names a page of an index lists, with their counts: all of them, one initial's, or none (a split index's
     * first page).
     */
    static List<Views.TagCount> counts(List<TagPage> all, List<Group> groups, Optional<Group> shown, String lang,
            Permalinks links) {
        List<TagPage> listed = groups.isEmpty() ? all : shown.map(Group::tags).orElse(List.of());
        // In the order a reader looks for a name: Latin letters, then Chinese by pinyin (Traditional by its
        // Simplified form), where the order of the addresses put Chinese names in the order of their code points.
        // Each name's key is made once and kept beside it: a tag page as a map's key would be hashed with every
        // story it lists, at each comparison of the sort.
        Collator chinese = Collator.getInstance(Locale.CHINA);
        record Keyed(java.text.CollationKey key, TagPage tag) {
        }
        return listed.stream()
                .map(t -> new Keyed(chinese.getCollationKey(TraditionalFold.text(t.tag().name())), t))
                .sorted(java.util.Comparator.comparing(Keyed::key)
                        .thenComparing(k -> k.tag().tag().name()).thenComparing(k -> k.tag().tag().slug()))
                .map(Keyed::tag)
                .map(t -> new Views.TagCount(t.tag().name(), links.href(t.path()), t.articles().size(),
                        TextLanguage.of(t.tag().name(), lang)))
                .toList();
    }

    /**
     * The initials a page of a split index names, each at its page ({@code pageOf} its key), the one it shows
     * marked; none for an index on one page.
     */
    static List<Views.TagInitial> initials(List<Group> groups, Optional<Group> shown,
            Function<String, String> pageOf, Permalinks links) {
        return groups.stream()
                .map(g -> new Views.TagInitial(g.label(), links.href(pageOf.apply(g.key())), g.tags().size(),
                        shown.filter(s -> s.key().equals(g.key())).isPresent()))
                .toList();
    }

    /** The group of a tag's slug (its name in lower case, ASCII when Latin). */
    static String key(String slug, Collator chinese) {
        if (slug.isEmpty()) {
            return OTHER;
        }
        int first = slug.codePointAt(0);
        if (first >= 'a' && first <= 'z') {
            return String.valueOf((char) first);
        }
        if (first >= '0' && first <= '9') {
            return DIGITS;
        }
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
            // The collator knows the common Simplified characters: a Traditional one is filed as its Simplified form.
            String character = new String(Character.toChars(TraditionalFold.fold(first)));
            if (chinese.compare(character, PINYIN_LAST) <= 0) {
                int initial = -1;
                for (int i = 0; i < PINYIN_FIRSTS.length(); i++) {
                    if (chinese.compare(character, PINYIN_FIRSTS.substring(i, i + 1)) >= 0) {
                        initial = i;
                    }
                }
                if (initial >= 0) {
                    return String.valueOf(PINYIN_INITIALS.charAt(initial));
                }
            }
            Character surname = character.length() == 1 ? SURNAMES.get(character.charAt(0)) : null;
            if (surname != null) {
                return String.valueOf(surname);
            }
        }
        return OTHER;
    }

    private static java.util.Map<Character, Character> surnames(String pairs) {
        java.util.Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            map.put(pairs.charAt(i), pairs.charAt(i + 1));
        }
        return java.util.Map.copyOf(map);
    }

    private static String label(String key) {
        return switch (key) {
            case DIGITS -> "0–9";
            case OTHER -> "#";
            default -> key.toUpperCase(Locale.ROOT);
        };
    }
}
