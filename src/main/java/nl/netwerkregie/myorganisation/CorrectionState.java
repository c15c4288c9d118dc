package nl.netwerkregie.myorganisation;

/** Where a correction proposal stands. Labels: {@code correction.state.<NAME>}. */
public enum CorrectionState {
    PROPOSED, ACCEPTED, REJECTED
}
