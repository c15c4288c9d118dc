package nl.netwerkregie.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.netwerkregie.board.BoardSeatQueries;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PersonRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code YearlyEvaluationProcess} the engine runs (through the delegates in
 * {@code evaluation.process}), on behalf of nobody in particular, so they check no role.
 */
@Service
public class YearlyEvaluationSteps {

    private final YearlyEvaluationRepository evaluations;
    private final EvaluationRespondentRepository respondents;
    private final OrganisationService organisations;
    private final BoardSeatQueries board;
    private final PeopleQueries people;
    private final EvaluationMails mails;
    private final Clock clock;

    YearlyEvaluationSteps(YearlyEvaluationRepository evaluations, EvaluationRespondentRepository respondents,
            OrganisationService organisations, BoardSeatQueries board, PeopleQueries people, EvaluationMails mails,
            Clock clock) {
        this.evaluations = evaluations;
        this.respondents = respondents;
        this.organisations = organisations;
        this.board = board;
        this.people = people;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * "Vragenlijst versturen": one respondent per member organisation whose contact persons include one with a
     * login (they answer for it; an organisation without one is left out and shown as such on the preparation
     * form), and one per board member on the board today. Done once: a retry finds them.
     */
    @Transactional
    public void sendQuestionnaire(long evaluationId) {
        YearlyEvaluation evaluation = evaluations.require(evaluationId);
        if (evaluation.getStatus() != EvaluationStatus.PREPARING) {
            return;
        }
        List<EvaluationRespondent> asked = new ArrayList<>();
        for (Organisation member : organisations.members()) {
            List<ContactPerson> withLogin = member.getContacts().stream().filter(c -> c.username() != null).toList();
            if (!withLogin.isEmpty()) {
                asked.add(new EvaluationRespondent(evaluationId, member.getId(), null, member.getName(),
                        withLogin.stream().map(ContactPerson::username).distinct().toList(),
                        withLogin.stream().map(ContactPerson::email).filter(Objects::nonNull).toList()));
            }
        }
        List<String> boardMembers = board.boardOn(LocalDate.now(clock)).stream().distinct().toList();
        Map<String, PersonRow> persons = people.byUsernames(boardMembers);
        for (String member : boardMembers) {
            PersonRow person = persons.get(member);
            asked.add(new EvaluationRespondent(evaluationId, null, member, person == null ? member : person.name(),
                    List.of(member), person == null || person.email() == null ? List.of() : List.of(person.email())));
        }
        respondents.saveAll(asked);
        evaluation.sent(Instant.now(clock));
    }

    /** "Herinnering sturen": each respondent that has not submitted, once. @return how many were reminded */
    @Transactional
    public int remind(long evaluationId) {
        YearlyEvaluation evaluation = evaluations.require(evaluationId);
        int reminded = 0;
        for (EvaluationRespondent respondent : respondents.findByEvaluationIdOrderByIdAsc(evaluationId)) {
            if (respondent.getStatus() != RespondentStatus.SUBMITTED && mails.remind(evaluation, respondent)) {
                respondent.reminded(Instant.now(clock));
                reminded++;
            }
        }
        return reminded;
    }

    /** "Antwoorden sluiten": what was submitted counts; drafts stay drafts and are not counted. */
    @Transactional
    public void closeAnswers(long evaluationId) {
        evaluations.require(evaluationId).closeAnswers(Instant.now(clock));
    }

    /** "Voorstellen versturen": the board's conclusions and proposals to every member organisation's contacts. */
    @Transactional
    public void sendProposals(long evaluationId) {
        YearlyEvaluation evaluation = evaluations.require(evaluationId);
        mails.proposals(evaluation, organisations.members());
        evaluation.proposalsSent(Instant.now(clock));
    }
}
