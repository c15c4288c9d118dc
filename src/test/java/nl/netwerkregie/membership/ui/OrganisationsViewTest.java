package nl.netwerkregie.membership.ui;

import java.util.List;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.html.Span;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationListRow;
import nl.netwerkregie.membership.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationsViewTest extends UiTest {

    @Autowired
    OrganisationService organisations;

    @Test
    @SuppressWarnings("unchecked")
    void boardMembersSeeTheRegistryButCannotAdd() {
        login("bestuur2");
        UI.getCurrent().navigate(OrganisationsView.class);
        Grid<OrganisationListRow> grid = _get(Grid.class, spec -> spec.withId("organisation-grid"));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(r -> r.organisation().getName())
                .contains("Medisch Spectrum Twente", "VPTZ Leendert Vriel Twente");
        // Filtered by the database: only hospitals, each member with its contribution of this year.
        _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withPlaceholder("Soort organisatie"))
                .setValue(OrganisationKind.HOSPITAL);
        List<OrganisationListRow> hospitals = GridKt._fetch(grid, 0, GridKt._size(grid));
        assertThat(hospitals).isNotEmpty().allSatisfy(r -> {
            assertThat(r.organisation().getKind()).isEqualTo(OrganisationKind.HOSPITAL);
            assertThat(r.contribution() != null).isEqualTo(r.organisation().getStatus().isMember());
        });
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("add-organisation"))).isEmpty();
    }

    @Test
    void badInputIsShownAtTheFieldAndNothingTypedIsLost() {
        login("coordinator1");
        UI.getCurrent().navigate(OrganisationsView.class);
        _click(_get(Button.class, spec -> spec.withId("add-organisation")));
        OrganisationForm form = _get(OrganisationForm.class);
        form.name.setValue("Medisch Spectrum Twente");
        form.kind.setValue(OrganisationKind.HOSPITAL);
        form.municipality.setValue("Enschede");
        form.bestuurderName.setValue("Iemand");
        form.bestuurderEmail.setValue("geen-adres");
        form.contactName.setValue("Contact");
        form.contactEmail.setValue("contact@example.org");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        assertThat(form.bestuurderEmail.isInvalid()).isTrue();
        assertThat(form.bestuurderEmail.getErrorMessage()).isEqualTo("Dit is geen geldig e-mailadres.");

        form.bestuurderEmail.setValue("iemand@example.org");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).contains("Medisch Spectrum Twente").contains("al een organisatie");
        assertThat(form.contactName.getValue()).isEqualTo("Contact");
        assertThat(form.bestuurderEmail.getValue()).isEqualTo("iemand@example.org");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegistryIsSearchedByNameOrMunicipalityAndTheSearchComesFromTheAddress() {
        login("coordinator1");
        UI.getCurrent().navigate("organisaties", com.vaadin.flow.router.QueryParameters.of("zoek", "spectrum"));
        Grid<nl.netwerkregie.membership.OrganisationListRow> grid = _get(Grid.class, spec -> spec.withId("organisation-grid"));
        assertThat(GridKt._fetch(grid, 0, 50)).extracting(r -> r.organisation().getName())
                .containsExactly("Medisch Spectrum Twente");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("organisation-search")).setValue("borne");
        assertThat(GridKt._fetch(grid, 0, 50)).extracting(r -> r.organisation().getMunicipality()).isNotEmpty()
                .allMatch("Borne"::equals);
    }

    @Test
    void anUnknownOrMalformedIdShowsNotFound() {
        login("coordinator1");
        UI.getCurrent().navigate("organisaties/abc");
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Organisatie abc bestaat niet.");
        UI.getCurrent().navigate("organisaties/999999");
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Organisatie 999999 bestaat niet.");
    }

    @Test
    void theOrganisationPageShowsStatusAndHistory() {
        login("coordinator1");
        Organisation mst = organisations.all().stream().filter(o -> o.getName().equals("Medisch Spectrum Twente"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(OrganisationView.class, new RouteParameters("id", String.valueOf(mst.getId())));
        assertThat(_get(Span.class, spec -> spec.withId("organisation-status")).getText()).isEqualTo("Lid");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("status-history")))).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("organisation-contribution")).getText()).startsWith("€");
    }

    @Test
    void aPartnerOwesNoContributionAndItsPageShowsNoneAndAnFteWithADecimalComma() {
        login("coordinator1");
        long partner = organisations.create(new nl.netwerkregie.membership.OrganisationDetails(
                "Partner Zonder Contributie " + System.nanoTime(), OrganisationKind.OTHER, "Enschede",
                new java.math.BigDecimal("14.5"), 20, false, "B", "b@example.org", List.of()),
                nl.netwerkregie.membership.OrganisationStatus.PARTNER, "Samenwerkingspartner", "coordinator1");
        UI.getCurrent().navigate(OrganisationView.class, new RouteParameters("id", String.valueOf(partner)));
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("status-history")), 0))
                .as("the history names who, not their login").contains("Anouk Jansen").doesNotContain("coordinator1");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class,
                spec -> spec.withId("organisation-contribution"))).as("no amount for a partner").isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class, spec -> spec.withText("14,5")))
                .as("Dutch figures").hasSize(1);
    }

    @Test
    void aSecondContactPersonIsOptionalButCompleteWhenGiven() {
        login("coordinator1");
        UI.getCurrent().navigate(OrganisationsView.class);
        _click(_get(Button.class, spec -> spec.withId("add-organisation")));
        OrganisationForm form = _get(OrganisationForm.class);
        String name = "Thuiszorg Twee Contacten " + System.nanoTime();
        form.name.setValue(name);
        form.kind.setValue(OrganisationKind.VVT);
        form.municipality.setValue("Enschede");
        form.bestuurderName.setValue("Bea Bestuurder");
        form.bestuurderEmail.setValue("bea@example.org");
        form.contactName.setValue("Carla Contact");
        form.contactEmail.setValue("carla@example.org");
        form.contact2Name.setValue("Dirk Tweede");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        assertThat(form.contact2Email.isInvalid()).isTrue();
        assertThat(form.contact2Email.getErrorMessage())
                .isEqualTo("Vul voor de tweede contactpersoon naam en e-mailadres in, of laat beide leeg.");
        assertThat(organisations.all()).extracting(Organisation::getName).doesNotContain(name);

        form.contact2Email.setValue("dirk@example.org");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        Organisation saved = organisations.all().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
        assertThat(saved.getContacts()).extracting(nl.netwerkregie.membership.ContactPerson::name)
                .containsExactly("Carla Contact", "Dirk Tweede");
    }
}
