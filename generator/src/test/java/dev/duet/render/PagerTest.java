package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.duet.model.Permalinks;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The pages a list page links to: bounded however long the list, never a gap that hides one page, and never the
 * count of pages nor a page two newer, so that only the newest numbered page changes its pager as pages are added.
 */
class PagerTest {

    private final Permalinks links = new Permalinks("/");

    @Test
    void shortListsShowEveryPageUpToTheNextNewer() {
        for (int pages = 2; pages <= 4; pages++) {
            for (int page = 1; page <= pages; page++) {
                assertEquals(IntStream.rangeClosed(1, Math.min(pages, page + 1)).boxed().toList(),
                        Pager.numbers(page, pages), page + " of " + pages);
            }
        }
    }

    @Test
    void longListsShowTheOldestAndTheNeighbourhood() {
        assertEquals(List.of(1, 2, 3, 4), Pager.numbers(3, 1000));
        assertEquals(List.of(1, 498, 499, 500, 501), Pager.numbers(500, 1000));
        assertEquals(List.of(1, 996, 997, 998, 999), Pager.numbers(998, 1000));
        assertEquals(List.of(1, 998, 999, 1000), Pager.numbers(1000, 1000));
        assertEquals(List.of(), Pager.numbers(0, 0), "a list that fits on its front page");
    }

    @Test
    void everyPageOfEveryLengthIsBoundedOrderedAndGapsHideAtLeastTwo() {
        for (int pages = 2; pages <= 60; pages++) {
            for (int page = 1; page <= pages; page++) {
                List<Integer> numbers = Pager.numbers(page, pages);
                String where = page + " of " + pages + ": " + numbers;
                assertTrue(numbers.size() <= 6, where);
                assertEquals(1, numbers.get(0), where);
                assertTrue(numbers.get(numbers.size() - 1) <= page + 1, where);
                for (int near = page - Pager.WINDOW; near <= page + 1; near++) {
                    assertTrue(near < 1 || near > pages || numbers.contains(near), where);
                }
                for (int i = 1; i < numbers.size(); i++) {
                    int step = numbers.get(i) - numbers.get(i - 1);
                    assertTrue(step == 1 || step >= 3, where);
                }
            }
        }
    }

    @Test
    void everyPageButTheNewestKeepsItsPagerWhenAPageIsAdded() {
        for (int page = 1; page <= 19; page++) {
            Views.Pager before = Pager.view(links, "zh/", page, 20, 19, "最新");
            Views.Pager after = Pager.view(links, "zh/", page, 21, 20, "最新");
            assertEquals(before.links(), after.links(), "page " + page);
            assertEquals(before.prevUrl(), after.prevUrl());
            assertEquals(before.nextUrl(), after.nextUrl());
        }
    }

    @Test
    void newerAndOlderLinksWalkFromTheFrontPageToTheOldest() {
        assertEquals("", Pager.prevUrl(links, "zh/", 0, 5));
        assertEquals("/zh/page/4/", Pager.nextUrl(links, "zh/", 0, 5, 4));
        assertEquals("/zh/", Pager.prevUrl(links, "zh/", 5, 5));
        assertEquals("/zh/page/3/", Pager.prevUrl(links, "zh/", 2, 5));
        assertEquals("/zh/page/1/", Pager.nextUrl(links, "zh/", 2, 5, 4));
        assertEquals("", Pager.nextUrl(links, "zh/", 1, 5, 4));
        assertEquals("", Pager.nextUrl(links, "zh/", 0, 0, 0), "a list on one page has no other");
    }
}
