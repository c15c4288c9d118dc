package nl.netwerkregie.board;

/** ONLINE: each voting member votes in the application. MEETING: the outcome of a board meeting is recorded. */
public enum DecisionMode {
    ONLINE, MEETING
}
