package nl.netwerkregie.selfevaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A self-evaluation a member did before the application (on paper, in an earlier year), recorded by a coordinator
 * on today's instrument so the scores over the years compare. No process: it is done already.
 */
@Service
public class EarlierSelfEvaluations {

    private final SelfEvaluationRepository evaluations;
    private final InstrumentService instrument;
    private final CurrentUser currentUser;
    private final Clock clock;

    EarlierSelfEvaluations(SelfEvaluationRepository evaluations, InstrumentService instrument, CurrentUser currentUser,
            Clock clock) {
        this.evaluations = evaluations;
        this.instrument = instrument;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a submitted self-evaluation of an earlier year; every statement of today's instrument needs a score.
     *
     * @throws DomainException {@code selfevaluation.notEarlier} for this year or later, or {@link MissingScores}
     */
    @Transactional
    public long record(long organisationId, LocalDate submittedOn, List<AnswerInput> answers) {
        currentUser.require(Role.COORDINATOR);
        if (submittedOn.getYear() >= LocalDate.now(clock).getYear()) {
            throw new DomainException("selfevaluation.notEarlier");
        }
        ZoneId zone = clock.getZone();
        List<Answer> given = instrument.inForce().stream()
                .map(s -> new Answer(s.getId(), s.getSection(), s.getText())).toList();
        SelfEvaluation evaluation = new SelfEvaluation(organisationId, submittedOn.getYear(), given, submittedOn,
                currentUser.username(), submittedOn.atStartOfDay(zone).toInstant());
        evaluation.save(answers, currentUser.username(), submittedOn.atTime(12, 0).atZone(zone).toInstant());
        MissingScores.check(evaluation.getAnswers());
        evaluation.submit(currentUser.username(), submittedOn.atTime(12, 0).atZone(zone).toInstant());
        return evaluations.save(evaluation).getId();
    }
}
