package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The reminder periods come from the network's profile, with today's values where a profile names none. */
class ReminderPeriodsTest {

    @Test
    void bothSeedProfilesStateTodaysPeriods() throws Exception {
        for (String network : new String[] {"twente", "utrecht"}) {
            NetworkProfile profile = NetworkProfileConfig.read(new ClassPathResource("networks/" + network + ".yaml"));
            ReminderPeriods periods = new ReminderPeriods(profile);
            assertThat(periods.informationReminder()).isEqualTo("P14D");
            assertThat(periods.informationClose()).isEqualTo("P30D");
            assertThat(periods.reportReminder()).isEqualTo("P7D");
        }
    }

    @Test
    void aProfileSetsItsOwnPeriodsAndOmittedOnesTakeTheDefault() throws Exception {
        String yaml = new String(new ClassPathResource("networks/twente.yaml").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)
                .replace("  informationReminder: P14D\n", "  informationReminder: P10D\n")
                .replace("  reportReminder: P7D\n", "");
        NetworkProfile profile = NetworkProfileConfig.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(profile.reminders()).isEqualTo(new Reminders(Period.ofDays(10), Period.ofDays(30), Period.ofDays(7), Period.ofDays(2)));
        assertThat(new ReminderPeriods(profile).informationReminder()).isEqualTo("P10D");
    }

    @Test
    void closingBeforeTheReminderIsRefused() {
        assertThatThrownBy(() -> new Reminders(Period.ofDays(30), Period.ofDays(14), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("informationClose");
        assertThatThrownBy(() -> new Reminders(null, null, Period.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
