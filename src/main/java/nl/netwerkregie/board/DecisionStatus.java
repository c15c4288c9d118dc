package nl.netwerkregie.board;

public enum DecisionStatus {
    PREPARED, OPEN, CLOSED
}
