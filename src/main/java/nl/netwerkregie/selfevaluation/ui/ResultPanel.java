package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import nl.netwerkregie.selfevaluation.SelfEvaluationResult;
import nl.netwerkregie.shared.format.Formats;

/** A self-evaluation's result: when it came in, the average per section, and each answer with its remark. */
class ResultPanel extends VerticalLayout {

    ResultPanel(SelfEvaluationResult result, String submittedByName) {
        setPadding(false);
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Paragraph state = new Paragraph(getTranslation("selfevaluation.state." + result.state()) + " · "
                + (result.submittedAt() == null
                        ? getTranslation("selfevaluation.result.deadline", Formats.date(result.deadline(), locale))
                        : getTranslation("selfevaluation.result.submitted", Formats.date(result.submittedAt(), locale),
                                submittedByName)));
        state.setId("selfevaluation-state");
        add(state);
        add(new H3(getTranslation("selfevaluation.result.averages")),
                new ScoreChart("selfevaluation-averages", result.averages(), locale));
        Grid<SelfEvaluationResult.Line> answers = new Grid<>();
        answers.setId("selfevaluation-answers");
        answers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        answers.addColumn(SelfEvaluationResult.Line::number).setHeader(getTranslation("selfevaluation.result.number"))
                .setFlexGrow(0).setWidth("4.5em");
        answers.addColumn(SelfEvaluationResult.Line::statement)
                .setHeader(getTranslation("selfevaluation.result.statement")).setFlexGrow(3);
        answers.addColumn(l -> l.score() == null ? "–" : getTranslation("selfevaluation.score." + l.score()))
                .setHeader(getTranslation("selfevaluation.result.score")).setFlexGrow(1);
        answers.addColumn(l -> l.remark() == null ? "" : l.remark())
                .setHeader(getTranslation("selfevaluation.result.remark")).setFlexGrow(2);
        answers.setItems(result.lines());
        answers.setAllRowsVisible(true);
        add(new H3(getTranslation("selfevaluation.result.answers")), answers);
        if (result.reviewNote() != null) {
            add(new Paragraph(getTranslation("selfevaluation.result.reviewNote", result.reviewNote())));
        }
        if (result.closedNote() != null) {
            add(new Paragraph(getTranslation("selfevaluation.result.closedNote", result.closedNote())));
        }
    }
}
