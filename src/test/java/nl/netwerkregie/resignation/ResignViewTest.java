package nl.netwerkregie.resignation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.resignation.ui.ResignView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResignViewTest extends UiTest {

    @Autowired OrganisationService organisations;
    @Autowired ResignationQueries endings;

    @Test
    @SuppressWarnings("unchecked")
    void showsTheEndDateAndRequiresReasonsKeepingTheChoice() {
        String name = "Hospice Oldenzaal " + System.nanoTime();
        long id = organisations.create(new OrganisationDetails(name, OrganisationKind.HOSPICE, "Oldenzaal",
                new BigDecimal("10"), 40, false, "B", "b@example.org",
                List.of(new OrganisationDetails.Contact("C", "c@example.org", null, "contact2"))), OrganisationStatus.MEMBER, "t", "t");
        login("contact2");
        UI.getCurrent().navigate(ResignView.class);
        ComboBox<Organisation> organisation = _get(ComboBox.class, spec -> spec.withId("resign-organisation"));
        organisation.setValue(organisation.getListDataView().getItems().filter(o -> o.getId() == id).findFirst().orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("resign-end-date")).getText())
                .startsWith("Als u vandaag opzegt, eindigt het lidmaatschap op ")
                .contains(String.valueOf(endings.endDateIfResignedToday().getYear()));
        _click(_get(Button.class, spec -> spec.withId("resign-submit")));
        TextArea reasons = _get(TextArea.class, spec -> spec.withId("resign-reasons"));
        assertThat(reasons.isInvalid()).isTrue();
        assertThat(reasons.getErrorMessage()).isEqualTo("Geef de redenen op.");
        assertThat(organisation.getValue().getId()).isEqualTo(id);
        assertThat(endings.openEndingOf(id)).isEmpty();
    }
}
