package nl.netwerkregie.shared.task;

/**
 * A task as its page opens it: the task, and who works on it as the opener sees it.
 *
 * @param holder who took it, or null when nobody did yet
 * @param mine   the opener holds it (or it is theirs alone)
 */
public record TaskPage(TaskRow task, TaskHolder holder, boolean mine) {

    /** Offered to the opener's group and nobody took it yet: the page offers to take it. */
    public boolean unclaimed() {
        return holder == null;
    }

    /** A colleague works on it: the page says who and since when, and offers only to take it over. */
    public boolean heldByOther() {
        return holder != null && !mine;
    }
}
