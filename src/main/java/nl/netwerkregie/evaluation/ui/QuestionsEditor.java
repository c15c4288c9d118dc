package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.evaluation.Question;
import nl.netwerkregie.evaluation.QuestionKind;

/**
 * A list of questions to edit: each its kind (open, or scored 1-5) and its text, removable, and one added at the
 * end. What it holds is what was typed, whatever the service later says about it.
 */
class QuestionsEditor extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    QuestionsEditor(List<Question> questions) {
        setPadding(false);
        list.setPadding(false);
        questions.forEach(this::addRow);
        Button add = new Button(getTranslation("evaluation.questions.add"), e -> addRow(new Question(QuestionKind.SCALE, "")));
        add.setId("evaluation-question-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    List<Question> questions() {
        return rows.stream().map(r -> new Question(r.kind.getValue(), r.text.getValue())).toList();
    }

    private void addRow(Question question) {
        Row row = new Row(question);
        rows.add(row);
        list.add(row.layout);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number.setText((i + 1) + ".");
            rows.get(i).text.setId("evaluation-question-text-" + i);
            rows.get(i).kind.setId("evaluation-question-kind-" + i);
        }
    }

    private final class Row {
        final Span number = new Span();
        final Select<QuestionKind> kind = new Select<>();
        final TextArea text = new TextArea();
        final FlexLayout layout = new FlexLayout();

        Row(Question question) {
            kind.setLabel(getTranslation("evaluation.question.kind"));
            kind.setItems(QuestionKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("evaluation.kind." + k));
            kind.setValue(question.kind());
            text.setLabel(getTranslation("evaluation.question.text"));
            text.setValue(question.text() == null ? "" : question.text());
            text.setMaxLength(500);
            text.setWidth("min(100%, 40em)");
            Button remove = new Button(getTranslation("evaluation.questions.remove"), e -> {
                rows.remove(this);
                list.remove(layout);
                renumber();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            layout.add(number, kind, text, remove);
            layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.getStyle().set("gap", "var(--lumo-space-s)");
            layout.setWidthFull();
        }
    }
}
