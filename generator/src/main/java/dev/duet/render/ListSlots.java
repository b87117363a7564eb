package dev.duet.render;

import dev.duet.model.ArticlePage;
import dev.duet.model.WithdrawnPlace;
import java.util.Arrays;
import java.util.List;

/**
 * The places of a paginated list, counted from the oldest: one for each of its published articles, and one kept by
 * each withdrawn article that was on it. A numbered page holds a page size of places, so withdrawing a story leaves
 * a gap on its page and moves no newer story to another page.
 */
final class ListSlots {

    private static final int[] NONE = new int[0];

    private final int published;
    /** The places the withdrawn articles keep, counted from the oldest, ascending. */
    private final int[] kept;

    private ListSlots(int published, int[] kept) {
        this.published = published;
        this.kept = kept;
    }

    /** The places of a list of published articles, newest first, and the withdrawn places on it, newest first. */
    static ListSlots of(List<ArticlePage> newestFirst, List<WithdrawnPlace> withdrawn) {
        if (withdrawn.isEmpty()) {
            return new ListSlots(newestFirst.size(), NONE);
        }
        int total = newestFirst.size() + withdrawn.size();
        int[] kept = new int[withdrawn.size()];
        for (int r = 0; r < withdrawn.size(); r++) {
            // How many published articles come before it (are newer), found by bisection.
            WithdrawnPlace place = withdrawn.get(r);
            int low = 0;
            int high = newestFirst.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (place.compareTo(newestFirst.get(mid)) > 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            kept[withdrawn.size() - 1 - r] = total - 1 - (low + r);
        }
        return new ListSlots(newestFirst.size(), kept);
    }

    /** Every place of the list, published or kept. */
    int total() {
        return published + kept.length;
    }

    /** How many places withdrawn articles keep. */
    int keptCount() {
        return kept.length;
    }

    /** The place, counted from the oldest, of the published article at {@code index} of the list (newest first). */
    int placeOf(int index) {
        int place = published - 1 - Math.max(0, Math.min(published - 1, index));
        for (int k : kept) {
            if (k <= place) {
                place++;
            } else {
                break;
            }
        }
        return place;
    }

    /**
     * The published articles of the places {@code from} (inclusive) to {@code to} (exclusive), counted from the
     * oldest, as a range of the list newest first.
     */
    <T> List<T> between(List<T> newestFirst, int from, int to) {
        int olderFrom = Math.min(published, from - keptBelow(from));
        int olderTo = Math.min(published, to - keptBelow(to));
        return newestFirst.subList(published - olderTo, published - olderFrom);
    }

    /** How many kept places are below {@code place}. */
    private int keptBelow(int place) {
        int at = Arrays.binarySearch(kept, place);
        return at >= 0 ? at : -at - 1;
    }

    /** Adds the kept places to a fingerprint: they decide which stories a page holds. */
    void print(dev.duet.io.Hash128 print) {
        print.number(kept.length);
        for (int k : kept) {
            print.number(k);
        }
    }
}
