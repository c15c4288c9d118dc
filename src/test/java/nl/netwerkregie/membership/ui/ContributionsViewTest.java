package nl.netwerkregie.membership.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.ContributionLine;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationServiceIT;
import nl.netwerkregie.membership.OrganisationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The contribution list: open ones found, a payment recorded, a wrong amount shown at its field. */
class ContributionsViewTest extends UiTest {

    @Autowired OrganisationService organisations;

    @SuppressWarnings("unchecked")
    private Grid<ContributionLine> grid() {
        return _get(Grid.class, spec -> spec.withId("contribution-grid"));
    }

    private List<ContributionLine> shown() {
        return GridKt._fetch(grid(), 0, GridKt._size(grid()));
    }

    private ContributionLine row(long id) {
        return shown().stream().filter(l -> l.organisationId() == id).findFirst().orElse(null);
    }

    @Test
    void theSecretaryRecordsAPaymentAndAWrongAmountIsShownAtItsFieldKeepingTheDialogOpen() {
        login("coordinator1");
        String name = "Thuiszorg Betaalt " + System.nanoTime();
        long id = organisations.create(OrganisationServiceIT.details(name, "Hengelo", "30"), OrganisationStatus.MEMBER,
                "Test", "test");

        login("secretaris");
        UI.getCurrent().navigate(ContributionsView.class);
        _get(Checkbox.class, spec -> spec.withId("contribution-only-outstanding")).setValue(true);
        assertThat(row(id).state()).isEqualTo(ContributionLine.State.OPEN);

        _click((Button) GridKt._getCellComponent(grid(), shown().indexOf(row(id)), "action"));
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("payment-amount"));
        assertThat(amount.getValue()).isEqualByComparingTo(row(id).due());
        amount.setValue(new BigDecimal("-5"));
        _click(_get(Button.class, spec -> spec.withId("payment-save")));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Vul het ontvangen bedrag in (meer dan € 0).");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(amount.getValue()).isEqualByComparingTo("-5");

        amount.setValue(new BigDecimal("250"));
        _click(_get(Button.class, spec -> spec.withId("payment-save")));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(row(id)).as("no longer outstanding").isNull();
        _get(Checkbox.class, spec -> spec.withId("contribution-only-outstanding")).setValue(false);
        assertThat(row(id).paid()).isEqualByComparingTo("250");
    }

    @Test
    void theBoardReadsAlongButRecordsNothing() {
        login("bestuur4");
        UI.getCurrent().navigate(ContributionsView.class);
        assertThat(shown()).isNotEmpty();
        assertThat(grid().getColumnByKey("action")).as("no column to record payments").isNull();
    }
}
