package nl.netwerkregie.workinggroup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.workinggroup.AssignmentApprovals;
import nl.netwerkregie.workinggroup.AssignmentOverview;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.WerkgroepFixtures;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Drafting an assignment: clear messages at the fields, nothing typed lost; chairs see only their own. */
class AssignmentViewsTest extends UiTest {

    @Autowired WerkgroepService werkgroepen;
    @Autowired AssignmentService assignments;
    @Autowired AssignmentQueries queries;
    @Autowired OrganisationService organisations;
    @Autowired AssignmentApprovals approvals;

    private void openDraft(long werkgroepId) {
        UI.getCurrent().navigate("opdrachten/nieuw", QueryParameters.of("werkgroep", String.valueOf(werkgroepId)));
    }

    private void fill(String doel, String result, LocalDate start, LocalDate end) {
        _get(TextArea.class, spec -> spec.withId("assignment-doel")).setValue(doel);
        _get(TextArea.class, spec -> spec.withId("assignment-result")).setValue(result);
        _get(DatePicker.class, spec -> spec.withId("assignment-start")).setValue(start);
        _get(DatePicker.class, spec -> spec.withId("assignment-end")).setValue(end);
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("submit-assignment")));
    }

    @Test
    void emptyDoelAndResultAndAnEndBeforeTheStartShowAtTheirFields() {
        login("coordinator1");
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-ui1");
        openDraft(werkgroep);
        LocalDate start = LocalDate.now();
        fill("", " ", start, start.plusMonths(6));
        DatePicker.DatePickerI18n calendar = _get(DatePicker.class, spec -> spec.withId("assignment-start")).getI18n();
        assertThat(calendar.getToday()).as("the calendar speaks Dutch").isEqualTo("Vandaag");
        assertThat(calendar.getMonthNames().get(10)).isEqualTo("november");
        assertThat(calendar.getFirstDayOfWeek()).as("a Dutch week starts on Monday").isEqualTo(1);
        ThemeField theme = _get(ThemeField.class, spec -> spec.withId("assignment-theme"));
        assertThat(theme.getValue()).as("the werkgroep's theme is offered").isEqualTo("Bewustwording");
        // The jaarplan's themes are the choices; a theme of one's own can be typed.
        assertThat(ComboBoxKt.getSuggestionItems(theme))
                .startsWith("Bewustwording", "Coördinatie en continuïteit van zorg", "Samenwerking");
        ComboBoxKt._fireCustomValueSet(theme, "Rouw en verlies");
        submit();
        TextArea doel = _get(TextArea.class, spec -> spec.withId("assignment-doel"));
        TextArea result = _get(TextArea.class, spec -> spec.withId("assignment-result"));
        assertThat(doel.isInvalid()).isTrue();
        assertThat(doel.getErrorMessage()).isEqualTo("Beschrijf het doel van de opdracht.");
        assertThat(result.isInvalid()).isTrue();
        assertThat(result.getErrorMessage()).isEqualTo("Beschrijf het gewenste resultaat.");
        assertThat(theme.getValue()).isEqualTo("Rouw en verlies");

        fill("Scholing organiseren", "Drie bijeenkomsten", start, start.minusDays(1));
        submit();
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("assignment-end"));
        assertThat(doel.isInvalid()).isFalse();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Het einde van het tijdspad ligt voor de start.");
        assertThat(doel.getValue()).isEqualTo("Scholing organiseren");
        assertThat(queries.ofWerkgroep(werkgroep)).isEmpty();
    }

    @Test
    void aMilestoneOutsideTheTijdspadIsMarkedAndThenTheDraftGoesToTheBoard() {
        login("coordinator1");
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-ui2");
        openDraft(werkgroep);
        LocalDate start = LocalDate.now();
        fill("Scholing organiseren", "Drie bijeenkomsten", start, start.plusMonths(6));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        DatePicker milestone = _get(DatePicker.class, spec -> spec.withId("milestone-date-1"));
        milestone.setValue(start.plusMonths(7));
        _get(TextField.class, spec -> spec.withId("milestone-description-1")).setValue("Evaluatie");
        submit();
        assertThat(milestone.isInvalid()).isTrue();
        assertThat(milestone.getErrorMessage()).startsWith("Mijlpaal 1 valt buiten het tijdspad (");
        assertThat(queries.ofWerkgroep(werkgroep)).isEmpty();

        milestone.setValue(start.plusMonths(2));
        submit();
        assertThat(queries.ofWerkgroep(werkgroep)).hasSize(1);
        assertThat(_get(H2.class, spec -> spec.withId("assignment-title")).getText()).contains(werkgroepen.get(werkgroep).getName());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWerkgroepWithoutAViceChairGetsNoAssignmentAndTheMessageIsAtTheWerkgroep() {
        login("coordinator1");
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", null);
        openDraft(werkgroep);
        fill("Scholing organiseren", "Drie bijeenkomsten", LocalDate.now(), LocalDate.now().plusMonths(6));
        submit();
        ComboBox<Object> choice = _get(ComboBox.class, spec -> spec.withId("assignment-werkgroep"));
        assertThat(choice.isInvalid()).isTrue();
        assertThat(choice.getErrorMessage()).as("names the missing seat").contains("heeft nog geen vicevoorzitter");
        assertThat(_get(TextArea.class, spec -> spec.withId("assignment-doel")).getValue()).isEqualTo("Scholing organiseren");
        assertThat(queries.ofWerkgroep(werkgroep)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChairSeesOnlyTheAssignmentsOfTheirOwnWerkgroep() {
        login("coordinator1");
        long mine = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-ui3");
        long theirs = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter2", "vice-ui4");
        long own = assignments.draft(WerkgroepFixtures.assignment(mine));
        long other = assignments.draft(WerkgroepFixtures.assignment(theirs));

        login("voorzitter1");
        UI.getCurrent().navigate(AssignmentsView.class);
        Grid<AssignmentOverview> grid = _get(Grid.class, spec -> spec.withId("assignment-grid"));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(AssignmentOverview::id)
                .contains(own).doesNotContain(other);
        assertThat(_find(Anchor.class, spec -> spec.withId("results-csv"))).as("results are for the board").isEmpty();
        // A draft has no report due, so it is not late: "Alleen te laat" leaves it out.
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("assignments-only-late")).setValue(true);
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(AssignmentOverview::id).doesNotContain(own);
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).allMatch(AssignmentOverview::late);

        UI.getCurrent().navigate(AssignmentView.class, new RouteParameters("id", String.valueOf(own)));
        assertThat(_get(H2.class, spec -> spec.withId("assignment-title")).getText()).startsWith("Opdracht " + own);
        UI.getCurrent().navigate(AssignmentView.class, new RouteParameters("id", String.valueOf(other)));
        assertThat(_get(H2.class).getText()).isEqualTo("Opdracht " + other + " bestaat niet of u heeft er geen toegang toe.");
    }

    @Test
    void theBoardDownloadsTheResultsOfAChosenYearForTheAnnualReport() {
        login("bestuur1");
        UI.getCurrent().navigate(AssignmentsView.class);
        Anchor download = _get(Anchor.class, spec -> spec.withId("results-csv"));
        assertThat(download.getText()).isEqualTo("Resultaten van afgeronde opdrachten voor het jaarverslag (CSV)");
        assertThat(_get(Select.class, spec -> spec.withId("results-year")).getValue()).isEqualTo(LocalDate.now().getYear());
    }

    @Test
    void theTijdspadShowsAsABarWithMilestonesTheNextReportAndTodayPlacedByDate() {
        login("coordinator1");
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-ui5");
        long id = assignments.draft(WerkgroepFixtures.assignment(werkgroep));
        approvals.approve(id, this::loginAs);

        login("voorzitter1");
        UI.getCurrent().navigate(AssignmentView.class, new RouteParameters("id", String.valueOf(id)));
        Div axis = _get(Div.class, spec -> spec.withId("assignment-time-axis"));
        List<Div> milestones = _find(axis, Div.class, spec -> spec.withClasses("time-axis-milestone"));
        assertThat(milestones).hasSize(2);
        // The fixture's tijdspad runs 9 months from today; its milestones fall after 1 and 5 months.
        LocalDate start = LocalDate.now();
        assertThat(milestones.get(0).getStyle().get("left"))
                .isEqualTo(TimeAxis.percent(start, start.plusMonths(9), start.plusMonths(1)));
        assertThat(milestones.get(0).getElement().getAttribute("title")).endsWith("Mijlpaal: Programma klaar");
        assertThat(_find(axis, Div.class, spec -> spec.withClasses("time-axis-next-report"))).hasSize(1);
        assertThat(_get(axis, Div.class, spec -> spec.withClasses("time-axis-today")).getStyle().get("left"))
                .isEqualTo("0.0%");
    }

    @Test
    void aDateIsPlacedByItsShareOfTheDaysBetweenTheEnds() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertThat(TimeAxis.percent(from, from.plusDays(200), from.plusDays(50))).isEqualTo("25.0%");
        assertThat(TimeAxis.percent(from, from.plusDays(3), from.plusDays(1))).isEqualTo("33.3%");
        assertThat(TimeAxis.percent(from, from, from)).isEqualTo("0.0%");
    }
}
