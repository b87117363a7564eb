package dev.duet.render;

import dev.duet.model.Permalinks;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered pages of a paginated list: the first and last, and those around the current one, with a gap where
 * numbers are left out, so that a page links to a bounded number of others however long the list.
 */
final class Pager {

    /** Pages on each side of the current one that the pager names. */
    static final int WINDOW = 2;

    private Pager() {
    }

    /**
     * The page numbers a pager shows, ascending: the first, the last, and {@link #WINDOW} on each side of the
     * current page, widened at either end so that the pager never leaves out a single number behind a gap.
     */
    static List<Integer> numbers(int page, int pages) {
        int from = Math.max(1, page - WINDOW);
        int to = Math.min(pages, page + WINDOW);
        if (from <= 3) {
            from = 1; // a gap would hide only page 2: show it
        }
        if (to >= pages - 2) {
            to = pages;
        }
        List<Integer> numbers = new ArrayList<>();
        if (from > 1) {
            numbers.add(1);
        }
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        if (to < pages) {
            numbers.add(pages);
        }
        return numbers;
    }

    /** The pager of page {@code page} of {@code pages} of the list whose first page is at {@code first}. */
    static Views.Pager view(Permalinks links, String first, int page, int pages) {
        List<Views.PageLink> pageLinks = new ArrayList<>();
        int last = 0;
        for (int i : numbers(page, pages)) {
            if (i > last + 1) {
                pageLinks.add(new Views.PageLink(0, "…", "", false, true));
            }
            pageLinks.add(new Views.PageLink(i, Integer.toString(i), links.href(Permalinks.page(first, i)), i == page,
                    false));
            last = i;
        }
        return new Views.Pager(page, pages, prevUrl(links, first, page), nextUrl(links, first, page, pages),
                pageLinks);
    }

    static String prevUrl(Permalinks links, String first, int page) {
        return page > 1 ? links.href(Permalinks.page(first, page - 1)) : "";
    }

    static String nextUrl(Permalinks links, String first, int page, int pages) {
        return page < pages ? links.href(Permalinks.page(first, page + 1)) : "";
    }
}
