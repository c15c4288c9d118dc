package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An assignment in the fixed format, as the coordinator drafts or revises it.
 *
 * @param theme       the jaarplan theme it serves (free text until the jaarplan feature offers its themes)
 * @param budget      optional
 * @param composition the proposed composition of the werkgroep for this assignment
 */
public record AssignmentForm(Long werkgroepId, String doel, String gewenstResultaat, String theme,
        LocalDate startDate, LocalDate endDate, List<Milestone> milestones, BigDecimal budget, String composition) {

    public AssignmentForm {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
