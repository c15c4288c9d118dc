package nl.netwerkregie.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.shared.task.CaseSummary;
import nl.netwerkregie.shared.task.TaskCases;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Open tasks with a due date, as the reminder rounds read them: across networks, each described in its own. */
@Component
class OpenTasks {

    private final TaskService taskService;
    private final TaskCases cases;
    private final TaskAudience audience;

    OpenTasks(TaskService taskService, TaskCases cases, TaskAudience audience) {
        this.taskService = taskService;
        this.cases = cases;
        this.audience = audience;
    }

    /** Open tasks due before that moment, of every network (or of one, when networkId is not null). */
    List<Task> dueBefore(Instant moment, String networkId) {
        var query = taskService.createTaskQuery().active().dueBefore(Date.from(moment));
        if (networkId != null) {
            query.tenantIdIn(networkId);
        }
        return query.orderByDueDate().asc().list();
    }

    /** What the mails say of these tasks; the describers run in each task's network. */
    List<TaskFacts> facts(List<Task> tasks) {
        List<TaskFacts> facts = new ArrayList<>();
        Map<String, List<Task>> byNetwork = tasks.stream().filter(t -> t.getTenantId() != null)
                .collect(Collectors.groupingBy(Task::getTenantId));
        byNetwork.forEach((network, ofNetwork) -> {
            Map<String, CaseSummary> described = CurrentNetwork.as(network, () -> cases.of(ofNetwork));
            for (Task task : ofNetwork) {
                CaseSummary summary = described.get(task.getId());
                facts.add(new TaskFacts(task.getId(), network, task.getName(), summary.caseTypeKey(),
                        summary.subject(), task.getDueDate() == null ? null : task.getDueDate().toInstant()));
            }
        });
        return facts;
    }

    /** Who holds the task now: its assignee, else whom it is offered to. */
    List<Addressee> holders(Task task) {
        return audience.of(task.getTenantId(), task.getAssignee(),
                task.getAssignee() == null ? taskService.getIdentityLinksForTask(task.getId()) : List.of());
    }
}
