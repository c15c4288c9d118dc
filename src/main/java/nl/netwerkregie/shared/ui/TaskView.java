package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.netwerkregie.shared.format.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskPage;
import nl.netwerkregie.shared.task.TaskPages;
import nl.netwerkregie.shared.task.TaskRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task: its case context on top, who works on it, the feature's form below. Those it is offered to can open
 * it: a task nobody took yet offers to take it (completing it takes it too); a task a colleague holds says who
 * and shows no form until the user takes it over. A task completed meanwhile shows a clear message and a way
 * back to the list.
 */
@Route(value = "taken/:taskId", layout = MainLayout.class)
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(TaskView.class);

    private final TaskListService tasks;
    private final TaskPages pages;
    private final List<TaskFormFactory> forms;
    private final ClaimBanner banner = new ClaimBanner(this::claim, this::takeOver);
    private final Div formSlot = new Div();
    private String taskId = "";
    private boolean formShown;
    private String title = "Netwerkregie";
    private Registration takenMeanwhile;

    TaskView(TaskListService tasks, TaskPages pages, List<TaskFormFactory> forms) {
        this.tasks = tasks;
        this.pages = pages;
        this.forms = forms;
        formSlot.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        formSlot.removeAll();
        formShown = false;
        taskId = event.getRouteParameters().get("taskId").orElse("");
        final TaskPage[] found = new TaskPage[1];
        if (!UiErrors.attempt(() -> found[0] = pages.open(taskId))) {
            add(new H2(getTranslation("task.unavailable")), backToList());
            return;
        }
        TaskRow task = found[0].task();
        String step = StepNames.of(task.taskDefinitionKey(), task.step(), this);
        title = step + " – Netwerkregie";
        H2 heading = new H2(step);
        heading.setId("task-title");
        add(heading, caseContext(task), banner, formSlot);
        show(found[0]);
    }

    /**
     * The banner as the task stands now; the form once the user may fill it in. A form already shown stays as it
     * is, also when a colleague turns out to hold the task: what the user typed is not lost.
     */
    private void show(TaskPage page) {
        banner.show(page);
        if (!page.heldByOther() && !formShown) {
            // The follow-up date is for someone who may do the task, like the form.
            formSlot.add(followUp(page.task()), formFor(page.task()));
            formShown = true;
        }
    }

    private void claim() {
        if (UiErrors.attempt(() -> tasks.claim(taskId))) {
            UiErrors.showSuccess(getTranslation("task.claimed"));
        }
        reload();
    }

    private void takeOver() {
        if (UiErrors.attempt(() -> pages.takeOver(taskId))) {
            UiErrors.showSuccess(getTranslation("task.takenOver"));
        }
        reload();
    }

    private void reload() {
        UiErrors.attempt(() -> show(pages.open(taskId)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        takenMeanwhile = ComponentUtil.addListener(event.getUI(), TaskTakenMeanwhile.class, e -> reload());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (takenMeanwhile != null) {
            takenMeanwhile.remove();
        }
    }

    private Component caseContext(TaskRow task) {
        FormLayout context = new FormLayout();
        context.setId("case-context");
        context.addFormItem(new Span(getTranslation(task.caseSummary().caseTypeKey())), getTranslation("tasks.column.caseType"));
        Component subject = task.caseSummary().route() == null ? new Span(task.caseSummary().subject())
                : new Anchor(task.caseSummary().route(), task.caseSummary().subject());
        context.addFormItem(subject, getTranslation("tasks.column.subject"));
        context.addFormItem(new Span(Formats.dateTime(task.created(), getLocale())), getTranslation("task.created"));
        if (task.due() != null) {
            DueBadge due = new DueBadge(task.due(), task.late());
            due.setId("task-due");
            context.addFormItem(due, getTranslation("tasks.column.due"));
        }
        return context;
    }

    /** My own day to look at this task again; shown in Mijn taken. */
    private Component followUp(TaskRow task) {
        DatePicker day = DatePickers.create(getTranslation("task.followUp"));
        day.setId("task-follow-up");
        day.setHelperText(getTranslation("task.followUp.help"));
        day.setValue(task.followUp());
        day.setClearButtonVisible(true);
        Button save = new Button(getTranslation("task.followUp.save"), e -> {
            if (UiErrors.attempt(() -> tasks.followUp(task.id(), day.getValue()))) {
                UiErrors.showSuccess(day.getValue() == null ? getTranslation("task.followUp.cleared")
                        : getTranslation("task.followUp.saved", Formats.date(day.getValue(), getLocale())));
            }
        });
        save.setId("task-follow-up-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(day, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Component formFor(TaskRow task) {
        Optional<TaskFormFactory> factory = forms.stream()
                .filter(f -> f.formKey().equals(task.formKey())).findFirst();
        return factory.map(f -> f.create(task, () -> completed(f, task))).orElseGet(() -> noForm(task));
    }

    /** Back to the list, telling what happened; the step is done even if saying so fails. */
    private void completed(TaskFormFactory form, TaskRow task) {
        Outcome outcome;
        try {
            outcome = form.outcome(task);
        } catch (RuntimeException e) {
            LOG.warn("No outcome for completed task {} ({}): {}", task.id(), task.formKey(), e.getMessage());
            outcome = Outcome.done(task.caseSummary().route());
        }
        Outcome told = outcome;
        getUI().ifPresent(ui -> {
            ui.navigate(MyTasksView.class);
            CompletionNotice.show(ui, told);
        });
    }

    /**
     * A step whose form key has no form: it cannot be completed here. Completing it without the feature's
     * checks and data would move the case on unseen, so the user is told and the operator finds it in the log.
     * {@code FormKeysTest} keeps every form key in processes/ covered.
     */
    private Component noForm(TaskRow task) {
        LOG.error("No form for task {} ({}, form key {}) of {}", task.id(), task.taskDefinitionKey(), task.formKey(),
                task.processDefinitionKey());
        Paragraph message = new Paragraph(getTranslation("task.noForm"));
        message.setId("task-no-form");
        return new VerticalLayout(message, backToList());
    }

    private Component backToList() {
        return new Button(getTranslation("task.backToList"), e -> getUI().ifPresent(ui -> ui.navigate(MyTasksView.class)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
