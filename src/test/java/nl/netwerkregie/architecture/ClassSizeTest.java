package nl.netwerkregie.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/**
 * Signs that the split by purpose holds: no class of src/main over 300 lines, no service that needs more than
 * eight collaborators. Not a goal in themselves; a class that grows past them is doing two jobs.
 */
class ClassSizeTest {

    private static final int MAX_LINES = 300;
    private static final int MAX_SERVICE_DEPENDENCIES = 8;

    @Test
    void noClassOfMainIsLongerThan300Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + " (" + lines(p) + " lines)")
                    .toList();
            assertThat(tooLong).isEmpty();
        }
    }

    @Test
    void noServiceHasMoreThanEightConstructorDependencies() {
        List<String> tooMany = ArchitectureTest.MAIN.stream()
                .filter(c -> c.isAnnotatedWith(Service.class))
                .filter(c -> c.getConstructors().stream().anyMatch(k -> k.getRawParameterTypes().size() > MAX_SERVICE_DEPENDENCIES))
                .map(JavaClass::getName)
                .toList();
        assertThat(ArchitectureTest.MAIN.stream().filter(c -> c.isAnnotatedWith(Service.class)).count())
                .as("services found").isGreaterThan(20);
        assertThat(tooMany).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
