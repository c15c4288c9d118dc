package nl.netwerkregie.myorganisation;

import java.time.Instant;
import java.util.List;

/**
 * A correction proposal as the contact's page and the coordinator's task show it: what changes (old → new),
 * who proposed it, and the decision with its reason.
 */
public record CorrectionSummary(long id, long organisationId, CorrectionState state, String note, String proposedBy,
        Instant proposedAt, String decidedBy, Instant decidedAt, String rejectionReason, List<Change> changes) {

    public CorrectionSummary {
        changes = List.copyOf(changes);
    }

    /** One field: its value when the change was proposed, and the value proposed ("" for empty). */
    public record Change(CorrectionField field, String oldValue, String newValue) {
    }
}
