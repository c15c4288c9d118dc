package nl.netwerkregie.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Pages of a list as the database reads them. */
public final class Pages {

    /**
     * The most rows one page reads. A grid asks 50 at a time; a caller that asks "everything" (a grid's
     * {@code getItems()}, Integer.MAX_VALUE) gets this many, and a Slice's look-ahead row cannot overflow.
     */
    public static final int MOST = 10_000;

    private Pages() {
    }

    /** The page, at most {@link #MOST} rows, in its own order or else in the list's usual one. */
    public static Pageable bounded(Pageable page, Sort usual) {
        int size = Math.min(page.getPageSize(), MOST);
        long offset = page.getOffset();
        return PageRequest.of((int) (offset / size), size, page.getSort().isSorted() ? page.getSort() : usual);
    }
}
