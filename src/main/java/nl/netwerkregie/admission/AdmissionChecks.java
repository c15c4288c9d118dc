package nl.netwerkregie.admission;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.network.AdmissionCriterion;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The admission's rules on what an applicant or a coordinator submits, checked before anything is stored, so
 * a refused form leaves nothing half done. Each rule throws a {@link DomainException} that the form shows.
 */
@Component
class AdmissionChecks {

    private static final int MAX_REMARK = 2000;

    private final Validator validator;
    private final NetworkRules rules;
    private final Clock clock;

    AdmissionChecks(Validator validator, NetworkRules rules, Clock clock) {
        this.validator = validator;
        this.rules = rules;
        this.clock = clock;
    }

    /** The public form: valid fields, an individual only through an umbrella, one or two contacts, a bestuurder, a vision. */
    void application(ApplicationForm form) {
        Set<ConstraintViolation<ApplicationForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (form.individual() && !form.representedByUmbrella()) {
            throw new DomainException("admission.individualNotRepresented");
        }
        OrganisationDetails details = form.details();
        if (details.contacts().isEmpty() || details.contacts().size() > 2) {
            throw new DomainException("admission.oneOrTwoContacts");
        }
        if (Texts.isBlank(details.bestuurderName()) || Texts.isBlank(details.bestuurderEmail())) {
            throw new DomainException("admission.bestuurderRequired");
        }
        if (Texts.isBlank(form.visionDocumentName()) && !form.visionCommitment()) {
            throw new DomainException("admission.visionRequired");
        }
    }

    /** The intake's judgements: each a criterion of the network's profile, judged once, with a short remark. */
    List<CriterionJudgement> judgements(Collection<CriterionJudgement> judgements) {
        List<CriterionJudgement> list = judgements == null ? List.of() : List.copyOf(judgements);
        Set<String> known = criterionCodes();
        Set<String> seen = new HashSet<>();
        for (CriterionJudgement j : list) {
            if (j == null || j.judgement() == null || !known.contains(j.criterionCode())) {
                throw new DomainException("admission.unknownCriterion", j == null ? "-" : j.criterionCode());
            }
            if (!seen.add(j.criterionCode())) {
                throw new DomainException("admission.criterionJudgedTwice", j.criterionCode());
            }
            if (j.remark() != null && j.remark().length() > MAX_REMARK) {
                throw new DomainException("validation.tooLong");
            }
        }
        return list;
    }

    /** Before the board is asked, every criterion of the profile is judged (asking for information needs fewer). */
    void allJudged(List<CriterionJudgement> judged) {
        Set<String> judgedCodes = judged.stream().map(CriterionJudgement::criterionCode).collect(Collectors.toSet());
        if (!judgedCodes.containsAll(criterionCodes())) {
            throw new DomainException("admission.criteriaNotAllJudged");
        }
    }

    /** The day the bestuurder signed the agreement: given, and not after today. */
    void agreementDate(LocalDate signedOn) {
        if (signedOn == null) {
            throw new DomainException("admission.agreementDateRequired");
        }
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("admission.agreementDateInFuture");
        }
    }

    private Set<String> criterionCodes() {
        return rules.current().admissionCriteria().stream().map(AdmissionCriterion::code).collect(Collectors.toSet());
    }
}
