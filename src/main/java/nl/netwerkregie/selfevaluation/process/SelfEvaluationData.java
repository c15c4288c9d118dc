package nl.netwerkregie.selfevaluation.process;

import java.util.Date;
import nl.netwerkregie.selfevaluation.SelfEvaluationSteps;
import org.springframework.stereotype.Component;

/** What the BPMN reads from the self-evaluation tables by expression: who fills it in, and its dates. */
@Component("selfEvaluationData")
public class SelfEvaluationData {

    private final SelfEvaluationSteps steps;

    SelfEvaluationData(SelfEvaluationSteps steps) {
        this.steps = steps;
    }

    /** The candidate users of "Zelfevaluatie invullen": the organisation's contact persons' logins, comma-separated. */
    public String contacts(Long selfEvaluationId) {
        return String.join(",", steps.contactLogins(selfEvaluationId));
    }

    /** The task's due date: the end of the deadline's day. */
    public Date deadline(Long selfEvaluationId) {
        return Date.from(steps.deadlineEnds(selfEvaluationId));
    }

    /** When the deadline has passed: the start of the day after it. */
    public Date deadlinePassed(Long selfEvaluationId) {
        return Date.from(steps.deadlinePassed(selfEvaluationId));
    }

    /** When the contact persons are reminded: the profile's period before the deadline, at the earliest tomorrow. */
    public Date reminderAt(Long selfEvaluationId) {
        return Date.from(steps.reminderAt(selfEvaluationId));
    }
}
