package nl.netwerkregie.myorganisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.membership.ContactAccess;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.myorganisation.process.CorrectionStarter;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member contact proposes to correct their own organisation's details. The proposal keeps the fields that
 * change (old and new value) and goes to the coordinators as a task; the registry changes only when one
 * accepts it ({@link CorrectionReviewService}).
 */
@Service
public class CorrectionService {

    static final int MAX_TEXT = 2000;

    private final OrganisationCorrectionRepository corrections;
    private final ContactAccess contactAccess;
    private final CorrectedDetails correctedDetails;
    private final CorrectionStarter starter;
    private final CurrentUser currentUser;
    private final Clock clock;

    CorrectionService(OrganisationCorrectionRepository corrections, ContactAccess contactAccess,
            CorrectedDetails correctedDetails, CorrectionStarter starter, CurrentUser currentUser, Clock clock) {
        this.corrections = corrections;
        this.contactAccess = contactAccess;
        this.correctedDetails = correctedDetails;
        this.starter = starter;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Proposes the new values; fields left as they are are not part of the proposal.
     *
     * @param newValues the fields as the contact typed them
     * @param note      why, for the coordinator (optional)
     * @return the proposal's id
     * @throws org.springframework.security.access.AccessDeniedException when the user is not a contact person of it
     * @throws DomainException {@code correction.nothingChanged} when no field differs from the registry
     */
    @Transactional
    public long propose(long organisationId, Map<CorrectionField, String> newValues, String note) {
        Organisation organisation = contactAccess.requireContactOf(organisationId);
        List<CorrectionChange> changes = new ArrayList<>();
        for (CorrectionField field : CorrectionField.values()) {
            if (!newValues.containsKey(field)) {
                continue;
            }
            String now = field.valueOf(organisation);
            String proposed = CorrectionField.text(newValues.get(field));
            if (proposed.length() > 300) {
                throw new DomainException("validation.tooLong");
            }
            if (!proposed.equals(now)) {
                changes.add(new CorrectionChange(field, now, proposed));
            }
        }
        if (changes.isEmpty()) {
            throw new DomainException("correction.nothingChanged");
        }
        // The same checks as the registry's, now: a contact hears of an empty name today, not after the review.
        correctedDetails.of(organisation, newValues);
        long id = corrections.save(new OrganisationCorrection(organisationId, changes, Texts.optional(note, MAX_TEXT),
                currentUser.username(), Instant.now(clock))).getId();
        starter.start(id);
        return id;
    }
}
