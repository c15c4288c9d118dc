package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.format.Formats;

/**
 * The rules an assignment and a report must follow before they are stored. Kept apart from the commands so that
 * the draft and the revision check exactly the same things.
 */
final class AssignmentRules {

    /** The longest free text of an assignment or a report (doel, resultaat, voortgang, a question, an answer). */
    static final int MAX_TEXT = 4000;
    private static final int MAX_COMPOSITION = 2000;
    private static final int MAX_MILESTONE = 500;

    private AssignmentRules() {
    }

    /** Doel and gewenst resultaat filled, end not before start, milestones within the tijdspad. */
    static void check(AssignmentForm form) {
        if (form.werkgroepId() == null) {
            throw new DomainException("werkgroep.assignment.werkgroepRequired");
        }
        Texts.require(form.doel(), MAX_TEXT, "werkgroep.assignment.doelRequired");
        Texts.require(form.gewenstResultaat(), MAX_TEXT, "werkgroep.assignment.resultRequired");
        if (form.startDate() == null) {
            throw new DomainException("werkgroep.assignment.startRequired");
        }
        if (form.endDate() == null) {
            throw new DomainException("werkgroep.assignment.endRequired");
        }
        if (form.endDate().isBefore(form.startDate())) {
            throw new DomainException("werkgroep.assignment.endBeforeStart");
        }
        for (int i = 0; i < form.milestones().size(); i++) {
            checkMilestone(form, i);
        }
        if (form.budget() != null && form.budget().signum() < 0) {
            throw new DomainException("werkgroep.assignment.budgetNegative");
        }
        if (form.composition() != null && form.composition().length() > MAX_COMPOSITION) {
            throw new DomainException("validation.tooLong");
        }
        if (form.theme() != null && form.theme().strip().length() > Werkgroep.MAX_THEME) {
            throw new DomainException("werkgroep.themeTooLong", Werkgroep.MAX_THEME);
        }
    }

    /** A report: a status, the progress (or the result, for the final report) filled, no negative budget. */
    static void check(ReportForm form) {
        if (form.status() == null) {
            throw new DomainException("werkgroep.report.statusRequired");
        }
        Texts.require(form.progress(), MAX_TEXT, form.finalReport() ? "werkgroep.report.resultRequired"
                : "werkgroep.report.progressRequired");
        for (String text : new String[] {form.nextSteps(), form.problems()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new DomainException("validation.tooLong");
            }
        }
        BigDecimal used = form.budgetUsed();
        if (used != null && used.signum() < 0) {
            throw new DomainException("werkgroep.report.budgetNegative");
        }
    }

    /** Milestone i (0-based; the message counts from 1) is complete, short enough and within the tijdspad. */
    private static void checkMilestone(AssignmentForm form, int i) {
        Milestone milestone = form.milestones().get(i);
        if (milestone.dueDate() == null || Texts.isBlank(milestone.description())) {
            throw new DomainException("werkgroep.assignment.milestoneIncomplete", i + 1);
        }
        if (milestone.description().length() > MAX_MILESTONE) {
            throw new DomainException("validation.tooLong");
        }
        if (milestone.dueDate().isBefore(form.startDate()) || milestone.dueDate().isAfter(form.endDate())) {
            throw new DomainException("werkgroep.assignment.milestoneOutsideTimeline", i + 1,
                    Formats.dutchDate(form.startDate()), Formats.dutchDate(form.endDate()));
        }
    }
}
