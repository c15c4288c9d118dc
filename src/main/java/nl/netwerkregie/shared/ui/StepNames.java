package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A task's step as the reader reads it: {@code step.<task definition key>} in the reader's language. The BPMN
 * names the steps in Dutch, the users' words; the Dutch translations repeat those names (StepNamesTest holds them
 * equal), and a step without a translation keeps its BPMN name.
 */
public final class StepNames {

    private StepNames() {
    }

    public static String of(String taskDefinitionKey, String bpmnName, Component reader) {
        if (taskDefinitionKey == null) {
            return bpmnName;
        }
        String translated = reader.getTranslation("step." + taskDefinitionKey);
        return translated.startsWith("!") ? bpmnName : translated;
    }
}
