package nl.netwerkregie.myorganisation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.myorganisation.process.OrganisationCorrectionProcess;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's decision on a correction proposal, from the review task: accepting applies the new values
 * through {@link OrganisationService#update} (the life story records it), rejecting keeps the reason for the
 * contact person.
 */
@Service
public class CorrectionReviewService {

    private final OrganisationCorrectionRepository corrections;
    private final OrganisationService organisations;
    private final CorrectedDetails correctedDetails;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    CorrectionReviewService(OrganisationCorrectionRepository corrections, OrganisationService organisations,
            CorrectedDetails correctedDetails, TaskGuard taskGuard, TaskListService tasks, CurrentUser currentUser,
            Clock clock) {
        this.corrections = corrections;
        this.organisations = organisations;
        this.correctedDetails = correctedDetails;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Accepts the proposal: the registry takes the new values (the other fields stay as they are now). */
    @Transactional
    public void accept(String taskId) {
        OrganisationCorrection correction = openCorrectionOf(taskId);
        Organisation organisation = organisations.get(correction.getOrganisationId());
        Map<CorrectionField, String> newValues = new EnumMap<>(CorrectionField.class);
        correction.getChanges().forEach(c -> newValues.put(c.field(), c.newValue()));
        organisations.update(organisation.getId(), organisation.getVersion(), correctedDetails.of(organisation, newValues));
        correction.accept(currentUser.username(), Instant.now(clock));
        tasks.complete(taskId, Map.of(OrganisationCorrectionProcess.VAR_ACCEPTED, true));
    }

    /** Rejects the proposal with a reason, which the contact person reads on Mijn organisatie. */
    @Transactional
    public void reject(String taskId, String reason) {
        OrganisationCorrection correction = openCorrectionOf(taskId);
        String why = Texts.require(reason, CorrectionService.MAX_TEXT, "correction.reasonRequired");
        correction.reject(why, currentUser.username(), Instant.now(clock));
        tasks.complete(taskId, Map.of(OrganisationCorrectionProcess.VAR_ACCEPTED, false));
    }

    private OrganisationCorrection openCorrectionOf(String taskId) {
        currentUser.require(Role.COORDINATOR);
        long id = taskGuard.caseOf(taskId, OrganisationCorrectionProcess.PROCESS_ID,
                OrganisationCorrectionProcess.TASK_REVIEW);
        OrganisationCorrection correction = corrections.findWithChangesById(id)
                .orElseThrow(() -> new DomainException("correction.notFound", String.valueOf(id)));
        if (correction.getState() != CorrectionState.PROPOSED) {
            throw new DomainException("correction.alreadyDecided");
        }
        return correction;
    }
}
