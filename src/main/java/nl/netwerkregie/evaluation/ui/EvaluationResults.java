package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.netwerkregie.evaluation.EvaluationDetail;
import nl.netwerkregie.evaluation.EvaluationOfYear;
import nl.netwerkregie.evaluation.QuestionKind;
import nl.netwerkregie.evaluation.QuestionResult;
import nl.netwerkregie.shared.format.Formats;

/** The submitted answers per question: for a scale question the average and how many gave each score, then the texts. */
class EvaluationResults extends VerticalLayout {

    EvaluationResults(EvaluationDetail detail) {
        setPadding(false);
        setId("evaluation-results");
        EvaluationOfYear o = detail.overview();
        Paragraph rate = new Paragraph(getTranslation("evaluation.responseRate", o.answered(), o.respondents(),
                o.responseRate()));
        rate.setId("evaluation-response-rate");
        add(new H3(getTranslation("evaluation.results")), rate);
        for (QuestionResult r : detail.results()) {
            Div block = new Div();
            block.setId("evaluation-result-" + r.number());
            block.add(new Paragraph(new Span(r.number() + ". "), new Span(r.text())));
            if (r.kind() == QuestionKind.SCALE) {
                String average = r.average() == null ? getTranslation("evaluation.noScores")
                        : Formats.number(BigDecimal.valueOf(r.average()).setScale(1, RoundingMode.HALF_UP), getLocale());
                StringBuilder counts = new StringBuilder();
                for (int s = 0; s < r.scores().size(); s++) {
                    counts.append(s == 0 ? "" : " · ").append(s + 1).append(": ").append(r.scores().get(s));
                }
                block.add(new Paragraph(getTranslation("evaluation.average", average, r.answers(), counts.toString())));
            }
            if (!r.texts().isEmpty()) {
                UnorderedList texts = new UnorderedList();
                r.texts().forEach(t -> texts.add(new ListItem(t)));
                block.add(texts);
            }
            add(block);
        }
    }
}
