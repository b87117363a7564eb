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
    public record Group(String key, Optional<ContentFile> zh, Optional<ContentFile> en) {

        public List<ContentFile> files() {
            List<ContentFile> out = new ArrayList<>(2);
            zh.ifPresent(out::add);
            en.ifPresent(out::add);
            return out;
        }

        public Optional<ContentFile> find(String lang) {
            return lang.equals("zh") ? zh : lang.equals("en") ? en : Optional.empty();
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

    /** Groups files (given in path order) by translation key; a second file of one language in a group is reported. */
    public static Result pair(List<ContentFile> files) {
        Map<String, Map<String, ContentFile>> byKey = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ContentFile file : files) {
            Map<String, ContentFile> group = byKey.computeIfAbsent(file.translationKey(), k -> new LinkedHashMap<>());
            ContentFile earlier = group.putIfAbsent(file.frontMatter().lang(), file);
            if (earlier != null) {
                problems.add(Problem.error("content.duplicate-translation", file.path(), 0,
                        "another " + file.frontMatter().lang() + " file, " + earlier.path()
                                + ", has the same translation key '" + file.translationKey()
                                + "'; this one is left out: give it its own translationKey or file name"));
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, map) -> groups.add(
                new Group(key, Optional.ofNullable(map.get("zh")), Optional.ofNullable(map.get("en")))));
        return new Result(groups, problems);
    }
}
