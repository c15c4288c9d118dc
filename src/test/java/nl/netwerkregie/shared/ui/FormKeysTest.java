package nl.netwerkregie.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task in processes/ has a form key, and every form key a form: there is no generic way to complete
 * a task without its feature's checks.
 */
class FormKeysTest extends IntegrationTest {

    private static final Pattern USER_TASK = Pattern.compile("<(?:bpmn:)?userTask\\b[^>]*>");
    private static final Pattern FORM_KEY = Pattern.compile("camunda:formKey=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Autowired
    List<TaskFormFactory> factories;

    @Test
    void everyUserTaskInTheProcessesHasAFormKeyWithAForm() throws IOException {
        Set<String> withoutKey = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher task = USER_TASK.matcher(Files.readString(bpmn));
                while (task.find()) {
                    Matcher key = FORM_KEY.matcher(task.group());
                    if (key.find()) {
                        keys.add(key.group(1));
                    } else {
                        Matcher id = ID.matcher(task.group());
                        withoutKey.add(bpmn.getFileName() + "#" + (id.find() ? id.group(1) : task.group()));
                    }
                }
            }
        }
        Set<String> withForm = factories.stream().map(TaskFormFactory::formKey).collect(Collectors.toSet());

        assertThat(keys).as("form keys found in processes/").hasSizeGreaterThan(10);
        assertThat(withoutKey).as("user tasks without a camunda:formKey").isEmpty();
        assertThat(keys).as("form keys without a TaskFormFactory").allMatch(withForm::contains);
    }

    @Test
    void eachFormKeyHasOneFormOnly() {
        List<String> all = factories.stream().map(TaskFormFactory::formKey).toList();
        assertThat(all).doesNotHaveDuplicates();
    }
}
