package dev.duet.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the translation desk found: one finding per problem of a story, and the tags the glossary lacks.
 *
 * @param findings every finding, by story in path order, then by kind
 * @param untranslatedTags the tags shown untranslated on Chinese pages, most used first
 * @param untranslatedPeople the reporters English pages name in Chinese characters, most named first (in
 *     {@link UntranslatedTag#tag()} their Simplified name)
 * @param peopleBlock whether the glossary has a {@code people:} block, where their lines go
 */
public record DeskReport(List<Finding> findings, List<UntranslatedTag> untranslatedTags,
        List<UntranslatedTag> untranslatedPeople, boolean peopleBlock) {

    public DeskReport {
        findings = List.copyOf(findings);
        untranslatedTags = List.copyOf(untranslatedTags);
        untranslatedPeople = List.copyOf(untranslatedPeople);
    }

    /** A report that finds every reporter named in English. */
    public DeskReport(List<Finding> findings, List<UntranslatedTag> untranslatedTags) {
        this(findings, untranslatedTags, List.of(), false);
    }

    /** The kinds of finding, in the order the report lists them. */
    public enum Kind {
        /** An article with no translation. */
        MISSING("missing", "no translation"),
        /** A translation that may be out of date: its original changed after it. */
        STALE("stale", "translation may be out of date"),
        /** The two versions disagree: paragraphs, title, date or tags. */
        MISALIGNED("misaligned", "versions disagree"),
        /** A glossary term one version has and the other lacks. */
        TERM("term", "glossary term missing");

        /** The kind's name in the JSON and in problem codes ({@code desk.missing}). */
        public final String id;
        /** A heading for the kind in the page. */
        public final String heading;

        Kind(String id, String heading) {
            this.id = id;
            this.heading = heading;
        }
    }

    /**
     * One problem of one story.
     *
     * @param file the article file the finding is about, relative to the site
     * @param line its line in that file, or 0
     * @param title the article's title
     * @param page the article's page, relative to the output folder
     * @param other the other language's file, or empty
     * @param message what is wrong, in a sentence
     */
    public record Finding(Kind kind, String file, int line, String title, String page, String other,
            String message) {
    }

    /** A tag the glossary does not translate, the number of articles showing it, and one of their files. */
    public record UntranslatedTag(String tag, int articles, String example) {
    }

    /** The findings of one kind. */
    public List<Finding> of(Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The number of findings of each kind, every kind listed. */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            counts.put(kind, of(kind).size());
        }
        return counts;
    }

    /** Lines to paste into {@code glossary.yaml}: {@link #tagLines()}, then {@link #peopleLines()}. */
    public String glossarySkeleton() {
        return tagLines() + peopleLines();
    }

    /** Each untranslated tag with its Chinese name to fill in, a line each. */
    public String tagLines() {
        StringBuilder out = new StringBuilder();
        for (UntranslatedTag tag : untranslatedTags) {
            out.append(quoteKey(tag.tag())).append(": \"\"   # ").append(count(tag)).append('\n');
        }
        return out.toString();
    }

    /**
     * Each reporter without an English name under {@code people:}, their Chinese name in place of the English one
     * to write (a glossary takes no two empty keys).
     */
    public String peopleLines() {
        if (untranslatedPeople.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(peopleBlock ? "# under people:, where the glossary has it\n"
                : "people:\n");
        for (UntranslatedTag person : untranslatedPeople) {
            out.append("  ").append(quoteKey(person.tag())).append(": ").append(quoteKey(person.tag()))
                    .append("   # ").append(count(person)).append(": write the English name as the key\n");
        }
        return out.toString();
    }

    private static String count(UntranslatedTag tag) {
        return tag.articles() + (tag.articles() == 1 ? " article" : " articles");
    }

    /** The report as JSON values: maps, lists and strings, in a stable order. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts().forEach((kind, n) -> counts.put(kind.id, n));
        counts.put("untranslatedTags", untranslatedTags.size());
        counts.put("untranslatedPeople", untranslatedPeople.size());
        json.put("counts", counts);
        for (Kind kind : Kind.values()) {
            List<Object> items = new ArrayList<>();
            for (Finding f : of(kind)) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("file", f.file());
                item.put("line", f.line());
                item.put("title", f.title());
                item.put("page", f.page());
                item.put("other", f.other());
                item.put("message", f.message());
                items.add(item);
            }
            json.put(kind.id, items);
        }
        json.put("untranslatedTags", untranslated(untranslatedTags, "tag"));
        json.put("untranslatedPeople", untranslated(untranslatedPeople, "name"));
        json.put("glossarySkeleton", glossarySkeleton());
        return json;
    }

    /** Untranslated names as JSON: each its name (under {@code key}), its count and an example. */
    private static List<Object> untranslated(List<UntranslatedTag> names, String key) {
        List<Object> items = new ArrayList<>();
        for (UntranslatedTag name : names) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put(key, name.tag());
            item.put("articles", name.articles());
            item.put("example", name.example());
            items.add(item);
        }
        return items;
    }

    /** A YAML key: quoted, since a tag may hold a colon, a hash or a leading dash. */
    private static String quoteKey(String key) {
        return "\"" + key.replaceAll("\\p{Cntrl}", " ").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
