package nl.netwerkregie.network;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The due date of a new task, as the process files ask for it: {@code camunda:dueDate="${taskDue.in('intake')}"}.
 * The end of the day the network's target for that kind of task runs out, so "Uiterlijk" names a whole day.
 */
@Component("taskDue")
public class TaskDueDates {

    private final NetworkRules rules;
    private final Clock clock;

    TaskDueDates(NetworkRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public Date in(String task) {
        ZonedDateTime due = ZonedDateTime.now(clock).plus(rules.current().taskTargets().of(task))
                .toLocalDate().atTime(23, 59).atZone(clock.getZone());
        return Date.from(due.toInstant());
    }
}
