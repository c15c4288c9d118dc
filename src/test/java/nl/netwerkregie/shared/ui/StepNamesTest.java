package nl.netwerkregie.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

/** Every user task of every process has its step name in both languages; the Dutch one is the BPMN's own. */
class StepNamesTest {

    private static final Pattern USER_TASK = Pattern.compile("<(?:bpmn:)?userTask [^>]*?id=\"([^\"]+)\"[^>]*?name=\"([^\"]+)\"");
    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void everyStepReadsInDutchAsTheBpmnNamesItAndHasAnEnglishName() throws IOException {
        Map<String, String> steps = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path bpmn : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher m = USER_TASK.matcher(Files.readString(bpmn));
                while (m.find()) {
                    steps.put(m.group(1), m.group(2).replace("&#38;", "&").replace("&amp;", "&"));
                }
            }
        }
        assertThat(steps).isNotEmpty().containsKey("Task_Vote");
        steps.forEach((key, dutch) -> {
            assertThat(translations.getTranslation("step." + key, TranslationProvider.DUTCH)).as(key).isEqualTo(dutch);
            assertThat(translations.getTranslation("step." + key, TranslationProvider.ENGLISH)).as(key)
                    .doesNotStartWith("!").isNotEqualTo(dutch);
        });
        assertThat(translations.getTranslation("step.Task_Vote", TranslationProvider.ENGLISH)).isEqualTo("Vote");
    }
}
