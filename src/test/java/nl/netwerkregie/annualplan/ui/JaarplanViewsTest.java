package nl.netwerkregie.annualplan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.annualplan.JaarplanExports;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanService;
import nl.netwerkregie.annualplan.JaarplanStatus;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.workinggroup.AssignmentApprovals;
import nl.netwerkregie.workinggroup.AssignmentForm;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.WerkgroepFixtures;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The jaarplan editor: computed totals and warnings, the concurrent-edit message, the CSV import, and the chart of
 * budget against approved werkgroep assignments.
 */
class JaarplanViewsTest extends UiTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2090);

    @Autowired JaarplanService jaarplannen;
    @Autowired JaarplanQueries queries;
    @Autowired JaarplanExports exports;
    @Autowired WerkgroepService werkgroepen;
    @Autowired AssignmentService assignments;
    @Autowired OrganisationService organisations;
    @Autowired AssignmentApprovals approvals;

    private long draftWithTwente() {
        login("coordinator1");
        long id = jaarplannen.create(YEARS.getAndIncrement(), "Concept");
        PlanContent twente = queries.all().stream().filter(p -> p.year() == 2025).findFirst().orElseThrow().content();
        jaarplannen.save(id, queries.get(id).version(), twente);
        return id;
    }

    private JaarplanPage open(long id) {
        UI.getCurrent().navigate(JaarplanPage.class, new RouteParameters("id", String.valueOf(id)));
        return _get(JaarplanPage.class);
    }

    @Test
    void theSecondCoordinatorsSaveIsRefusedWithAClearMessageAndKeepsWhatWasTyped() {
        long id = draftWithTwente();
        login("coordinator2");
        JaarplanPage page = open(id);
        assertThat(_get(Span.class, spec -> spec.withId("plan-totals")).getText()).contains("138.800,00");
        assertThat(_get(Div.class, spec -> spec.withId("plan-warnings")).getElement().getTextRecursively()
                .replace('\u00A0', ' ')).as("the source's split of the budget differs from its items, and it says so")
                .isEqualTo("De verdeling over de netwerken (€ 140.000,00) telt niet op tot de projectkosten (€ 138.800,00).");

        // Meanwhile coordinator1 saves a change.
        login("coordinator1");
        JaarplanView current = queries.get(id);
        PlanContent first = new PlanContent("Titel van coördinator 1", current.content().ambition(), current.content().goals(),
                current.content().projectBudget(), current.content().contributionBase(), current.content().themes(),
                current.content().income(), current.content().split());
        jaarplannen.save(id, current.version(), first);

        login("coordinator2");
        _get(TextField.class, spec -> spec.withId("plan-title")).setValue("Titel van coördinator 2");
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        expectNotifications("Dit jaarplan is intussen opgeslagen door coordinator1. Uw wijzigingen zijn niet opgeslagen en "
                + "staan nog in het formulier; open het jaarplan opnieuw in een ander tabblad om de nieuwe versie te zien "
                + "en neem uw wijzigingen daarin over.");
        assertThat(_get(TextField.class, spec -> spec.withId("plan-title")).getValue()).isEqualTo("Titel van coördinator 2");
        assertThat(queries.get(id).content()).isEqualTo(first);
        assertThat(page.gather().title()).isEqualTo("Titel van coördinator 2");
    }

    @Test
    void totalsAndWarningsFollowTheFormAndTheImportReportsBadRows() {
        long id = draftWithTwente();
        JaarplanPage page = open(id);
        _get(BigDecimalField.class, spec -> spec.withId("plan-project-budget")).setValue(new BigDecimal("100000"));
        assertThat(_get(Div.class, spec -> spec.withId("plan-warnings")).getElement().getTextRecursively().replace('\u00A0', ' '))
                .contains("De projectkosten (€ 138.800,00) zijn hoger dan het projectbudget (€ 100.000,00): € 38.800,00 te veel.");

        String csv = "Thema;Omschrijving;Kosten per eenheid;Aantal;Deelnemers\n"
                + "Bewustwording;Extra flyers;10;10;\n"
                + "Bewustwording;Kapot;tien;1;\n"
                + "Nieuw thema;Start;100,50;2;\n"
                + "Nieuw thema;;1;1;\n";
        page.importSpreadsheet(csv.getBytes(StandardCharsets.UTF_8));
        String report = _get(Div.class, spec -> spec.withId("import-report")).getElement().getTextRecursively();
        assertThat(report).contains("2 regels ingelezen, 2 regels niet leesbaar.", "Regel 3: kosten per eenheid \"tien\" is geen bedrag",
                "Regel 5: omschrijving ontbreekt");
        assertThat(page.gather().themes()).extracting(ThemePlan::name).endsWith("Nieuw thema");
        assertThat(_get(Span.class, spec -> spec.withId("plan-totals")).getText()).contains("139.101,00");
        // Not saved until the coordinator saves.
        assertThat(queries.get(id).content().themes()).hasSize(4);
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(queries.get(id).begroting().totalCosts()).isEqualByComparingTo("139101.00");
    }

    /**
     * The router keeps the page instance when the same route opens again (another plan, or this one once more):
     * the form must start afresh, not add a second set of rows to the first.
     */
    @Test
    void openingThePlanAgainOnTheSamePageShowsEachRowOnce() {
        long id = draftWithTwente();
        PlanContent stored = queries.get(id).content();
        JaarplanPage first = open(id);
        JaarplanPage again = open(id);

        assertThat(again).as("the router reuses the page").isSameAs(first);
        assertThat(again.gather().themes()).hasSameSizeAs(stored.themes());
        assertThat(again.gather().income()).hasSameSizeAs(stored.income());
        assertThat(again.gather().split()).hasSameSizeAs(stored.split());
        assertThat(_find(Details.class, spec -> spec.withId("theme-0"))).hasSize(1);
        assertThat(_find(Details.class)).hasSameSizeAs(stored.themes());
        assertThat(_get(Span.class, spec -> spec.withId("plan-totals")).getText()).contains("138.800,00");
    }

    @Test
    void submittingAsksOnceMoreBecauseThePlanIsFrozenAfterwards() {
        long id = draftWithTwente();
        open(id);
        _click(_get(Button.class, spec -> spec.withId("plan-submit")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(queries.get(id).status()).as("nothing happens before the answer").isEqualTo(JaarplanStatus.DRAFT);

        _click(_get(Button.class, spec -> spec.withId("plan-submit-confirm")));
        assertThat(queries.get(id).status()).isEqualTo(JaarplanStatus.ADVICE);
        assertThat(queries.get(id).submittedVersions()).isEqualTo(1);
    }

    @Test
    void theExcelExportOfOnePlanImportsIntoAnother() {
        long source = draftWithTwente();
        PlanContent twente = queries.get(source).content();
        byte[] xlsx = exports.xlsx(source, TranslationProvider.DUTCH);
        long target = jaarplannen.create(YEARS.getAndIncrement(), "Leeg plan");
        JaarplanPage page = open(target);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-xlsx")).getText()).isEqualTo("Begroting als Excel (XLSX)");
        assertThat(_get(Upload.class, spec -> spec.withId("begroting-import")).getI18n().getAddFiles().getOne())
                .isEqualTo("Spreadsheet kiezen...");

        page.importSpreadsheet(xlsx);

        int items = twente.themes().stream().mapToInt(t -> t.items().size()).sum();
        assertThat(_get(Div.class, spec -> spec.withId("import-report")).getElement().getTextRecursively())
                .contains(items + " regels ingelezen, 0 regels niet leesbaar.");
        assertThat(page.gather().themes()).extracting(ThemePlan::name)
                .containsExactlyElementsOf(twente.themes().stream().map(ThemePlan::name).toList());
        assertThat(page.gather().themes()).extracting(ThemePlan::items)
                .containsExactlyElementsOf(twente.themes().stream().map(ThemePlan::items).toList());
    }

    @Test
    void theChartSetsEachThemesBudgetAgainstTheApprovedAssignmentsOfThePlansYear() {
        long id = draftWithTwente();
        int year = queries.get(id).year();
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-chart");
        approvedAssignment(werkgroep, "bewustwording", LocalDate.of(year, 2, 1), "1000000.00");
        approvedAssignment(werkgroep, "Samenwerking ", LocalDate.of(year, 3, 1), "100.00");
        approvedAssignment(werkgroep, "Rouw en verlies", LocalDate.of(year, 4, 1), "50.00");

        login("bestuur1");
        open(id);
        List<String> commitments = _find(Div.class, spec -> spec.withClasses("commitment-bar")).stream()
                .map(d -> d.getElement().getTextRecursively().replace('\u00A0', ' ')).toList();
        assertThat(commitments).containsExactly(
                "Toegezegd aan werkgroepopdrachten: € 1.000.000,00 (meer dan begroot)",
                "Toegezegd aan werkgroepopdrachten: € 100,00",
                "Toegezegd aan werkgroepopdrachten: € 50,00 (meer dan begroot)");
        String chart = _get(Div.class, spec -> spec.withId("cost-chart")).getElement().getTextRecursively();
        assertThat(chart).contains("Rouw en verlies (niet in dit plan)");
        assertThat(_find(Div.class, spec -> spec.withClasses("cost-bar"))).hasSize(4);
    }

    private void approvedAssignment(long werkgroep, String theme, LocalDate start, String budget) {
        login("coordinator1");
        AssignmentForm f = WerkgroepFixtures.assignment(werkgroep);
        long assignment = assignments.draft(new AssignmentForm(werkgroep, f.doel(), f.gewenstResultaat(), theme, start,
                start.plusMonths(6), List.of(), new BigDecimal(budget), f.composition()));
        approvals.approve(assignment, this::loginAs);
    }
}
