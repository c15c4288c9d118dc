package nl.netwerkregie.shared.task;

/**
 * What a task list shows: a search (in the step's name and the case's subject), one kind of case, and an order.
 *
 * @param search               text the step or the case contains, or null
 * @param processDefinitionKey only tasks of this process, or null for all
 * @param order                the column the list is sorted by
 * @param descending           from the last to the first
 */
public record TaskFilter(String search, String processDefinitionKey, Order order, boolean descending) {

    /** Everything, oldest first. */
    public static final TaskFilter ALL = new TaskFilter(null, null, Order.CREATED, false);

    /** The orders the engine can page by. */
    public enum Order {
        CREATED, DUE, STEP, FOLLOW_UP
    }

    public boolean searches() {
        return search != null && !search.isBlank();
    }
}
