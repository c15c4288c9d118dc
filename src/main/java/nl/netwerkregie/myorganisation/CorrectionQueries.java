package nl.netwerkregie.myorganisation;

import nl.netwerkregie.myorganisation.process.OrganisationCorrectionProcess;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of correction proposals for the coordinator's task and the task lists. */
@Service
public class CorrectionQueries {

    private final OrganisationCorrectionRepository corrections;
    private final TaskGuard taskGuard;
    private final CurrentUser currentUser;

    CorrectionQueries(OrganisationCorrectionRepository corrections, TaskGuard taskGuard, CurrentUser currentUser) {
        this.corrections = corrections;
        this.taskGuard = taskGuard;
        this.currentUser = currentUser;
    }

    /** The proposal a review task is about, for its form. Coordinators only, on their own task. */
    @Transactional(readOnly = true)
    public CorrectionSummary ofTask(TaskRow task) {
        currentUser.require(Role.COORDINATOR);
        return get(taskGuard.caseOf(task.id(), OrganisationCorrectionProcess.PROCESS_ID,
                OrganisationCorrectionProcess.TASK_REVIEW));
    }

    /** The organisations of those proposals (proposal id to organisation id), in one query: for a page of a task list. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> organisationIdsOf(java.util.Collection<Long> correctionIds) {
        return nl.netwerkregie.shared.IdRows.byId(correctionIds, corrections::organisationIdsOf, row -> (Long) row[1]);
    }

    /** The proposals of those organisations. Checks no role. */
    @Transactional(readOnly = true)
    public java.util.List<Long> idsOfOrganisations(java.util.Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? java.util.List.of() : corrections.idsOfOrganisations(organisationIds);
    }

    /** A proposal. No role check: the task lists' describer reads it, and shows only the organisation's name. */
    @Transactional(readOnly = true)
    public CorrectionSummary get(long correctionId) {
        return corrections.findWithChangesById(correctionId).map(OrganisationCorrection::summary)
                .orElseThrow(() -> new DomainException("correction.notFound", String.valueOf(correctionId)));
    }
}
