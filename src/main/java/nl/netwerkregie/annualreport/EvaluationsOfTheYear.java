package nl.netwerkregie.annualreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.netwerkregie.evaluation.EvaluationOfYear;
import nl.netwerkregie.evaluation.EvaluationStatus;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.selfevaluation.SelfEvaluationDone;
import nl.netwerkregie.selfevaluation.SelfEvaluationQueries;
import nl.netwerkregie.shared.ClockConfig;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * The year's evaluations as the jaarverslag takes them up: each evaluation of the cooperation of the year (the
 * yearly one and any in between) with its response and the board's conclusions and proposals, and the members'
 * self-evaluations completed in the year. In Dutch, as the rest of the figures. A self-evaluation is listed by
 * organisation and date, without its scores: the report goes to every member, the scores are the organisation's
 * to discuss with the coordinator.
 */
@Component
class EvaluationsOfTheYear {

    private final YearlyEvaluationQueries cooperation;
    private final SelfEvaluationQueries selfEvaluations;
    private final TranslationProvider translations;

    EvaluationsOfTheYear(YearlyEvaluationQueries cooperation, SelfEvaluationQueries selfEvaluations,
            TranslationProvider translations) {
        this.cooperation = cooperation;
        this.selfEvaluations = selfEvaluations;
        this.translations = translations;
    }

    List<YearFigures.Evaluation> of(int year) {
        List<YearFigures.Evaluation> evaluations = new ArrayList<>();
        for (EvaluationOfYear evaluation : cooperation.all()) {
            if (evaluation.year() != year) {
                continue;
            }
            String subject = translations.dutch("jaarverslag.evaluation.cooperationSubject",
                    String.valueOf(evaluation.answered()), String.valueOf(evaluation.respondents()),
                    String.valueOf(evaluation.responseRate()));
            evaluations.add(new YearFigures.Evaluation("COOPERATION", subject, dateOf(evaluation), summaryOf(evaluation)));
        }
        for (SelfEvaluationDone done : selfEvaluations.completedIn(year)) {
            evaluations.add(new YearFigures.Evaluation("SELF", done.organisationName(), done.submittedOn(),
                    translations.dutch("jaarverslag.evaluation.selfSummary")));
        }
        evaluations.sort(Comparator.comparing(YearFigures.Evaluation::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return evaluations;
    }

    private static LocalDate dateOf(EvaluationOfYear evaluation) {
        return evaluation.proposalsSentAt() != null
                ? LocalDate.ofInstant(evaluation.proposalsSentAt(), ClockConfig.NETWORK_ZONE) : evaluation.deadline();
    }

    /** The board's conclusions and proposals once there; before that where the evaluation stands. */
    private String summaryOf(EvaluationOfYear evaluation) {
        if (evaluation.status() != EvaluationStatus.CLOSED || evaluation.conclusions() == null) {
            return translations.dutch("evaluation.status." + evaluation.status());
        }
        String text = translations.dutch("jaarverslag.evaluation.conclusions", evaluation.conclusions());
        return evaluation.proposals() == null ? text
                : text + " " + translations.dutch("jaarverslag.evaluation.proposals", evaluation.proposals());
    }
}
