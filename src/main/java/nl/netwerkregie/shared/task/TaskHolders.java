package nl.netwerkregie.shared.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.netwerkregie.security.UserDirectory;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The holders of tasks with their names and claim times, for a list in two queries (claims, names). */
@Component
class TaskHolders {

    private final ClaimTimes claims;
    private final UserDirectory users;

    TaskHolders(ClaimTimes claims, UserDirectory users) {
        this.claims = claims;
        this.users = users;
    }

    /** The holder of the task, or null when nobody took it yet. */
    TaskHolder of(Task task) {
        return of(java.util.List.of(task)).get(task.getId());
    }

    /** The holders of the assigned tasks among these, by task id (unassigned ones are left out). */
    Map<String, TaskHolder> of(Collection<Task> tasks) {
        Map<String, TaskHolder> holders = new HashMap<>();
        var assigned = tasks.stream().filter(t -> t.getAssignee() != null).toList();
        if (assigned.isEmpty()) {
            return holders;
        }
        Map<String, ClaimTimes.Claim> claimed = claims.of(assigned.stream().map(Task::getId).toList());
        Map<String, String> names = users.displayNames(assigned.stream().map(Task::getAssignee).distinct().toList());
        for (Task task : assigned) {
            ClaimTimes.Claim claim = claimed.get(task.getId());
            // A claim of someone else is an old row of a holder before; its time is not this holder's.
            boolean current = claim != null && Objects.equals(claim.username(), task.getAssignee());
            holders.put(task.getId(), new TaskHolder(task.getAssignee(), names.get(task.getAssignee()),
                    current ? claim.at() : null));
        }
        return holders;
    }
}
