package dev.duet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The page numbers a list page links to: bounded however long the list, and never a gap that hides one page. */
class PagerTest {

    @Test
    void shortListsShowEveryPage() {
        for (int pages = 1; pages <= 5; pages++) {
            for (int page = 1; page <= pages; page++) {
                assertEquals(IntStream.rangeClosed(1, pages).boxed().toList(), Pager.numbers(page, pages),
                        page + " of " + pages);
            }
        }
    }

    @Test
    void longListsShowTheEndsAndTheNeighbourhood() {
        assertEquals(List.of(1, 2, 3, 4, 5, 1000), Pager.numbers(3, 1000));
        assertEquals(List.of(1, 498, 499, 500, 501, 502, 1000), Pager.numbers(500, 1000));
        assertEquals(List.of(1, 996, 997, 998, 999, 1000), Pager.numbers(998, 1000));
    }

    @Test
    void everyPageOfEveryLengthIsBoundedOrderedAndGapsHideAtLeastTwo() {
        for (int pages = 1; pages <= 60; pages++) {
            for (int page = 1; page <= pages; page++) {
                List<Integer> numbers = Pager.numbers(page, pages);
                String where = page + " of " + pages + ": " + numbers;
                assertTrue(numbers.size() <= 9, where);
                assertEquals(1, numbers.get(0), where);
                assertEquals(pages, numbers.get(numbers.size() - 1), where);
                for (int near = page - Pager.WINDOW; near <= page + Pager.WINDOW; near++) {
                    assertTrue(near < 1 || near > pages || numbers.contains(near), where);
                }
                for (int i = 1; i < numbers.size(); i++) {
                    int step = numbers.get(i) - numbers.get(i - 1);
                    assertTrue(step == 1 || step >= 3, where);
                }
            }
        }
    }
}
