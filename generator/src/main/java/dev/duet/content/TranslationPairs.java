package dev.duet.content;

import dev.duet.diagnostic.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pairs article files that are translations of each other: by {@code translationKey} when the front matter has one,
 * else by file name ({@code slug.zh.md} with {@code slug.en.md}).
 */
public final class TranslationPairs {

    /** The files of one story, at most one per language. */
    /**
     * A story: its translation key and its file in each language. A class rather than a record of optionals: a site
     * of a million stories holds a million of these while its pages are made.
     */
    public static final class Group {

        private final String key;
        /** The files, or null for a language the story is not in. */
        private final ContentFile zh;
        private final ContentFile en;

        public Group(String key, Optional<ContentFile> zh, Optional<ContentFile> en) {
            this.key = java.util.Objects.requireNonNull(key, "key");
            this.zh = zh.orElse(null);
            this.en = en.orElse(null);
        }

        public String key() {
            return key;
        }

        public Optional<ContentFile> zh() {
            return Optional.ofNullable(zh);
        }

        public Optional<ContentFile> en() {
            return Optional.ofNullable(en);
        }

        public List<ContentFile> files() {
            List<ContentFile> out = new ArrayList<>(2);
            if (zh != null) {
                out.add(zh);
            }
            if (en != null) {
                out.add(en);
            }
            return out;
        }

        public Optional<ContentFile> find(String lang) {
            return lang.equals("zh") ? zh() : lang.equals("en") ? en() : Optional.empty();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Group group && key.equals(group.key) && java.util.Objects.equals(zh, group.zh)
                    && java.util.Objects.equals(en, group.en);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(key, zh, en);
        }

        @Override
        public String toString() {
            return "Group[key=" + key + ", zh=" + zh() + ", en=" + en() + "]";
        }
    }

    /** The groups, sorted by key, and the problems found pairing. */
    public record Result(List<Group> groups, List<Problem> problems) {
        public Result {
            groups = List.copyOf(groups);
            problems = List.copyOf(problems);
        }
    }

    private TranslationPairs() {
    }

    /** Whether {@code file} was published before {@code other}: not a draft where the other is, or dated earlier. */
    private static boolean publishedFirst(ContentFile file, ContentFile other) {
        if (file.frontMatter().draft() != other.frontMatter().draft()) {
            return other.frontMatter().draft();
        }
        return file.frontMatter().publication().publishedOrLast()
                .isBefore(other.frontMatter().publication().publishedOrLast());
    }

    /**
     * Groups files (given in path order) by translation key. Of two files of one language in a group, the one
     * published first keeps its place (a draft after any other, then by date, then by path), whatever the files are
     * called, and the other is reported and left out: a new file copying an older one's key never takes its page.
     */
    public static Result pair(List<ContentFile> files) {
        Map<String, Map<String, ContentFile>> byKey = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ContentFile file : files) {
            Map<String, ContentFile> group = byKey.computeIfAbsent(file.translationKey(), k -> new LinkedHashMap<>());
            ContentFile earlier = group.putIfAbsent(file.frontMatter().lang(), file);
            if (earlier != null) {
                ContentFile kept = publishedFirst(file, earlier) ? file : earlier;
                ContentFile out = kept == file ? earlier : file;
                group.put(file.frontMatter().lang(), kept);
                problems.add(Problem.error("content.duplicate-translation", out.path(), 0,
                        "another " + file.frontMatter().lang() + " file, " + kept.path() + ", published no later,"
                                + " has the same translation key '" + file.translationKey()
                                + "'; this one is left out: give it its own translationKey or file name"));
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, map) -> groups.add(
                new Group(key, Optional.ofNullable(map.get("zh")), Optional.ofNullable(map.get("en")))));
        return new Result(groups, problems);
    }
}
