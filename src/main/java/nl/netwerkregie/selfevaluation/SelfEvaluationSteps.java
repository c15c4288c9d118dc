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
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the process reads and does by itself (its expressions and delegates); invisible to views. */
@Service
public class SelfEvaluationSteps {

    /** The contact persons are reminded this long before the deadline. */
    static final Period REMINDER_BEFORE = Period.ofWeeks(2);

    private final SelfEvaluationRepository evaluations;
    private final OrganisationService organisations;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final Clock clock;

    SelfEvaluationSteps(SelfEvaluationRepository evaluations, OrganisationService organisations, Mailer mailer,
            TranslationProvider translations, Clock clock) {
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
    }

    /** The logins of the organisation's contact persons, who may fill the self-evaluation in. */
    @Transactional(readOnly = true)
    public List<String> contactLogins(long selfEvaluationId) {
        return organisationOf(selfEvaluationId).getContacts().stream().map(ContactPerson::username)
                .filter(Objects::nonNull).toList();
    }

    /** The end of the deadline's day. */
    @Transactional(readOnly = true)
    public Instant deadlineEnds(long selfEvaluationId) {
        return get(selfEvaluationId).getDeadline().atTime(23, 59).atZone(clock.getZone()).toInstant();
    }

    /** The start of the day after the deadline. */
    @Transactional(readOnly = true)
    public Instant deadlinePassed(long selfEvaluationId) {
        return get(selfEvaluationId).getDeadline().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Two weeks before the deadline (at the start of that day), and not before tomorrow (after an extension). */
    @Transactional(readOnly = true)
    public Instant reminderAt(long selfEvaluationId) {
        LocalDate day = get(selfEvaluationId).getDeadline().minus(REMINDER_BEFORE);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        return (day.isBefore(tomorrow) ? tomorrow : day).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Mails the contact persons that the self-evaluation is still open, and until when. */
    @Transactional
    public void remind(long selfEvaluationId) {
        SelfEvaluation evaluation = get(selfEvaluationId);
        Organisation organisation = organisations.get(evaluation.getOrganisationId());
        List<String> to = organisation.getContacts().stream().map(ContactPerson::email).toList();
        mailer.send(to, translations.dutch("selfevaluation.mail.reminder.subject", organisation.getName()),
                translations.dutch("selfevaluation.mail.reminder.body", organisation.getName(),
                        Formats.dutchDate(evaluation.getDeadline())));
    }

    private Organisation organisationOf(long selfEvaluationId) {
        return organisations.get(get(selfEvaluationId).getOrganisationId());
    }

    private SelfEvaluation get(long id) {
        return evaluations.findById(id).orElseThrow(() -> new DomainException("selfevaluation.notFound", id));
    }
}
