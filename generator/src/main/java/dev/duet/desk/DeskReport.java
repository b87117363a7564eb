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
 */
public record DeskReport(List<Finding> findings, List<UntranslatedTag> untranslatedTags) {

    public DeskReport {
        findings = List.copyOf(findings);
        untranslatedTags = List.copyOf(untranslatedTags);
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

    /** Lines to paste into {@code glossary.yaml}: each untranslated tag with its Chinese name to fill in. */
    public String glossarySkeleton() {
        StringBuilder out = new StringBuilder();
        for (UntranslatedTag tag : untranslatedTags) {
            out.append(quoteKey(tag.tag())).append(": \"\"   # ").append(tag.articles())
                    .append(tag.articles() == 1 ? " article" : " articles").append('\n');
        }
        return out.toString();
    }

    /** The report as JSON values: maps, lists and strings, in a stable order. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts().forEach((kind, n) -> counts.put(kind.id, n));
        counts.put("untranslatedTags", untranslatedTags.size());
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
        List<Object> tags = new ArrayList<>();
        for (UntranslatedTag tag : untranslatedTags) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("tag", tag.tag());
            item.put("articles", tag.articles());
            item.put("example", tag.example());
            tags.add(item);
        }
        json.put("untranslatedTags", tags);
        json.put("glossarySkeleton", glossarySkeleton());
        return json;
    }

    /** A YAML key: quoted, since a tag may hold a colon, a hash or a leading dash. */
    private static String quoteKey(String key) {
        return "\"" + key.replaceAll("\\p{Cntrl}", " ").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
