package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.duet.content.NewsTime;
import dev.duet.model.ArticlePage;
import dev.duet.model.WithdrawnPlace;
import dev.duet.testing.TestSite;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A list's places: the withdrawn articles' among the published ones, counted from the oldest. */
class ListSlotsTest {

    /** Six published articles, on the 1st to the 6th of May, and an undated one; newest first. */
    private static List<ArticlePage> articles() {
        TestSite site = TestSite.inMemory();
        for (int day = 1; day <= 6; day++) {
            site.modelArticle("en", "day-" + day, "2024-05-0" + day, "Day " + day, "Text.");
        }
        site.modelArticle("en", "undated", "", "Undated", "Text.");
        return site.model().find("en").orElseThrow().articles();
    }

    private static WithdrawnPlace place(String date, String key) {
        return new WithdrawnPlace(date.isEmpty() ? Optional.empty() : Optional.of(NewsTime.of(LocalDate.parse(date))),
                key, "en/x/" + key + "/", List.of(), Optional.empty(), List.of());
    }

    @Test
    void withdrawnArticlesKeepTheirPlacesAndThePublishedOnesAroundThemKeepTheirs() {
        List<ArticlePage> articles = articles();
        assertEquals("undated", articles.get(6).key());
        // Withdrawn: the newest of all (the 7th), one between the 2nd and the 3rd, and one undated, before "undated".
        ListSlots slots = ListSlots.of(articles, List.of(place("2024-05-07", "day-7"), place("2024-05-02", "zz"),
                place("", "a-undated")));

        assertEquals(10, slots.total());
        assertEquals(3, slots.keptCount());
        // Oldest first: undated, (a-undated), day-1, (zz), day-2, day-3, day-4, day-5, day-6, (day-7): on the same
        // day, as in the lists, the lower key counts as the newer.
        int[] expected = {8, 7, 6, 5, 4, 2, 0};
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(expected[i], slots.placeOf(i), articles.get(i).key());
        }
        // Pages of three places: the second (places 3-5) holds day-2 and day-3, zz's place empty; the last only
        // day-7's.
        assertEquals(List.of("day-3", "day-2"), slots.between(articles, 3, 6).stream().map(ArticlePage::key).toList());
        assertEquals(List.of("day-1", "undated"), slots.between(articles, 0, 3).stream().map(ArticlePage::key)
                .toList());
        assertEquals(List.of("day-6", "day-5", "day-4"), slots.between(articles, 6, 9).stream()
                .map(ArticlePage::key).toList());
        assertEquals(List.of(), slots.between(articles, 9, 12));
    }

    @Test
    void aListWithNothingWithdrawnCountsItsArticles() {
        List<ArticlePage> articles = articles();
        ListSlots slots = ListSlots.of(articles, List.of());
        assertEquals(7, slots.total());
        assertEquals(0, slots.placeOf(6));
        assertEquals(6, slots.placeOf(0));
        assertEquals(articles.subList(1, 4), slots.between(articles, 3, 6));
    }
}
