package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.netwerkregie.board.BoardDecision;
import nl.netwerkregie.shared.format.Formats;

/** The decision as a board member reads it before voting: subject, question, proposal, deadline, outcome. */
class DecisionSummary extends FormLayout {

    DecisionSummary(BoardDecision d) {
        getStyle().set("--vaadin-form-item-label-width", "13em");
        setId("decision-summary");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        Span question = new Span(d.getQuestion());
        question.setId("decision-question");
        Paragraph proposal = new Paragraph(d.getProposal());
        proposal.setId("decision-proposal");
        proposal.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        addFormItem(new Span(d.getSubject()), getTranslation("board.column.subject"));
        addFormItem(question, getTranslation("board.question"));
        addFormItem(proposal, getTranslation("board.proposal"));
        addFormItem(new Span(Formats.deadline(d.getDeadline(), getLocale())), getTranslation("board.deadline"));
        Span status = new Span(getTranslation("board.status." + d.getStatus())
                + (d.getOutcome() == null ? "" : " – " + getTranslation("board.outcome." + d.getOutcome())));
        status.setId("decision-status");
        addFormItem(status, getTranslation("board.column.status"));
        if (d.getOutcome() != null) {
            addFormItem(new Span(getTranslation("board.tally", d.getYesCount(), d.getNoCount(), d.getAbstainCount(),
                    d.getRecusedCount())), getTranslation("board.column.tally"));
        }
    }
}
