package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Termijn verlengen of agenderen": nobody voted before the deadline; the coordinator decides how to go on. */
@org.springframework.stereotype.Component
class NoVotesFormFactory implements TaskFormFactory {

    static final String EXTEND = "extend";
    static final String AGENDA = "agenda";
    private final BoardDecisionService decisions;
    private final VotingService voting;
    private final Clock clock;

    NoVotesFormFactory(BoardDecisionService decisions, VotingService voting, Clock clock) {
        this.decisions = decisions;
        this.voting = voting;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return BoardDecisionProcess.FORM_NO_VOTES;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        long decisionId = Long.parseLong(task.businessKey());
        VerticalLayout form = new VerticalLayout(new DecisionSummary(decisions.get(decisionId)));
        form.setPadding(false);
        RadioButtonGroup<String> how = new RadioButtonGroup<>(form.getTranslation("board.noVotes.how"));
        how.setId("no-votes-choice");
        how.setItems(EXTEND, AGENDA);
        how.setItemLabelGenerator(v -> form.getTranslation("board.noVotes." + v));
        how.setValue(EXTEND);
        DatePicker until = DatePickers.create(form.getTranslation("board.noVotes.newDeadline"));
        until.setId("new-deadline");
        until.setMin(LocalDate.now(clock).plusDays(1));
        until.setValue(LocalDate.now(clock).plusDays(7));
        how.addValueChangeListener(e -> until.setEnabled(EXTEND.equals(e.getValue())));
        Button go = new Button(form.getTranslation("action.confirm"));
        go.setId("handle-no-votes");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> {
            boolean agenda = AGENDA.equals(how.getValue());
            var deadline = agenda || until.getValue() == null ? null
                    : until.getValue().atTime(LocalTime.of(23, 59)).atZone(clock.getZone()).toInstant();
            if (UiErrors.attempt(() -> voting.handleNoVotes(decisionId, task.id(), agenda, deadline))) {
                afterCompletion.run();
            }
        });
        form.add(how, until, go);
        return form;
    }
}
