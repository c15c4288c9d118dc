package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.MemberListService;
import nl.netwerkregie.shared.task.TaskListService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The national organisation works for no network: in its requests, a network's ordinary pages (Mijn taken, the
 * Ledenlijst) show nothing, where a coordinator of the installation's network sees that network's.
 */
@Tag("persistence")
class NoNetworkForTheNationalIT extends IntegrationTest {

    @Autowired NetworkChoice choice;
    @Autowired CurrentNetwork currentNetwork;
    @Autowired TaskListService tasks;
    @Autowired MemberListService memberList;

    @Test
    void theNationalUsersOrdinaryPagesAreEmpty() throws Exception {
        loginAs("landelijk");
        List<Object> seen = inARequest();
        assertThat(seen.get(0)).isEqualTo(NetworkChoice.NONE);
        assertThat((List<?>) seen.get(1)).as("Mijn taken").isEmpty();
        assertThat((List<?>) seen.get(2)).as("Ledenlijst").isEmpty();
        assertThat(seen.get(3)).as("sent to the network chooser").isEqualTo(false);

        loginAs("coordinator1");
        List<Object> coordinator = inARequest();
        assertThat(coordinator.get(0)).isEqualTo("twente");
        assertThat((List<?>) coordinator.get(2)).isNotEmpty();
    }

    /** What a request of the logged-in user works for: its network, Mijn taken, the Ledenlijst, must it choose. */
    private List<Object> inARequest() throws Exception {
        List<Object> seen = new ArrayList<>();
        new NetworkOfTheRequest(choice).doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, response) -> {
                    seen.add(currentNetwork.id());
                    seen.add(tasks.myTasks());
                    seen.add(memberList.entries());
                    seen.add(choice.mustChoose());
                });
        return seen;
    }
}
