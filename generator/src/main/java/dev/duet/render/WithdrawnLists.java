package dev.duet.render;

import dev.duet.model.ArticlePage;
import dev.duet.model.LanguageSite;
import dev.duet.model.WithdrawnPlace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places a language's withdrawn articles keep in its lists ({@link WithdrawnPlace}), by list: the home list
 * holds them all, a tag's, section's or reporter's list those of its key, a year's or month's those of its dates.
 */
final class WithdrawnLists {

    private final List<WithdrawnPlace> all;
    private final Map<String, List<WithdrawnPlace>> byList = new HashMap<>();

    private WithdrawnLists(List<WithdrawnPlace> all) {
        this.all = all;
        for (WithdrawnPlace place : all) {
            place.tags().forEach(key -> add("tag", key, place));
            place.section().ifPresent(key -> add("section", key, place));
            place.reporters().forEach(key -> add("reporter", key, place));
            place.date().ifPresent(date -> {
                add("year", yearKey(date.getYear()), place);
                add("month", monthKey(date.getYear(), date.getMonthValue()), place);
            });
        }
    }

    /** The key of a year's list. */
    static String yearKey(int year) {
        return Integer.toString(year);
    }

    /** The key of a month's list. */
    static String monthKey(int year, int month) {
        return year + "-" + month;
    }

    static WithdrawnLists of(LanguageSite language) {
        return new WithdrawnLists(language.withdrawn());
    }

    private void add(String kind, String key, WithdrawnPlace place) {
        byList.computeIfAbsent(kind + ":" + key, k -> new ArrayList<>()).add(place);
    }

    /**
     * The places of a list: {@code kind} {@code home}, {@code tag}, {@code section}, {@code reporter}, {@code year}
     * or {@code month}, {@code key} the tag's, section's or reporter's key, or {@link #yearKey} or {@link #monthKey};
     * {@code articles} its published articles, newest first.
     */
    ListSlots slots(String kind, String key, List<ArticlePage> articles) {
        if (all.isEmpty()) {
            return ListSlots.of(articles, List.of());
        }
        return ListSlots.of(articles, kind.equals("home") ? all : byList.getOrDefault(kind + ":" + key, List.of()));
    }
}
