package nl.netwerkregie.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkregie.annualplan.IncomeKind;
import nl.netwerkregie.annualplan.IncomeLine;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.IdRows;
import nl.netwerkregie.workinggroup.AssignmentBudget;
import nl.netwerkregie.workinggroup.AssignmentBudgets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of the budget realisation, for coordinators and board members: a year's figures against its adopted
 * jaarplan (also what the jaarverslag shows), its entries, and what an entry may be charged to. Read records only.
 */
@Service
public class BudgetRealisationQueries {

    private final BudgetEntryRepository entries;
    private final JaarplanQueries plans;
    private final AssignmentBudgets assignments;
    private final ContributionService contributions;
    private final CurrentUser currentUser;

    BudgetRealisationQueries(BudgetEntryRepository entries, JaarplanQueries plans, AssignmentBudgets assignments,
            ContributionService contributions, CurrentUser currentUser) {
        this.entries = entries;
        this.plans = plans;
        this.assignments = assignments;
        this.contributions = contributions;
        this.currentUser = currentUser;
    }

    /** The years whose jaarplan the board adopted, the newest first: the years a realisation can be shown for. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        requireReader();
        return plans.adoptedYears();
    }

    /**
     * The year's realisation: per theme of the adopted plan begroot, besteed and resterend with a warning; per
     * approved assignment running in the year the same plus the chair's reported budget used against the recorded
     * spending; per income line of the begroting what came in (subsidy and other income as recorded here,
     * contributions as the membership feature records them). Empty when the year has no adopted plan.
     */
    @Transactional(readOnly = true)
    public Optional<YearRealisation> ofYear(int year) {
        requireReader();
        return plans.adopted(year).map(plan -> {
            List<AssignmentBudget> running = assignments.approvedIn(year);
            Map<Long, BigDecimal> spentAllYears = IdRows.byId(running.stream().map(AssignmentBudget::assignmentId)
                    .toList(), entries::spentOnAssignments, row -> (BigDecimal) row[1]);
            return RealisationFigures.of(plan, rows(year), running, spentAllYears, contributions.receivedFor(year));
        });
    }

    /** The year's entries by date. */
    @Transactional(readOnly = true)
    public List<EntryRow> entries(int year) {
        requireReader();
        return rows(year);
    }

    /** What an entry of the year may be charged to; empty lists when the year has no adopted plan. */
    @Transactional(readOnly = true)
    public EntryChoices choices(int year) {
        requireReader();
        Optional<JaarplanView> plan = plans.adopted(year);
        return new EntryChoices(
                plan.map(p -> p.content().themes().stream().map(ThemePlan::name).toList()).orElse(List.of()),
                plan.isPresent() ? assignments.approvedIn(year) : List.of(),
                plan.map(p -> p.content().income().stream().filter(l -> l.kind() != IncomeKind.CONTRIBUTIONS)
                        .map(IncomeLine::label).toList()).orElse(List.of()));
    }

    private List<EntryRow> rows(int year) {
        return entries.findByYearOrderByEntryDateAscIdAsc(year).stream().map(BudgetEntry::row).toList();
    }

    private void requireReader() {
        currentUser.require(Role.COORDINATOR, Role.BOARD_MEMBER);
    }
}
