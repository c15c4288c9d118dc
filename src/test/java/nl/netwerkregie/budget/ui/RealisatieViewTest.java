package nl.netwerkregie.budget.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.budget.AdoptedTwente2025;
import nl.netwerkregie.budget.BudgetRealisationQueries;
import nl.netwerkregie.budget.BudgetService;
import nl.netwerkregie.budget.EntryForm;
import nl.netwerkregie.budget.ThemeRealisation;
import nl.netwerkregie.shared.ui.EuroField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The realisation screen: the form keeps what was typed when the amount is refused; a theme over budget says so. */
class RealisatieViewTest extends UiTest {

    private static final String THEME = "Coördinatie en continuïteit van zorg";

    @Autowired AdoptedTwente2025 adopted;
    @Autowired BudgetService budget;
    @Autowired BudgetRealisationQueries realisation;

    @BeforeEach
    void adoptThePlan() {
        adopted.plan(this::loginAs);
    }

    @SuppressWarnings("unchecked")
    private void open() {
        login("coordinator1");
        UI.getCurrent().navigate(RealisatieView.class);
        _get(Select.class, spec -> spec.withId("realisation-year")).setValue(AdoptedTwente2025.YEAR);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadAmountIsShownAtItsFieldAndEverythingTypedStays() {
        open();
        _click(_get(Button.class, spec -> spec.withId("realisation-add")));
        _get(DatePicker.class, spec -> spec.withId("entry-date")).setValue(LocalDate.of(2025, 6, 3));
        _get(EuroField.class, spec -> spec.withId("entry-amount")).setValue(new BigDecimal("-12.50"));
        _get(TextArea.class, spec -> spec.withId("entry-description")).setValue("Catering overleg");
        _get(Select.class, spec -> spec.withId("entry-theme")).setValue(THEME);
        _click(_get(Button.class, spec -> spec.withId("entry-save")));

        EuroField amount = _get(EuroField.class, spec -> spec.withId("entry-amount"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Het bedrag moet groter zijn dan nul.");
        assertThat(amount.getValue()).isEqualByComparingTo("-12.50");
        assertThat(_get(TextArea.class, spec -> spec.withId("entry-description")).getValue()).isEqualTo("Catering overleg");
        assertThat(_get(Select.class, spec -> spec.withId("entry-theme")).getValue()).isEqualTo(THEME);
        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);

        amount.setValue(new BigDecimal("12.50"));
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        assertThat(_find(Dialog.class)).as("saved and closed").isEmpty();
        assertThat(realisation.entries(AdoptedTwente2025.YEAR)).anyMatch(e -> e.description().equals("Catering overleg"));
    }

    @Test
    void aThemeOverItsBudgetIsWarnedInWords() {
        loginAs("coordinator1");
        ThemeRealisation theme = realisation.ofYear(AdoptedTwente2025.YEAR).orElseThrow().themes().stream()
                .filter(t -> t.theme().equals(THEME)).findFirst().orElseThrow();
        if (theme.remaining().signum() >= 0) {
            budget.record(EntryForm.spending(LocalDate.of(2025, 11, 3), theme.remaining().add(BigDecimal.TEN),
                    "Ondersteuning penvoerder (meerwerk)", THEME, null), null);
        }
        open();
        String warnings = _get(Div.class, spec -> spec.withId("realisation-warnings")).getElement().getTextRecursively();
        assertThat(warnings).contains(THEME + ": Over budget");
        assertThat(_get(Div.class, spec -> spec.withId("realisation-chart")).getElement().getTextRecursively())
                .contains("over budget");
    }
}
