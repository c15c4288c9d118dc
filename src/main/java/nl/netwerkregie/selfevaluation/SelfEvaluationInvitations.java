package nl.netwerkregie.selfevaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.selfevaluation.process.SelfEvaluationStarter;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator invites a member organisation to the self-evaluation, which starts its process. */
@Service
public class SelfEvaluationInvitations {

    /** From the invitation to the deadline. */
    static final Period TIME_TO_FILL_IN = Period.ofWeeks(6);

    private final SelfEvaluationRepository evaluations;
    private final InstrumentService instrument;
    private final OrganisationService organisations;
    private final SelfEvaluationStarter starter;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfEvaluationInvitations(SelfEvaluationRepository evaluations, InstrumentService instrument,
            OrganisationService organisations, SelfEvaluationStarter starter, CurrentUser currentUser, Clock clock) {
        this.evaluations = evaluations;
        this.instrument = instrument;
        this.organisations = organisations;
        this.starter = starter;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Invites a member organisation: the statements in force are copied to its self-evaluation, which its contact
     * persons with a login find in Mijn taken, due in six weeks.
     *
     * @throws DomainException {@code selfevaluation.notAMember}, {@code selfevaluation.alreadyOpen} or
     *                         {@code selfevaluation.noContactLogin}
     */
    @Transactional
    public long invite(long organisationId) {
        currentUser.require(Role.COORDINATOR);
        Organisation organisation = organisations.get(organisationId);
        if (!organisation.getStatus().isMember()) {
            throw new DomainException("selfevaluation.notAMember", organisation.getName());
        }
        if (evaluations.existsByOrganisationIdAndState(organisationId, SelfEvaluationState.INVITED)) {
            throw new DomainException("selfevaluation.alreadyOpen", organisation.getName());
        }
        if (organisation.getContacts().stream().map(ContactPerson::username).allMatch(Objects::isNull)) {
            throw new DomainException("selfevaluation.noContactLogin", organisation.getName());
        }
        List<Answer> answers = instrument.inForce().stream()
                .map(s -> new Answer(s.getId(), s.getSection(), s.getText())).toList();
        LocalDate today = LocalDate.now(clock);
        long id = evaluations.save(new SelfEvaluation(organisationId, today.getYear(), answers,
                today.plus(TIME_TO_FILL_IN), currentUser.username(), Instant.now(clock))).getId();
        starter.start(id);
        return id;
    }
}
