package dev.duet.render;

import dev.duet.model.Permalinks;
import java.util.ArrayList;
import java.util.List;

/**
 * The pager of a list: its front page, with the newest articles, and its numbered pages, counted from the oldest.
 * A numbered page names the first page, the {@value #WINDOW} older pages before it, the next newer one and the front
 * page, never the count of pages nor a page two newer: when a story opens a new numbered page, the page before it is
 * the only older one whose bytes change.
 */
final class Pager {

    /** Older pages before the current one that the pager names; of the newer pages it names the next one only. */
    static final int WINDOW = 2;

    private Pager() {
    }

    /**
     * The numbered pages a pager names, ascending: the first, {@link #WINDOW} before {@code around} and one after it,
     * widened at the start so that the pager never leaves out a single number behind a gap.
     */
    static List<Integer> numbers(int around, int pages) {
        List<Integer> numbers = new ArrayList<>();
        if (pages == 0) {
            return numbers;
        }
        int from = Math.max(1, around - WINDOW);
        int to = Math.min(pages, around + 1);
        if (from <= 3) {
            from = 1; // a gap would hide only page 2: show it
        }
        if (from > 1) {
            numbers.add(1);
        }
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    /**
     * The pager of page {@code page} (0 for the front page) of a list whose front page is at {@code first}, with
     * {@code pages} numbered pages; {@code older} is the numbered page after the front page, {@code newest} the
     * front page's label.
     */
    static Views.Pager view(Permalinks links, String first, int page, int pages, int older, String newest) {
        List<Views.PageLink> pageLinks = new ArrayList<>();
        int last = 0;
        for (int i : numbers(page == 0 ? older : page, pages)) {
            if (i > last + 1) {
                pageLinks.add(new Views.PageLink(0, "…", "", false, true));
            }
            pageLinks.add(new Views.PageLink(i, Integer.toString(i), links.href(Permalinks.page(first, i)), i == page,
                    false));
            last = i;
        }
        if (pages > 0) {
            // No gap before the front page: whether one is due would depend on the count of pages.
            pageLinks.add(new Views.PageLink(0, newest, links.href(first), page == 0, false));
        }
        return new Views.Pager(page, pages > 1, prevUrl(links, first, page, pages),
                nextUrl(links, first, page, pages, older), pageLinks);
    }

    /** The newer page: none from the front page; the front page from the newest numbered page. */
    static String prevUrl(Permalinks links, String first, int page, int pages) {
        if (page == 0) {
            return "";
        }
        return links.href(Permalinks.page(first, page < pages ? page + 1 : 0));
    }

    /** The older page: the numbered page after the front page's articles, or the one below. */
    static String nextUrl(Permalinks links, String first, int page, int pages, int older) {
        if (page == 0) {
            return pages > 0 ? links.href(Permalinks.page(first, older)) : "";
        }
        return page > 1 ? links.href(Permalinks.page(first, page - 1)) : "";
    }
}
