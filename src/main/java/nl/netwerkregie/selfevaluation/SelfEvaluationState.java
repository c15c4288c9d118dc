package nl.netwerkregie.selfevaluation;

/** Where a self-evaluation is: invited (being filled in), submitted, discussed by the coordinator, or closed unfinished. */
public enum SelfEvaluationState {
    INVITED, SUBMITTED, DISCUSSED, CLOSED;

    /** Submitted, and perhaps discussed: its scores count. */
    public boolean isDone() {
        return this == SUBMITTED || this == DISCUSSED;
    }
}
