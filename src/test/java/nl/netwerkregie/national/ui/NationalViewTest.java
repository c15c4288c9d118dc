package nl.netwerkregie.national.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.national.NetworkFigures;
import nl.netwerkregie.national.SharingOfTwente;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.NetworkChoice;
import nl.netwerkregie.network.Networks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national organisation's screen (/landelijk: a row per network, a network's detail, the CSV) and the
 * coordinator's sharing setting (/netwerk/delen). Twente's sharing is put back as it was afterwards.
 */
class NationalViewTest extends UiTest {

    @Autowired Networks networks;
    @Autowired JdbcTemplate jdbc;

    private SharingOfTwente twenteBefore;

    @BeforeEach
    void remember() {
        twenteBefore = SharingOfTwente.remember(jdbc);
    }

    @AfterEach
    void putBack() {
        twenteBefore.putBack();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNationalUserLandsOnTheComparisonAndOpensANetwork() {
        networks.shareNational("twente", true);
        login("landelijk");
        // As its requests are (NetworkOfTheRequest): for no network.
        try (CurrentNetwork.Scope none = CurrentNetwork.enter(NetworkChoice.NONE)) {
            UI.getCurrent().navigate("");
            assertThat(_find(NationalView.class)).as("forwarded from Mijn taken").hasSize(1);
            assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems()).extracting(SideNavItem::getLabel)
                    .containsExactly("Landelijk overzicht");

            Grid<NetworkFigures> grid = _get(Grid.class, spec -> spec.withId("national-grid"));
            int twente = row(grid, "twente");
            assertThat(GridKt._getFormatted(grid, twente, "network")).isEqualTo("Netwerken Palliatieve Zorg Twente");
            assertThat(GridKt._getFormatted(grid, twente, "shares")).isEqualTo("ja");
            assertThat(Integer.parseInt(GridKt._getFormatted(grid, twente, "members"))).isGreaterThan(0);
            assertThat(GridKt._getFormatted(grid, twente, "realised")).isEqualTo("nog niet");
            assertThat(_get(Anchor.class, spec -> spec.withId("national-csv")).getText()).isEqualTo("Exporteren (CSV)");

            grid.select(GridKt._get(grid, twente));
            assertThat(_get(H3.class).getText()).isEqualTo("Netwerken Palliatieve Zorg Twente in cijfers");
            assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("national-detail-kinds")))).isGreaterThan(0);
            assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("national-detail-budgets")))).isGreaterThan(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNetworkThatDoesNotShareShowsItsNameOnly() {
        networks.shareNational("twente", false);
        login("landelijk");
        try (CurrentNetwork.Scope none = CurrentNetwork.enter(NetworkChoice.NONE)) {
            UI.getCurrent().navigate(NationalView.class);
            Grid<NetworkFigures> grid = _get(Grid.class, spec -> spec.withId("national-grid"));
            int twente = row(grid, "twente");
            assertThat(GridKt._getFormatted(grid, twente, "shares")).isEqualTo("deelt geen cijfers");
            assertThat(GridKt._getFormatted(grid, twente, "members")).isEmpty();
            grid.select(GridKt._get(grid, twente));
            assertThat(_get(Paragraph.class, spec -> spec.withText(
                    "Netwerken Palliatieve Zorg Twente deelt geen cijfers met de landelijke organisatie."))).isNotNull();
        }
    }

    @Test
    void peopleOfANetworkCannotOpenTheNationalView() {
        login("coordinator1");
        assertRefused(() -> UI.getCurrent().navigate(NationalView.class));
        login("bestuur1");
        assertRefused(() -> UI.getCurrent().navigate(NationalView.class));
        login("landelijk");
        assertRefused(() -> UI.getCurrent().navigate(SharingView.class));
    }

    @Test
    void theCoordinatorSwitchesSharingOnWithTheBoardsDecisionAndOff() {
        networks.shareNational("twente", false);
        login("coordinator1");
        UI.getCurrent().navigate("netwerk/delen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("sharing-state")).getText())
                .startsWith("Netwerken Palliatieve Zorg Twente deelt sinds");
        Checkbox share = _get(Checkbox.class, spec -> spec.withId("sharing-share"));
        assertThat(share.getValue()).isFalse();

        share.setValue(true);
        _get(TextField.class, spec -> spec.withId("sharing-decision")).setValue("");
        _click(_get(Button.class, spec -> spec.withId("sharing-save")));
        expectNotifications("Vul het besluit van het bestuur in (kenmerk of datum): de cijfers gaan alleen naar de"
                + " landelijke organisatie als het bestuur daarmee heeft ingestemd.");
        assertThat(networks.find("twente").orElseThrow().isShareNational()).isFalse();

        _get(TextField.class, spec -> spec.withId("sharing-decision")).setValue("AB-besluit 14 (9 december)");
        _click(_get(Button.class, spec -> spec.withId("sharing-save")));
        expectNotifications("Vanaf nu ziet de landelijke organisatie de cijfers van Netwerken Palliatieve Zorg Twente.");
        assertThat(networks.find("twente").orElseThrow().getShareNationalDecision()).isEqualTo("AB-besluit 14 (9 december)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("sharing-state")).getText())
                .contains("Anouk Jansen").contains("AB-besluit 14 (9 december)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("sharing-summary")).getText()).startsWith("Dit zijn nu uw cijfers:");

        share.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("sharing-save")));
        expectNotifications("De landelijke organisatie ziet de cijfers van Netwerken Palliatieve Zorg Twente niet meer.");
        assertThat(networks.find("twente").orElseThrow().isShareNational()).isFalse();
    }

    private static int row(Grid<NetworkFigures> grid, String networkId) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).networkId().equals(networkId)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + networkId);
    }
}
