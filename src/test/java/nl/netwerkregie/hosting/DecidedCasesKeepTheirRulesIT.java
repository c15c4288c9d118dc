package nl.netwerkregie.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.AdmissionSteps;
import nl.netwerkregie.admission.ApplicationForm;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.NetworkRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule change never changes the outcome of a case already decided: what a step computed from the rules in
 * force (a trial year's end, a vote's deadline) is stored with the case, and a change from today on applies to
 * the cases decided from then on only. In a network of its own, so the demo network's rules stay as they are.
 */
@Tag("persistence")
class DecidedCasesKeepTheirRulesIT extends IntegrationTest {

    @Autowired NetworkAdministration administration;
    @Autowired NetworkRules rules;
    @Autowired AdmissionService admissions;
    @Autowired AdmissionSteps admissionSteps;
    @Autowired AdmissionQueries admissionQueries;
    @Autowired BoardDecisionService decisions;
    @Autowired Clock clock;

    @Test
    void aRuleChangeFromTodayLeavesDecidedCasesAsTheyWereAndAppliesToNewOnes() {
        loginAs("beheerder");
        String id = NetworkAdministrationIT.unique("besloten");
        administration.addNetwork(NetworkAdministrationIT.utrecht(id, id + "@example.org"));
        LocalDate today = LocalDate.now(clock);

        // Under the Utrecht rules: a trial year of one year, and fourteen days to vote.
        long admitted = trialStartedFor(id, "Hospice Zeist");
        long putToBoard = CurrentNetwork.as(id, () -> decisions.prepare(adHoc(), "beheerder"));
        assertThat(trialEnd(id, admitted)).isEqualTo(today.plusYears(1));
        Instant deadline = CurrentNetwork.as(id, () -> decisions.get(putToBoard)).getDeadline();
        assertThat(deadline).isEqualTo(startOf(today.plusDays(14)));

        String changed = administration.exportRules(id).replace("trialDuration: P1Y", "trialDuration: P2Y")
                .replace("votingPeriod: P14D", "votingPeriod: P7D");
        administration.changeRules(id, changed, today, "Stuurgroep: proefjaar van twee jaar, een week stemmen");
        assertThat(CurrentNetwork.as(id, rules::current).trialDuration()).as("in force from today").hasYears(2);

        assertThat(trialEnd(id, admitted)).as("the decided admission keeps its trial year").isEqualTo(today.plusYears(1));
        assertThat(CurrentNetwork.as(id, () -> decisions.get(putToBoard)).getDeadline())
                .as("the vote already put keeps its deadline").isEqualTo(deadline);

        long admittedLater = trialStartedFor(id, "Thuiszorg De Bilt");
        long putLater = CurrentNetwork.as(id, () -> decisions.prepare(adHoc(), "beheerder"));
        assertThat(trialEnd(id, admittedLater)).isEqualTo(today.plusYears(2));
        assertThat(CurrentNetwork.as(id, () -> decisions.get(putLater)).getDeadline())
                .isEqualTo(startOf(today.plusDays(7)));
    }

    /** An organisation applies to the network and the board's admission starts its trial year today. */
    private long trialStartedFor(String networkId, String name) {
        String unique = name + " " + System.nanoTime();
        OrganisationDetails details = new OrganisationDetails(unique, OrganisationKind.VVT, "Zeist",
                new BigDecimal("40"), 60, false, "Bea Bestuurder", "bea@example.org",
                List.of(new OrganisationDetails.Contact("Carla Contact", "carla@example.org", null, null)));
        long admissionId = CurrentNetwork.as(networkId, () -> admissions.apply(
                new ApplicationForm(details, false, false, List.of("Scholing"), "visie.pdf", false)));
        CurrentNetwork.run(networkId, () -> admissionSteps.startTrial(admissionId));
        return admissionId;
    }

    private LocalDate trialEnd(String networkId, long admissionId) {
        return CurrentNetwork.as(networkId, () -> admissionQueries.get(admissionId)).getTrialEnd();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static DecisionRequest adHoc() {
        return new DecisionRequest("AD_HOC", "-", "Vergaderrooster", "Stemt de stuurgroep in met het rooster?",
                "Vier vergaderingen per jaar.", DecisionMode.ONLINE, null);
    }
}
