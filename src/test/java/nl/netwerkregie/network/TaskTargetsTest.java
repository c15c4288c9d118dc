package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** A profile sets how long a kind of task may take; the kinds it does not name keep today's default. */
class TaskTargetsTest {

    @Test
    void aProfileSetsSomeTargetsAndTheOthersKeepTheirDefault() throws Exception {
        NetworkProfile twente = NetworkProfileConfig.read(new ClassPathResource("networks/twente.yaml"));
        assertThat(twente.taskTargets().of("intake")).isEqualTo(Period.ofDays(14));

        NetworkProfile own = read(yaml() + "taskTargets:\n  intake: P10D\n  succession: P2M\n");
        assertThat(own.taskTargets().of("intake")).isEqualTo(Period.ofDays(10));
        assertThat(own.taskTargets().of("succession")).isEqualTo(Period.ofMonths(2));
        assertThat(own.taskTargets().of("receipt")).isEqualTo(Period.ofDays(7));
    }

    @Test
    void anUnknownKindOrANonPositivePeriodStopsTheProfile() throws Exception {
        assertThatThrownBy(() -> read(yaml() + "taskTargets:\n  intakee: P10D\n"))
                .hasMessageContaining("unknown task intakee");
        assertThatThrownBy(() -> read(yaml() + "taskTargets:\n  intake: P0D\n"))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> TaskTargets.NONE_SET.of("nothing")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Twente's profile without its own taskTargets, for a test to add its own. */
    private static String yaml() throws Exception {
        String twente = new String(new ClassPathResource("networks/twente.yaml").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        return twente.substring(0, twente.indexOf("# How long each kind of task"));
    }

    private static NetworkProfile read(String yaml) throws Exception {
        return NetworkProfileConfig.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
