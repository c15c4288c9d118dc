package nl.netwerkregie.annualplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Races;
import nl.netwerkregie.shared.DomainException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two coordinators save the same version of the draft jaarplan at the same instant (issue 19, races), each with a
 * title, a contribution base and an extra cost item of their own: in every round exactly one save lands, the stored
 * plan is wholly that coordinator's (title, base, themes and items, none of the other's), and the other is refused
 * as in the sequential case ({@link JaarplanConcurrentEditIT}): {@code jaarplan.concurrentEdit} naming who saved.
 */
@Tag("persistence")
class JaarplanEditRaceIT extends IntegrationTest {

    @Autowired JaarplanService jaarplannen;
    @Autowired JaarplanQueries queries;

    @Test
    void oneOfTwoSimultaneousSavesLandsWhollyAndTheOtherIsRefusedNamingTheWinner() {
        loginAs("coordinator1");
        long id = draftOfAFreeYear();
        // Each round edits the plan as it started, so that it does not grow by an item a round.
        PlanContent start = queries.get(id).content();
        List<String> failures = Races.repeat("jaarplan edit", round -> {
            loginAs("coordinator1");
            JaarplanView seen = queries.get(id);
            PlanContent first = edit(start, round, "coördinator 1", "111.00");
            PlanContent second = edit(start, round, "coördinator 2", "222.00");
            List<Races.Outcome> outcomes = Races.together(
                    new Races.Racer(loginAs("coordinator1"), () -> jaarplannen.save(id, seen.version(), first)),
                    new Races.Racer(loginAs("coordinator2"), () -> jaarplannen.save(id, seen.version(), second)));
            loginAs("coordinator1");
            JaarplanView stored = queries.get(id);
            Races.Outcome a = outcomes.get(0);
            Races.Outcome b = outcomes.get(1);
            boolean oneLanded = a.ok() != b.ok();
            String winner = a.ok() ? "coordinator1" : "coordinator2";
            Races.Outcome loser = a.ok() ? b : a;
            if (oneLanded && loser.refusedWith("jaarplan.concurrentEdit", winner)
                    && stored.content().equals(a.ok() ? first : second) && winner.equals(stored.updatedBy())
                    && stored.version() > seen.version()) {
                return null;
            }
            return "coordinator1 " + a + ", coordinator2 " + b + ", stored title " + stored.content().title()
                    + " base " + stored.content().contributionBase() + " by " + stored.updatedBy();
        });
        assertThat(failures).as("rounds where not exactly one save landed whole, or the other was not told who saved")
                .isEmpty();
    }

    /** Every year has at most one plan, and other tests take years too: the first year still free. */
    private long draftOfAFreeYear() {
        for (int year = 2001; year <= 2100; year++) {
            try {
                long id = jaarplannen.create(year, "Gelijktijdig bewerkt");
                jaarplannen.save(id, queries.get(id).version(),
                        JaarplanApprovalProcessTest.content("Gelijktijdig bewerkt", new BigDecimal("250.00")));
                return id;
            } catch (DomainException e) {
                assertThat(e.messageKey()).isEqualTo("jaarplan.yearExists");
            }
        }
        throw new IllegalStateException("no year left for a jaarplan");
    }

    /** A change throughout the plan: its title, its contribution base, and an item added to a theme. */
    private static PlanContent edit(PlanContent content, int round, String who, String base) {
        PlanContent withItem = JaarplanConcurrentEditIT.withTheme4Item(content, "Ronde " + round + " van " + who);
        return new PlanContent("Ronde " + round + ", " + who, withItem.ambition(), withItem.goals(),
                withItem.projectBudget(), new BigDecimal(base), withItem.themes(), withItem.income(), withItem.split());
    }
}
