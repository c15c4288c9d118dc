package nl.netwerkregie.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.annualplan.IncomeKind;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.theme.ThemeCommitments;
import nl.netwerkregie.workinggroup.AssignmentBudget;
import nl.netwerkregie.workinggroup.AssignmentBudgets;
import org.springframework.stereotype.Component;

/**
 * What an entry must be: a date (not in the future) in a year whose jaarplan the board adopted; a positive amount
 * in whole cents; a description. Spending names a theme of that plan and, optionally, an approved assignment of
 * that theme running in the year; income names a subsidy or other income line of the plan's begroting
 * (contributions come from the membership feature). Each refusal is a {@link DomainException} whose key names the
 * field.
 */
@Component
class EntryRules {

    static final int MAX_DESCRIPTION = 500;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");

    private final JaarplanQueries plans;
    private final AssignmentBudgets assignments;
    private final Clock clock;

    EntryRules(JaarplanQueries plans, AssignmentBudgets assignments, Clock clock) {
        this.plans = plans;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** The form checked, with names as the plan writes them. */
    EntryForm check(EntryForm form) {
        if (form.kind() == null) {
            throw new DomainException("budget.kindRequired");
        }
        LocalDate date = form.date();
        if (date == null) {
            throw new DomainException("budget.dateRequired");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DomainException("budget.dateInFuture");
        }
        BigDecimal amount = amount(form.amount());
        String description = Texts.require(form.description(), MAX_DESCRIPTION, "budget.descriptionRequired");
        JaarplanView plan = plans.adopted(date.getYear())
                .orElseThrow(() -> new DomainException("budget.noAdoptedPlan", String.valueOf(date.getYear())));
        if (form.kind() == EntryKind.INCOME) {
            return EntryForm.income(date, amount, description, incomeLine(plan, form.incomeLine()));
        }
        String theme = theme(plan, form.theme());
        return EntryForm.spending(date, amount, description, theme, assignment(form.assignmentId(), theme, date));
    }

    private static BigDecimal amount(BigDecimal amount) {
        if (amount == null) {
            throw new DomainException("budget.amountRequired");
        }
        if (amount.signum() <= 0) {
            throw new DomainException("budget.amountPositive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainException("budget.amountCents");
        }
        if (amount.compareTo(MAX_AMOUNT) >= 0) {
            throw new DomainException("budget.amountTooLarge");
        }
        return amount.setScale(2);
    }

    private static String theme(JaarplanView plan, String theme) {
        if (Texts.isBlank(theme)) {
            throw new DomainException("budget.themeRequired");
        }
        return plan.content().themes().stream().map(ThemePlan::name)
                .filter(name -> ThemeCommitments.key(name).equals(ThemeCommitments.key(theme))).findFirst()
                .orElseThrow(() -> new DomainException("budget.themeNotInPlan", theme.strip(),
                        String.valueOf(plan.year())));
    }

    private Long assignment(Long assignmentId, String theme, LocalDate date) {
        if (assignmentId == null) {
            return null;
        }
        AssignmentBudget assignment = assignments.approvedIn(date.getYear()).stream()
                .filter(a -> a.assignmentId() == assignmentId).findFirst()
                .orElseThrow(() -> new DomainException("budget.assignmentNotRunning", String.valueOf(assignmentId)));
        if (!ThemeCommitments.key(assignment.theme()).equals(ThemeCommitments.key(theme))) {
            throw new DomainException("budget.assignmentOtherTheme", String.valueOf(assignment.theme()), theme);
        }
        return assignmentId;
    }

    private static String incomeLine(JaarplanView plan, String label) {
        if (Texts.isBlank(label)) {
            throw new DomainException("budget.incomeLineRequired");
        }
        return plan.content().income().stream().filter(l -> l.kind() != IncomeKind.CONTRIBUTIONS)
                .map(l -> l.label()).filter(l -> l != null && l.strip().equalsIgnoreCase(label.strip())).findFirst()
                .orElseThrow(() -> new DomainException("budget.incomeLineNotInPlan", label.strip()));
    }
}
