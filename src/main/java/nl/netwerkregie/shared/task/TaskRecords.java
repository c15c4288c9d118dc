package nl.netwerkregie.shared.task;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps our two small tables about tasks in step with the engine. Camunda's Spring eventing publishes every task
 * event inside the command that causes it, so a claim's time is written in the same transaction as the claim,
 * whichever way the task was taken (the app, Tasklist, the REST API), and a done task takes its rows with it.
 */
@Component
class TaskRecords {

    private final ClaimTimes claims;
    private final SeenTasks seen;
    private final Clock clock;

    TaskRecords(ClaimTimes claims, SeenTasks seen, Clock clock) {
        this.claims = claims;
        this.seen = seen;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_ASSIGNMENT + "'")
    void assigned(DelegateTask task) {
        if (task.getAssignee() == null) {
            claims.forget(task.getId());
        } else {
            claims.record(task.getId(), task.getAssignee(), clock.instant());
        }
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_DELETE + "'")
    void done(DelegateTask task) {
        claims.forget(task.getId());
        seen.forget(task.getId());
    }
}
