package nl.netwerkregie.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Races;
import nl.netwerkregie.membership.OrganisationService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two coordinators change the seats of the same werkgroep, as they both saw it, at the same instant (issue 19,
 * races): in odd rounds both seat the same new member, in even rounds each names a chair of their own. In every
 * round exactly one change lands (one new seat row, the winner's), and the other is refused with
 * {@code werkgroep.seat.concurrentEdit}: the view keeps the dialog as typed and shows the seats as they now are
 * ({@code WerkgroepSeatsViewTest}).
 *
 * <p>Before seat changes moved the werkgroep's version (they had no optimistic locking at all), both changes landed
 * in every round: the same member seated twice, two chairs. 10 repetitions, 10 failed on H2 and on PostgreSQL; 100
 * repetitions, 100 failed on H2 and on PostgreSQL. After: 0 of 10 and 0 of 100 failed on either. The test command
 * runs {@link Races#REPETITIONS}.
 */
@Tag("persistence")
class SeatRaceIT extends IntegrationTest {

    @Autowired WerkgroepService werkgroepen;
    @Autowired OrganisationService organisations;

    @Test
    void oneOfTwoSimultaneousSeatChangesLandsAndTheOtherIsRefused() {
        loginAs("coordinator1");
        long werkgroep = werkgroepen.create(new WerkgroepForm("Gelijktijdige zetels " + System.nanoTime(), true,
                "Bewustwording", null, null));
        long organisation = organisations.all().get(0).getId();
        List<String> failures = Races.repeat("werkgroep seats", round -> {
            loginAs("coordinator1");
            long seen = werkgroepen.get(werkgroep).getVersion();
            int before = werkgroepen.seats(werkgroep).size();
            boolean sameMember = round % 2 == 1;
            SeatForm first = sameMember ? member(round, organisation) : chair(round, "Carla", organisation);
            SeatForm second = sameMember ? member(round, organisation) : chair(round, "Chris", organisation);
            List<Races.Outcome> outcomes = Races.together(
                    new Races.Racer(loginAs("coordinator1"), () -> werkgroepen.addSeat(werkgroep, seen, first)),
                    new Races.Racer(loginAs("coordinator2"), () -> werkgroepen.addSeat(werkgroep, seen, second)));
            loginAs("coordinator1");
            List<WerkgroepMember> after = werkgroepen.seats(werkgroep);
            Races.Outcome a = outcomes.get(0);
            Races.Outcome b = outcomes.get(1);
            String landed = (a.ok() ? first : second).personName();
            long landedRows = after.stream().filter(s -> s.getPersonName().equals(first.personName())
                    || s.getPersonName().equals(second.personName())).count();
            if (a.ok() != b.ok() && (a.ok() ? b : a).refusedWith("werkgroep.seat.concurrentEdit")
                    && after.size() == before + 1 && landedRows == 1
                    && after.stream().anyMatch(s -> s.getPersonName().equals(landed))
                    && werkgroepen.get(werkgroep).getVersion() > seen) {
                return null;
            }
            return "coordinator1 " + a + ", coordinator2 " + b + ", seats " + before + " -> " + after.size()
                    + ", rows of this round " + landedRows;
        });
        assertThat(failures).as("rounds where not exactly one seat change landed, or the other was not refused")
                .isEmpty();
    }

    private static SeatForm member(int round, long organisation) {
        return new SeatForm("Lid ronde " + round, organisation, SeatRole.MEMBER, null, null, LocalDate.now());
    }

    private static SeatForm chair(int round, String name, long organisation) {
        return new SeatForm(name + " voorzitter ronde " + round, organisation, SeatRole.CHAIR, null, null,
                LocalDate.now());
    }
}
