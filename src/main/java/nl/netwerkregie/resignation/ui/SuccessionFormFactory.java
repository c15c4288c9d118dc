package nl.netwerkregie.resignation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.netwerkregie.resignation.MembershipEnding;
import nl.netwerkregie.resignation.ResignationQueries;
import nl.netwerkregie.resignation.ResignationService;
import nl.netwerkregie.resignation.process.EndingProcesses;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Opvolging regelen": a seat of the former member needs a successor; the coordinator notes how it is arranged. */
@org.springframework.stereotype.Component
class SuccessionFormFactory implements TaskFormFactory {

    private final ResignationService endings;
    private final ResignationQueries queries;

    SuccessionFormFactory(ResignationService endings, ResignationQueries queries) {
        this.endings = endings;
        this.queries = queries;
    }

    @Override
    public String formKey() {
        return EndingProcesses.FORM_SUCCESSION;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        MembershipEnding ending = queries.endingOf(task);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        H3 seat = new H3(endings.seatOfTask(task.id()));
        seat.setId("succession-seat");
        TextArea note = new TextArea(form.getTranslation("resign.succession.note"));
        note.setId("succession-note");
        note.setWidthFull();
        note.setMaxLength(4000);
        Button done = new Button(form.getTranslation("resign.succession.submit"));
        done.setId("succession-submit");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            if (UiErrors.attempt(() -> endings.arrangeSuccession(task.id(), note.getValue()))) {
                afterCompletion.run();
            }
        });
        form.add(seat, new Paragraph(form.getTranslation("resign.succession.intro",
                queries.organisationOf(ending).getName())), note, done);
        return form;
    }
}
