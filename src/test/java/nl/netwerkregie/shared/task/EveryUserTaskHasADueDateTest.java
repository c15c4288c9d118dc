package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.netwerkregie.network.TaskTargets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every user task in {@code processes/} says when it is due (issue 14): from the case (a vote's deadline, a report's
 * due date) or from the network's target for its kind ({@code ${taskDue.in('intake')}}), and every kind it names is
 * a target the profiles know. The started tasks' dates are checked in the process tests.
 */
class EveryUserTaskHasADueDateTest {

    private static final Pattern TARGET = Pattern.compile("taskDue\\.in\\('([A-Za-z]+)'\\)");

    @Test
    void everyUserTaskHasADueDateOfAKnownKind() {
        File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
        assertThat(files).isNotEmpty();
        List<String> without = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int tasks = 0;
        for (File file : files) {
            for (UserTask task : Bpmn.readModelFromFile(file).getModelElementsByType(UserTask.class)) {
                tasks++;
                String due = task.getCamundaDueDate();
                if (due == null || due.isBlank()) {
                    without.add(file.getName() + " " + task.getId());
                    continue;
                }
                Matcher target = TARGET.matcher(due);
                if (target.find() && !TaskTargets.names().contains(target.group(1))) {
                    unknown.add(file.getName() + " " + task.getId() + ": " + target.group(1));
                }
            }
        }
        assertThat(tasks).isGreaterThanOrEqualTo(17);
        assertThat(without).as("user tasks without camunda:dueDate").isEmpty();
        assertThat(unknown).as("due dates of an unknown kind").isEmpty();
    }
}
