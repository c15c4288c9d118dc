package nl.netwerkregie.evaluation.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries.Timing;
import nl.netwerkregie.shared.ClockConfig;
import org.springframework.stereotype.Component;

/**
 * What the BPMN reads from the evaluation tables by expression: the deadline (end of that day), when the reminder
 * goes (the profile's {@code reminderBefore} the deadline, at 09:00, never before tomorrow), who answers, and who
 * may do each answer task.
 */
@Component("yearlyEvaluationData")
public class YearlyEvaluationData {

    private final YearlyEvaluationQueries queries;
    private final Clock clock;

    YearlyEvaluationData(YearlyEvaluationQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The answer tasks' due date and the deadline timer: the end of the deadline's day. */
    public Date deadline(Long evaluationId) {
        return Date.from(queries.timing(evaluationId).deadline().atTime(23, 59)
                .atZone(ClockConfig.NETWORK_ZONE).toInstant());
    }

    /** The reminder timer; a deadline set close leaves a day at least between the questionnaire and the reminder. */
    public Date reminderAt(Long evaluationId) {
        Timing timing = queries.timing(evaluationId);
        Instant planned = timing.deadline().minus(timing.reminderBefore()).atTime(9, 0)
                .atZone(ClockConfig.NETWORK_ZONE).toInstant();
        Instant earliest = ZonedDateTime.now(clock).plusDays(1).toInstant();
        return Date.from(planned.isBefore(earliest) ? earliest : planned);
    }

    /** The preparation's due date: a week before the default deadline would leave too little; two weeks. */
    public Date preparationDue() {
        return Date.from(ZonedDateTime.now(clock).plusDays(14).toLocalDate().atTime(23, 59)
                .atZone(ClockConfig.NETWORK_ZONE).toInstant());
    }

    /** The multi-instance collection of the answer tasks: the respondents' ids. */
    public List<Long> respondents(Long evaluationId) {
        return queries.respondentIds(evaluationId);
    }

    /** The candidate users of one answer task, comma-separated. */
    public String candidates(Long respondentId) {
        return String.join(",", queries.candidatesOf(respondentId));
    }
}
