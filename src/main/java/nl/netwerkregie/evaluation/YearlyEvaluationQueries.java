package nl.netwerkregie.evaluation;

import java.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reads of the evaluation feature: records for Evaluaties, the answer form, the jaarverslag and the BPMN. */
@Service
public class YearlyEvaluationQueries {

    private final YearlyEvaluationRepository evaluations;
    private final EvaluationRespondentRepository respondents;
    private final OrganisationService organisations;
    private final NetworkRules rules;
    private final CurrentUser currentUser;

    YearlyEvaluationQueries(YearlyEvaluationRepository evaluations, EvaluationRespondentRepository respondents,
            OrganisationService organisations, NetworkRules rules, CurrentUser currentUser) {
        this.evaluations = evaluations;
        this.respondents = respondents;
        this.organisations = organisations;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /**
     * The evaluation of that year for the jaarverslag: the yearly one, else the latest one started by hand that
     * year; empty when the year had none. Coordinators, the secretary and board members.
     */
    @Transactional(readOnly = true)
    public Optional<EvaluationOfYear> ofYear(int year) {
        requireReader();
        List<YearlyEvaluation> ofYear = evaluations.findByYearOrderByIdDesc(year);
        return ofYear.stream().filter(YearlyEvaluation::isScheduled).findFirst()
                .or(() -> ofYear.stream().findFirst()).map(e -> overviews(List.of(e)).get(0));
    }

    /** Every evaluation, newest first. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<EvaluationOfYear> all() {
        requireReader();
        return overviews(evaluations.findAllByOrderByYearDescIdDesc());
    }

    /** One evaluation with its answers per question (submitted answers only). */
    @Transactional(readOnly = true)
    public EvaluationDetail detail(long id) {
        requireReader();
        YearlyEvaluation evaluation = evaluations.require(id);
        List<EvaluationRespondent> asked = respondents.findByEvaluationIdOrderByIdAsc(id);
        List<EvaluationRespondent> submitted = asked.stream()
                .filter(r -> r.getStatus() == RespondentStatus.SUBMITTED).toList();
        List<Question> questions = evaluation.getQuestions();
        List<QuestionResult> results = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            results.add(result(i, questions.get(i), submitted));
        }
        return new EvaluationDetail(overviews(List.of(evaluation)).get(0), questions, results, asked.stream()
                .map(r -> new RespondentRow(r.getName(), r.getBoardMember() != null, r.getStatus(), r.getSubmittedAt()))
                .toList());
    }

    /**
     * The member organisations none of whose contact persons has a login: they get no questionnaire until a
     * coordinator invites a contact. Coordinators.
     */
    @Transactional(readOnly = true)
    public List<String> membersWithoutLogin() {
        currentUser.require(Role.COORDINATOR);
        return organisations.members().stream()
                .filter(o -> o.getContacts().stream().noneMatch(c -> c.username() != null))
                .map(Organisation::getName).toList();
    }

    /** The questionnaire of one respondent, with what was saved; for the answer form (the service checked who). */
    AnswerSheet sheet(EvaluationRespondent respondent) {
        YearlyEvaluation evaluation = evaluations.require(respondent.getEvaluationId());
        Map<Integer, Answer> saved = respondent.getAnswers().stream()
                .collect(Collectors.toMap(Answer::position, Function.identity()));
        List<Question> questions = evaluation.getQuestions();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Answer draft = saved.get(i);
            answers.add(new Answer(i, questions.get(i).kind(), questions.get(i).text(),
                    draft == null ? null : draft.score(), draft == null ? null : draft.text()));
        }
        return new AnswerSheet(evaluation.getYear(), evaluation.getDeadline(), respondent.getName(),
                respondent.getStatus(), answers);
    }

    /** The deadline and the network's reminder period, for the timers (dates only, no role check). */
    @Transactional(readOnly = true)
    public Timing timing(long evaluationId) {
        return new Timing(evaluations.require(evaluationId).getDeadline(),
                rules.current().yearlyEvaluation().reminderBefore());
    }

    /** The ids of who answers, for the answer tasks (ids only, no role check). */
    @Transactional(readOnly = true)
    public List<Long> respondentIds(long evaluationId) {
        return respondents.findByEvaluationIdOrderByIdAsc(evaluationId).stream().map(EvaluationRespondent::getId)
                .toList();
    }

    /** Who may do one answer task (usernames, no role check: the engine's candidates). */
    @Transactional(readOnly = true)
    public List<String> candidatesOf(long respondentId) {
        return respondents.findById(respondentId).map(EvaluationRespondent::candidateList).orElse(List.of());
    }

    /** The year of each evaluation, for task lists (numbers only). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> yearsOf(Collection<Long> ids) {
        return evaluations.findAllById(ids).stream()
                .collect(Collectors.toMap(YearlyEvaluation::getId, YearlyEvaluation::getYear));
    }

    /** When the timers go: the deadline, and how long before it the reminder. */
    public record Timing(LocalDate deadline, Period reminderBefore) {
    }

    private List<EvaluationOfYear> overviews(List<YearlyEvaluation> list) {
        Map<Long, List<EvaluationRespondent>> byEvaluation = respondents.findByEvaluationIdIn(
                list.stream().map(YearlyEvaluation::getId).toList()).stream()
                .collect(Collectors.groupingBy(EvaluationRespondent::getEvaluationId));
        return list.stream().map(e -> {
            List<EvaluationRespondent> asked = byEvaluation.getOrDefault(e.getId(), List.of());
            int answered = (int) asked.stream().filter(r -> r.getStatus() == RespondentStatus.SUBMITTED).count();
            return new EvaluationOfYear(e.getId(), e.getYear(), e.isScheduled(), e.getStatus(), e.getDeadline(),
                    asked.size(), answered, e.getSummary(), e.getConclusions(), e.getProposals(),
                    e.getProposalsSentAt());
        }).toList();
    }

    private static QuestionResult result(int position, Question question, List<EvaluationRespondent> submitted) {
        List<Answer> answers = submitted.stream().flatMap(r -> r.getAnswers().stream())
                .filter(a -> a.position() == position).toList();
        List<String> texts = answers.stream().map(Answer::text).filter(t -> t != null && !t.isBlank()).toList();
        if (question.kind() != QuestionKind.SCALE) {
            return new QuestionResult(position + 1, question.kind(), question.text(), texts.size(), List.of(), null,
                    texts);
        }
        List<Integer> scored = answers.stream().map(Answer::score).filter(s -> s != null).toList();
        List<Integer> counts = new ArrayList<>();
        for (int s = QuestionKind.LOWEST; s <= QuestionKind.HIGHEST; s++) {
            int score = s;
            counts.add((int) scored.stream().filter(x -> x == score).count());
        }
        Double average = scored.isEmpty() ? null : scored.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new QuestionResult(position + 1, question.kind(), question.text(), scored.size(), counts, average,
                texts);
    }

    private void requireReader() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
    }
}
