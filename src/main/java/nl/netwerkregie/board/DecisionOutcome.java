package nl.netwerkregie.board;

public enum DecisionOutcome {
    ADOPTED, REJECTED
}
