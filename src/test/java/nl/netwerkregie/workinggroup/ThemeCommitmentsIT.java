package nl.netwerkregie.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.shared.DomainException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two features meet on themes: werkgroepen and assignments are offered the jaarplan's themes, and the jaarplan
 * sees the budgets of approved assignments per theme.
 */
@Tag("persistence")
class ThemeCommitmentsIT extends IntegrationTest {

    @Autowired AssignmentService assignments;
    @Autowired AssignmentQueries queries;
    @Autowired WerkgroepService werkgroepen;
    @Autowired OrganisationService organisations;
    @Autowired JaarplanQueries jaarplanQueries;
    @Autowired AssignmentApprovals approvals;

    private long draft(long werkgroep, String theme, LocalDate start, String budget) {
        loginAs("coordinator1");
        AssignmentForm f = WerkgroepFixtures.assignment(werkgroep);
        return assignments.draft(new AssignmentForm(werkgroep, f.doel(), f.gewenstResultaat(), theme, start,
                start.plusMonths(9), List.of(), new BigDecimal(budget), f.composition()));
    }

    @Test
    void onlyApprovedAssignmentsCountInTheYearTheirTijdspadStartsWithThemesMatchedWithoutCase() {
        loginAs("coordinator1");
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-t");
        String theme = "Thema " + System.nanoTime();
        LocalDate thisYear = LocalDate.now().withDayOfMonth(1);
        long approved = draft(werkgroep, theme, thisYear, "2500.00");
        approvals.approve(approved, this::loginAs);
        long alsoApproved = draft(werkgroep, "  " + theme.toUpperCase() + " ", thisYear, "499.99");
        approvals.approve(alsoApproved, this::loginAs);
        draft(werkgroep, theme, thisYear, "10000.00"); // still before the board: not committed
        long nextYear = draft(werkgroep, theme, thisYear.plusYears(1), "700.00");
        approvals.approve(nextYear, this::loginAs);

        loginAs("bestuur1");
        Map<String, BigDecimal> committed = jaarplanQueries.committedPerTheme(thisYear.getYear());
        assertThat(committed.get(theme)).isEqualByComparingTo("2999.99");
        assertThat(jaarplanQueries.committedPerTheme(thisYear.getYear() + 1).get(theme)).isEqualByComparingTo("700.00");
        assertThat(queries.get(approved).getStatus()).isEqualTo(AssignmentStatus.ACTIVE);
    }

    @Test
    void werkgroepenAreOfferedTheJaarplansThemesFirstAndAnyOtherThemeCanBeTyped() {
        loginAs("coordinator1");
        List<String> planThemes = jaarplanQueries.all().stream()
                .filter(p -> p.year() <= LocalDate.now().getYear()).findFirst().orElseThrow()
                .content().themes().stream().map(ThemePlan::name).toList();
        assertThat(planThemes).isNotEmpty();
        long typed = werkgroepen.create(new WerkgroepForm("Werkgroep eigen thema " + System.nanoTime(), true,
                "Een eigen thema", null, null));

        List<String> offered = werkgroepen.themeSuggestions();
        assertThat(offered.subList(0, planThemes.size())).containsExactlyElementsOf(planThemes);
        assertThat(offered).contains("Een eigen thema").doesNotHaveDuplicates();
        assertThat(werkgroepen.get(typed).getTheme()).isEqualTo("Een eigen thema");

        DomainException tooLong = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> werkgroepen.create(new WerkgroepForm("Werkgroep lang thema", true, "x".repeat(301), null, null)));
        assertThat(tooLong.messageKey()).isEqualTo("werkgroep.themeTooLong");
    }
}
