package nl.netwerkregie.membership.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.MemberListEntry;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.workinggroup.SeatForm;
import nl.netwerkregie.workinggroup.SeatRole;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The member list shows each member's werkgroepen and finds the members that take part in none. */
class MemberListViewTest extends UiTest {

    @Autowired OrganisationService organisations;
    @Autowired WerkgroepService werkgroepen;

    @SuppressWarnings("unchecked")
    private List<MemberListEntry> shownMembers() {
        Grid<MemberListEntry> grid = _get(Grid.class, spec -> spec.withId("member-grid"));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private MemberListEntry row(String name) {
        return shownMembers().stream().filter(e -> e.organisation().getName().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aMemberWithoutAWerkgroepIsMarkedAndFoundByTheFilterUntilItsPeopleTakeASeat() {
        login("coordinator1");
        String name = "Thuiszorg Zonder Werkgroep " + System.nanoTime();
        long id = organisations.create(nl.netwerkregie.membership.OrganisationServiceIT.details(name, "Hengelo", "30"),
                OrganisationStatus.MEMBER, "Test", "test");

        login("contact1");
        UI.getCurrent().navigate(MemberListView.class);
        assertThat(row(name).missesWerkgroep()).isTrue();
        assertThat(row(name).werkgroepen()).isEmpty();
        _get(Checkbox.class, spec -> spec.withId("members-without-werkgroep")).setValue(true);
        assertThat(shownMembers()).extracting(e -> e.organisation().getName()).contains(name)
                .doesNotContain("Medisch Spectrum Twente");
        assertThat(shownMembers()).allSatisfy(e -> assertThat(e.missesWerkgroep()).isTrue());

        login("coordinator1");
        long werkgroep = werkgroepen.findByName("Deskundigheidsbevordering").orElseThrow().getId();
        werkgroepen.addSeat(werkgroep, werkgroepen.get(werkgroep).getVersion(), new SeatForm("Wim Werkgroeplid", id, SeatRole.MEMBER, null, null, LocalDate.now()));

        // Back to the list through the menu: it is read anew, and the filter still finds only those without one.
        login("contact1");
        UI.getCurrent().navigate(MemberListView.class);
        assertThat(row(name)).isNull();
        _get(Checkbox.class, spec -> spec.withId("members-without-werkgroep")).setValue(false);
        assertThat(row(name).werkgroepen()).containsExactly("Deskundigheidsbevordering");
        assertThat(row(name).missesWerkgroep()).isFalse();
    }
}
