package nl.netwerkregie.network;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route of the UI, found by scanning for {@link Route}, opened by Utrecht's coordinator: the plain ones, and
 * those with an id with each id of Twente's rows and tasks. No screen shows one of Twente's names, titles or goals
 * (issue 13, acceptance 1): a new screen whose query forgets the network fails here.
 */
@org.junit.jupiter.api.Tag("persistence")
class NetworkIsolationRoutesTest extends UiTest {

    private static final String A = "utrecht";
    private static final String B = "twente";

    @Autowired JdbcTemplate jdbc;

    @Test
    void noRouteShowsNetworkBToA() throws Exception {
        Set<String> namesOfB = Leaks.namesOnlyOf(jdbc, B, A);
        assertThat(namesOfB).contains("Medisch Spectrum Twente");
        List<Long> numbersOfB = new ArrayList<>();
        for (String table : List.of("organisation", "board_decision", "werkgroep", "werkgroep_assignment", "jaarplan")) {
            numbersOfB.addAll(jdbc.queryForList("select id from " + table + " where network_id = ?", Long.class, B));
        }
        List<String> tasksOfB = jdbc.queryForList("select ID_ from ACT_RU_TASK where TENANT_ID_ = ?", String.class, B);

        login("coordinatorutrecht");
        List<String> leaks = new ArrayList<>();
        int opened = 0;
        for (String route : routes()) {
            List<String> addresses = new ArrayList<>();
            if (!route.contains(":")) {
                addresses.add(route);
            } else if (route.endsWith(":taskId")) {
                tasksOfB.forEach(id -> addresses.add(route.replace(":taskId", id)));
            } else if (route.endsWith(":id")) {
                numbersOfB.forEach(id -> addresses.add(route.replace(":id", id.toString())));
            }
            for (String address : addresses) {
                String shown = CurrentNetwork.as(A, () -> open(address));
                opened++;
                namesOfB.stream().filter(shown::contains).forEach(name -> leaks.add(address + " shows " + name));
            }
        }
        assertThat(opened).isGreaterThan(30);
        assertThat(leaks).isEmpty();
    }

    /** The text of the screen at that address, with the items of its grids; empty when it refused. */
    private static String open(String address) {
        try {
            UI.getCurrent().navigate(address);
        } catch (RuntimeException refused) {
            return "";
        }
        StringBuilder text = new StringBuilder(UI.getCurrent().getElement().getTextRecursively());
        for (Grid<?> grid : _find(Grid.class)) {
            grid.getGenericDataView().getItems().forEach(item -> text.append(Leaks.textOf(item)));
        }
        return text.toString();
    }

    private static List<String> routes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> routes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("nl.netwerkregie")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            routes.add(view.getAnnotation(Route.class).value());
        }
        return routes;
    }
}
