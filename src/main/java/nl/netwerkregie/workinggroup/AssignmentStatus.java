package nl.netwerkregie.workinggroup;

/** Where an assignment stands: before the board, back for revision, running (reporting), or closed. */
public enum AssignmentStatus {
    BOARD_DECISION, REVISION, ACTIVE, CLOSED
}
