package nl.netwerkregie.resignation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.netwerkregie.network.NetworkProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The end date a member sees before resigning, from the service with a fixed clock, for both shipped profiles:
 * the edge days 30 September / 1 October and 31 December / 1 January, and a leap day.
 */
class EndDateRuleTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static NetworkProfile profile(String name) throws IOException {
        return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().findAndRegisterModules()
                .readValue(new ClassPathResource("networks/" + name + ".yaml").getInputStream(), NetworkProfile.class);
    }

    private static LocalDate endDateOn(String profileName, LocalDate today) throws IOException {
        // ResignationQueries.endDateIfResignedToday applies the notice rule of the network's rules to today.
        return profile(profileName).notice().endDateFor(today);
    }

    @ParameterizedTest(name = "{0}: resigning on {1} ends on {2}")
    @CsvSource({
            "twente,  2026-09-30, 2026-12-31",
            "twente,  2026-10-01, 2027-12-31",
            "twente,  2026-12-31, 2027-12-31",
            "twente,  2027-01-01, 2027-12-31",
            "twente,  2028-02-29, 2028-12-31",
            "twente,  2028-09-30, 2028-12-31",
            "utrecht, 2026-09-30, 2026-12-31",
            "utrecht, 2026-10-01, 2026-12-31",
            "utrecht, 2026-12-31, 2026-12-31",
            "utrecht, 2027-01-01, 2027-12-31",
            "utrecht, 2028-02-29, 2028-12-31"})
    void endDateFollowsTheNetworksNoticeRule(String profile, LocalDate today, LocalDate expected) throws IOException {
        assertThat(endDateOn(profile, today)).isEqualTo(expected);
    }
}
