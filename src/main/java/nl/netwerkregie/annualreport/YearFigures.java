package nl.netwerkregie.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a jaarverslag, compiled from the year's data: live while the report is a draft, kept as JSON
 * from the moment it is submitted, so the board adopts what it saw and the PDF shows what was adopted. Records
 * of plain values only, so that a saved report reads back whatever the features change later.
 *
 * @param plan null when the year has no adopted jaarplan
 */
public record YearFigures(int year, String networkName, LocalDate compiledOn, Members members,
        List<Decision> decisions, List<Werkgroep> werkgroepen, Plan plan, Finances finances,
        List<Evaluation> evaluations) {

    /** @param date the day it took effect (for an ending: the last day of membership) */
    public record MemberChange(String organisation, LocalDate date, String reason) {
    }

    public record Members(int atStart, int atEnd, List<MemberChange> admitted, List<MemberChange> trialsCompleted,
            List<MemberChange> ended) {
    }

    /** @param outcome {@code ADOPTED}, {@code REJECTED}, or null while it is open */
    public record Decision(LocalDate date, String subject, String outcome, int yes, int no, int abstain) {
    }

    /** @param closedOn null while the assignment runs */
    public record Assignment(String doel, String gewenstResultaat, String achieved, BigDecimal budget,
            BigDecimal budgetUsed, LocalDate closedOn) {
    }

    public record Werkgroep(String name, List<Assignment> assignments) {
    }

    /** @param spent null where nothing was recorded */
    public record Theme(String name, String activities, BigDecimal budgeted, BigDecimal spent) {
    }

    public record Plan(String title, List<Theme> themes, BigDecimal totalBudgeted, BigDecimal totalSpent) {
    }

    /**
     * @param contributionsDue      what the members owed for the year
     * @param contributionsReceived what came in (recorded payments)
     * @param outstanding           members that paid nothing or too little
     * @param subsidyBudgeted       the begroting's subsidy, null without an adopted plan
     * @param subsidyReceived       recorded as received, null when nothing was recorded
     */
    public record Finances(BigDecimal contributionsDue, BigDecimal contributionsReceived, int outstanding,
            BigDecimal subsidyBudgeted, BigDecimal subsidyReceived) {
    }

    /** One of the year's evaluations in a line: the yearly evaluation of the cooperation, a member's self-evaluation. */
    public record Evaluation(String kind, String subject, LocalDate date, String summary) {
    }
}
