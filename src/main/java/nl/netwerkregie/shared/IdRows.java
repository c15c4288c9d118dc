package nl.netwerkregie.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of a projection query for a page of ids (id first, then the columns a list shows) as a map by id: the
 * one shape of every batch read the lists use (issue 15). No query for no ids: an empty {@code in ()} is invalid SQL.
 */
public final class IdRows {

    private IdRows() {
    }

    public static <V> Map<Long, V> byId(Collection<Long> ids, Function<Collection<Long>, List<Object[]>> query,
            Function<Object[], V> value) {
        Map<Long, V> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            query.apply(ids).forEach(row -> byId.put((Long) row[0], value.apply(row)));
        }
        return byId;
    }
}
