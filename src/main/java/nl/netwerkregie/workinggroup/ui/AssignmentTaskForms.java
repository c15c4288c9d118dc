package nl.netwerkregie.workinggroup.ui;

import java.util.List;
import java.time.Clock;
import nl.netwerkregie.shared.ui.DueBadge;
import nl.netwerkregie.shared.ui.Outcome;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.workinggroup.Assignment;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.AssignmentVersion;
import nl.netwerkregie.workinggroup.WerkgroepService;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task forms of the assignment process, one {@link TaskFormFactory} bean per form key. */
@Configuration
class AssignmentTaskForms {

    /** "Opdracht herzien": the rejected version with the board's remarks, and the editor to revise it. */
    @Bean
    TaskFormFactory reviseAssignmentForm(AssignmentService assignments, AssignmentQueries queries,
            WerkgroepService werkgroepen) {
        return factory(WerkgroepAssignmentProcess.FORM_REVISE, (task, done) -> {
            long id = Long.parseLong(task.businessKey());
            Assignment assignment = queries.get(id);
            AssignmentVersion rejected = queries.currentVersion(id);
            VerticalLayout form = form();
            Paragraph hint = new Paragraph(form.getTranslation("werkgroep.assignment.reviseHint"));
            Paragraph remarks = VersionSummary.text(rejected.getBoardRemarks() == null
                    ? form.getTranslation("werkgroep.assignment.noRemarks") : rejected.getBoardRemarks());
            remarks.setId("revise-board-remarks");
            AssignmentEditor editor = new AssignmentEditor(null, assignment.getWerkgroepId(),
                    rejected.toForm(assignment.getWerkgroepId()), werkgroepen.themeSuggestions());
            Button submit = new Button(form.getTranslation("werkgroep.assignment.submit"));
            submit.setId("submit-revision");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                if (editor.submit(revised -> assignments.revise(task.id(), revised))) {
                    done.run();
                }
            });
            form.add(hint, new H3(form.getTranslation("werkgroep.assignment.boardRemarks")), remarks, editor, submit);
            return form;
        });
    }

    /** "Voortgang rapporteren": the assignment as approved, and the report in its format. */
    @Bean
    TaskFormFactory reportProgressForm(AssignmentService assignments, AssignmentQueries queries, Clock clock) {
        return factory(WerkgroepAssignmentProcess.FORM_REPORT, (task, done) -> {
            long id = Long.parseLong(task.businessKey());
            VerticalLayout form = form();
            H3 due = new H3(form.getTranslation("werkgroep.report.due") + " ");
            DueBadge date = new DueBadge(queries.nextReportDue(id), java.time.LocalDate.now(clock));
            date.setId("report-due");
            due.add(date);
            form.add(due);
            form.add(new VersionSummary(queries.currentVersion(id), false));
            ReportEditor editor = new ReportEditor();
            Button submit = new Button(form.getTranslation("werkgroep.report.submit"));
            submit.setId("submit-report");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                if (editor.submit(report -> assignments.submitReport(task.id(), report))) {
                    done.run();
                }
            });
            form.add(editor, submit);
            return form;
        }, task -> new Outcome("outcome.report", List.of(), "opdrachten/" + task.businessKey(),
                "outcome.toAssignment"));
    }

    /** "Rapportage beoordelen": the coordinator reads the report and accepts it or asks a question. */
    @Bean
    TaskFormFactory reviewReportForm(AssignmentService assignments, AssignmentQueries queries, UserDirectory users) {
        return factory(WerkgroepAssignmentProcess.FORM_REVIEW_REPORT, (task, done) -> {
            long id = Long.parseLong(task.businessKey());
            VerticalLayout form = form();
            form.add(new ReportSummary(queries.latestReport(id), users));
            RadioButtonGroup<Boolean> verdict = new RadioButtonGroup<>(form.getTranslation("werkgroep.report.review"));
            verdict.setId("review-verdict");
            verdict.setItems(true, false);
            verdict.setItemLabelGenerator(b -> form.getTranslation(b ? "werkgroep.report.accept" : "werkgroep.report.ask"));
            TextArea question = new TextArea(form.getTranslation("werkgroep.report.question"));
            question.setId("review-question");
            question.setWidthFull();
            question.setMaxLength(4000);
            question.setVisible(false);
            verdict.addValueChangeListener(e -> question.setVisible(Boolean.FALSE.equals(e.getValue())));
            Button submit = new Button(form.getTranslation("werkgroep.report.reviewSubmit"));
            submit.setId("submit-review");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                verdict.setInvalid(false);
                question.setInvalid(false);
                if (verdict.getValue() == null) {
                    verdict.setErrorMessage(form.getTranslation("werkgroep.report.decisionRequired"));
                    verdict.setInvalid(true);
                    return;
                }
                boolean[] atField = {false};
                boolean ok = UiErrors.attempt(() -> {
                    try {
                        assignments.reviewReport(task.id(), verdict.getValue(), question.getValue());
                    } catch (DomainException ex) {
                        if (!"werkgroep.report.questionRequired".equals(ex.messageKey())) {
                            throw ex;
                        }
                        question.setErrorMessage(form.getTranslation(ex.messageKey()));
                        question.setInvalid(true);
                        atField[0] = true;
                    }
                });
                if (ok && !atField[0]) {
                    done.run();
                }
            });
            form.add(verdict, question, submit);
            return form;
        });
    }

    /** "Vraag beantwoorden": the chair answers the coordinator's question in the same report. */
    @Bean
    TaskFormFactory answerQuestionForm(AssignmentService assignments, AssignmentQueries queries,
            UserDirectory users) {
        return factory(WerkgroepAssignmentProcess.FORM_ANSWER, (task, done) -> {
            long id = Long.parseLong(task.businessKey());
            VerticalLayout form = form();
            form.add(new ReportSummary(queries.latestReport(id), users));
            TextArea answer = new TextArea(form.getTranslation("werkgroep.report.answer"));
            answer.setId("answer-text");
            answer.setWidthFull();
            answer.setMaxLength(4000);
            answer.setRequired(true);
            Button submit = new Button(form.getTranslation("werkgroep.report.answerSubmit"));
            submit.setId("submit-answer");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                if (answer.getValue().isBlank()) {
                    answer.setErrorMessage(form.getTranslation("werkgroep.report.answerRequired"));
                    answer.setInvalid(true);
                    return;
                }
                if (UiErrors.attempt(() -> assignments.answerQuestion(task.id(), answer.getValue()))) {
                    done.run();
                }
            });
            form.add(answer, submit);
            return form;
        });
    }

    /** "Voortgang navragen": the report is late; the coordinator records what was asked or agreed. */
    @Bean
    TaskFormFactory chaseUpForm(AssignmentService assignments, AssignmentQueries queries) {
        return factory(WerkgroepAssignmentProcess.FORM_CHASE_UP, (task, done) -> {
            long id = Long.parseLong(task.businessKey());
            VerticalLayout form = form();
            form.add(new Paragraph(form.getTranslation("werkgroep.chaseUp.hint")),
                    new H3(form.getTranslation("werkgroep.report.due") + " "
                            + Formats.date(queries.nextReportDue(id), com.vaadin.flow.component.UI.getCurrent().getLocale())),
                    new VersionSummary(queries.currentVersion(id), false));
            TextArea note = new TextArea(form.getTranslation("werkgroep.chaseUp.note"));
            note.setId("chase-up-note");
            note.setWidthFull();
            note.setMaxLength(2000);
            note.setRequired(true);
            Button submit = new Button(form.getTranslation("werkgroep.chaseUp.submit"));
            submit.setId("submit-chase-up");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                if (note.getValue().isBlank()) {
                    note.setErrorMessage(form.getTranslation("werkgroep.chaseUp.noteRequired"));
                    note.setInvalid(true);
                    return;
                }
                if (UiErrors.attempt(() -> assignments.chaseUp(task.id(), note.getValue()))) {
                    done.run();
                }
            });
            form.add(note, submit);
            return form;
        });
    }

    private static VerticalLayout form() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        return form;
    }

    interface FormBuilder {
        Component build(TaskRow task, Runnable afterCompletion);
    }

    private static TaskFormFactory factory(String formKey, FormBuilder builder) {
        return factory(formKey, builder, task -> Outcome.done(task.caseSummary().route()));
    }

    private static TaskFormFactory factory(String formKey, FormBuilder builder,
            java.util.function.Function<TaskRow, Outcome> outcome) {
        return new TaskFormFactory() {
            @Override
            public Outcome outcome(TaskRow task) {
                return outcome.apply(task);
            }

            @Override
            public String formKey() {
                return formKey;
            }

            @Override
            public Component create(TaskRow task, Runnable afterCompletion) {
                return builder.build(task, afterCompletion);
            }
        };
    }
}
