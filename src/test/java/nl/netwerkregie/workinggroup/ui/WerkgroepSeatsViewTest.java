package nl.netwerkregie.workinggroup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.workinggroup.SeatForm;
import nl.netwerkregie.workinggroup.SeatRole;
import nl.netwerkregie.workinggroup.WerkgroepForm;
import nl.netwerkregie.workinggroup.WerkgroepMember;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The werkgroep's seats when a colleague changes them while the dialog is open (SeatRaceIT, as the user sees it). */
class WerkgroepSeatsViewTest extends UiTest {

    @Autowired WerkgroepService werkgroepen;
    @Autowired OrganisationService organisations;

    @Test
    @SuppressWarnings("unchecked")
    void aSeatAddedByAColleagueMeanwhileRefusesTheDialogKeepsItAsTypedAndShowsTheNewList() {
        login("coordinator2");
        long werkgroep = werkgroepen.create(new WerkgroepForm("Zetels " + System.nanoTime(), true, null, null, null));
        long organisation = organisations.all().get(0).getId();
        UI.getCurrent().navigate(WerkgroepView.class, new RouteParameters("id", String.valueOf(werkgroep)));
        _click(_get(Button.class, spec -> spec.withId("add-seat")));
        _get(TextField.class, spec -> spec.withId("seat-person")).setValue("Dirk Lid");
        _get(ComboBox.class, spec -> spec.withId("seat-organisation")).setValue(organisation);

        loginAs("coordinator1");   // Anouk seats someone, in her own session
        werkgroepen.addSeat(werkgroep, werkgroepen.get(werkgroep).getVersion(), new SeatForm("Carla Voorzitter",
                organisation, SeatRole.CHAIR, null, null, LocalDate.now()));
        login("coordinator2");

        _click(_get(Button.class, spec -> spec.withId("save-seat")));
        NotificationsKt.expectNotifications("Een collega heeft de leden van deze werkgroep intussen gewijzigd. Uw "
                + "invoer staat nog in het formulier en de lijst is bijgewerkt: kijk die na en sla dan opnieuw op.");
        assertThat(_get(TextField.class, spec -> spec.withId("seat-person")).getValue()).isEqualTo("Dirk Lid");
        Grid<WerkgroepMember> seats = _get(Grid.class, spec -> spec.withId("seat-grid"));
        assertThat(GridKt._size(seats)).as("the colleague's seat shown").isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("save-seat")));
        assertThat(werkgroepen.seats(werkgroep)).extracting(WerkgroepMember::getPersonName)
                .containsExactlyInAnyOrder("Carla Voorzitter", "Dirk Lid");
    }
}
