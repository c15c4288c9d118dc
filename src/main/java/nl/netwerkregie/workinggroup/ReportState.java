package nl.netwerkregie.workinggroup;

/** A report awaits the coordinator's review, has a question open for the chair, or was accepted. */
public enum ReportState {
    SUBMITTED, QUESTIONED, ACCEPTED
}
