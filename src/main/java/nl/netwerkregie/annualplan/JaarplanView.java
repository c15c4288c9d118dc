package nl.netwerkregie.annualplan;

import java.time.Instant;

/**
 * A jaarplan as the views and exports read it: its content, where it stands, and the version to send back
 * with a save (optimistic locking).
 *
 * @param version           the row version the reader saw; a save with an older one is refused
 * @param submittedVersions how many versions have been submitted (1, 2, ...)
 */
public record JaarplanView(long id, int year, JaarplanStatus status, long version, int submittedVersions,
        PlanContent content, String advice, String adviceSkippedReason, String boardRemarks, Long decisionId,
        Instant adoptedAt, Instant updatedAt, String updatedBy) {

    /** What a reader may see of the stored plan. */
    static JaarplanView of(Jaarplan plan) {
        return new JaarplanView(plan.getId(), plan.getYear(), plan.getStatus(), plan.getVersion(),
                plan.getSubmittedVersions(), plan.content(), plan.getAdvice(), plan.getAdviceSkippedReason(),
                plan.getBoardRemarks(), plan.getDecisionId(), plan.getAdoptedAt(), plan.getUpdatedAt(),
                plan.getUpdatedBy());
    }

    public Begroting begroting() {
        return Begroting.of(content);
    }

    public boolean editable() {
        return status.editable();
    }
}
