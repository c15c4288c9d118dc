package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiFunction;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.selfevaluation.SelfEvaluationQueries;
import nl.netwerkregie.selfevaluation.SelfEvaluationResult;
import nl.netwerkregie.selfevaluation.SelfEvaluationService;
import nl.netwerkregie.selfevaluation.process.SelfEvaluationProcess;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task forms of the self-evaluation process, one {@link TaskFormFactory} bean per form key. */
@Configuration
class SelfEvaluationTaskForms {

    /** "Zelfevaluatie invullen": the member's contact person scores the statements, in as many sittings as needed. */
    @Bean
    TaskFormFactory fillInSelfEvaluationForm(SelfEvaluationService service, SelfEvaluationQueries queries) {
        return factory(SelfEvaluationProcess.FORM_FILL_IN, (task, done) ->
                new FillInForm(queries.result(caseOf(task)), task.id(), service, done));
    }

    /** "Resultaat zelfevaluatie bespreken": the coordinator reads the result and notes what was discussed. */
    @Bean
    TaskFormFactory reviewSelfEvaluationForm(SelfEvaluationService service, SelfEvaluationQueries queries,
            UserDirectory users) {
        return factory(SelfEvaluationProcess.FORM_REVIEW, (task, done) -> {
            SelfEvaluationResult result = queries.result(caseOf(task));
            VerticalLayout form = form();
            form.add(new ResultPanel(result, result.submittedBy() == null ? "" : users.displayName(result.submittedBy())));
            TextArea note = new TextArea(form.getTranslation("selfevaluation.review.note"));
            note.setId("selfevaluation-review-note");
            note.setWidthFull();
            note.setMaxLength(4000);
            Button submit = new Button(form.getTranslation("selfevaluation.review.submit"), e -> {
                if (UiErrors.attempt(() -> service.discuss(task.id(), note.getValue()))) {
                    done.run();
                }
            });
            submit.setId("selfevaluation-review-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(note, submit);
            return form;
        });
    }

    /** "Zelfevaluatie navragen of sluiten": the deadline passed; a new deadline, or close it with a note. */
    @Bean
    TaskFormFactory chaseUpSelfEvaluationForm(SelfEvaluationService service, SelfEvaluationQueries queries) {
        return factory(SelfEvaluationProcess.FORM_CHASE_UP, (task, done) -> {
            SelfEvaluationResult result = queries.result(caseOf(task));
            VerticalLayout form = form();
            long scored = result.lines().stream().filter(l -> l.score() != null).count();
            form.add(new Paragraph(form.getTranslation("selfevaluation.chaseUp.intro", result.organisationName(),
                    Formats.date(result.deadline(), UI.getCurrent().getLocale()), scored, result.lines().size())));
            DatePicker deadline = DatePickers.create(form.getTranslation("selfevaluation.chaseUp.newDeadline"));
            deadline.setId("selfevaluation-new-deadline");
            TextArea note = new TextArea(form.getTranslation("selfevaluation.chaseUp.note"));
            note.setId("selfevaluation-close-note");
            note.setWidthFull();
            note.setMaxLength(4000);
            Button extend = new Button(form.getTranslation("selfevaluation.chaseUp.extend"), e -> {
                if (deadline.getValue() == null) {
                    deadline.setErrorMessage(form.getTranslation("selfevaluation.chaseUp.deadlineRequired"));
                    deadline.setInvalid(true);
                    return;
                }
                if (UiErrors.attempt(() -> service.chaseUp(task.id(), deadline.getValue(), null))) {
                    done.run();
                }
            });
            extend.setId("selfevaluation-extend");
            extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button close = new Button(form.getTranslation("selfevaluation.chaseUp.close"), e -> {
                if (UiErrors.attempt(() -> service.chaseUp(task.id(), null, note.getValue()))) {
                    done.run();
                }
            });
            close.setId("selfevaluation-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            form.add(deadline, extend, note, new HorizontalLayout(close));
            return form;
        });
    }

    private static long caseOf(TaskRow task) {
        return Long.parseLong(task.businessKey());
    }

    private static VerticalLayout form() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        return form;
    }

    private static TaskFormFactory factory(String formKey, BiFunction<TaskRow, Runnable, Component> builder) {
        return new TaskFormFactory() {
            @Override
            public String formKey() {
                return formKey;
            }

            @Override
            public Component create(TaskRow task, Runnable afterCompletion) {
                return builder.apply(task, afterCompletion);
            }
        };
    }
}
