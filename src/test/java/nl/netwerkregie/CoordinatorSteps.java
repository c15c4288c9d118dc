package nl.netwerkregie;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** The first coordinators' step of each process in {@code processes/}: where a test's case can wait for them. */
public record CoordinatorSteps(String processKey, String taskId) {

    /** One per process that has a coordinators' step, by process key. */
    public static List<CoordinatorSteps> firstOfEachProcess() {
        List<CoordinatorSteps> steps = new ArrayList<>();
        for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            var model = Bpmn.readModelFromFile(file);
            String process = model.getModelElementsByType(Process.class).iterator().next().getId();
            model.getModelElementsByType(UserTask.class).stream()
                    .filter(t -> "coordinator".equals(t.getCamundaCandidateGroups())).findFirst()
                    .ifPresent(t -> steps.add(new CoordinatorSteps(process, t.getId())));
        }
        steps.sort(Comparator.comparing(CoordinatorSteps::processKey));
        return steps;
    }
}
