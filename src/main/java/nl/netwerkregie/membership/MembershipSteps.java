package nl.netwerkregie.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership changes other features' processes make as a step (admission, trial review, resignation). They
 * check no role, so they live apart from {@link OrganisationService}, where a view could reach them; the
 * architecture test lets only process code and other {@code *Steps} call them.
 */
@Service
public class MembershipSteps {

    private final OrganisationService organisations;
    private final StatusChangeRepository statusChanges;
    private final Clock clock;

    MembershipSteps(OrganisationService organisations, StatusChangeRepository statusChanges, Clock clock) {
        this.organisations = organisations;
        this.statusChanges = statusChanges;
        this.clock = clock;
    }

    /**
     * Moves the organisation to a new status from a date, keeping the history. The same status again records
     * only the history line (a withdrawn resignation, for instance).
     *
     * @param changedBy who changed it: the user, or the system for a step no person triggers
     */
    @Transactional
    public void changeStatus(long organisationId, OrganisationStatus newStatus, LocalDate effectiveDate, String reason,
            String changedBy) {
        Organisation organisation = organisations.get(organisationId);
        organisation.changeStatus(newStatus, effectiveDate);
        statusChanges.save(new StatusChange(organisationId, newStatus, effectiveDate, reason, changedBy,
                Instant.now(clock)));
    }
}
