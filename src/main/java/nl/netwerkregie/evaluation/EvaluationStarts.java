package nl.netwerkregie.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.netwerkregie.evaluation.process.EvaluationStarter;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.network.YearlyEvaluationRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a new evaluation and starts its process in one transaction: a start that fails (the same network and
 * year started on another node meanwhile: the unique {@code (network_id, scheduled_year)}) leaves neither.
 */
@Component
class EvaluationStarts {

    static final String SYSTEM = "netwerkregie";

    private final YearlyEvaluationRepository evaluations;
    private final EvaluationQuestions questions;
    private final EvaluationStarter starter;
    private final NetworkRules rules;
    private final Clock clock;

    EvaluationStarts(YearlyEvaluationRepository evaluations, EvaluationQuestions questions, EvaluationStarter starter,
            NetworkRules rules, Clock clock) {
        this.evaluations = evaluations;
        this.questions = questions;
        this.starter = starter;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * The yearly start of the current network, when its day has come this year and the year has no evaluation yet
     * (also none started by hand: that one was the year's).
     *
     * @return whether it started one
     */
    @Transactional
    public boolean startYearlyIfDue() {
        LocalDate today = LocalDate.now(clock);
        YearlyEvaluationRule rule = rules.current().yearlyEvaluation();
        if (today.isBefore(rule.startsOn().atYear(today.getYear())) || evaluations.existsByYear(today.getYear())) {
            return false;
        }
        start(true, SYSTEM);
        return true;
    }

    /** A new evaluation of this year with the network's questions and the default deadline. @return its id */
    @Transactional
    public long start(boolean scheduled, String by) {
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = today.plus(rules.current().yearlyEvaluation().answerPeriod());
        YearlyEvaluation evaluation = evaluations.saveAndFlush(new YearlyEvaluation(today.getYear(), scheduled,
                questions.current(), deadline, by, Instant.now(clock)));
        starter.start(evaluation.getId());
        return evaluation.getId();
    }
}
