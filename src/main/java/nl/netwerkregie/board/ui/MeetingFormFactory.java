package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.netwerkregie.board.BoardDecision;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Vergaderbesluit vastleggen": the secretary or a coordinator records a board meeting's decision: date,
 * who was present, each one's vote. The outcome follows from the votes.
 */
@org.springframework.stereotype.Component
class MeetingFormFactory implements TaskFormFactory {

    private final BoardDecisionService decisions;
    private final VotingService voting;
    private final UserDirectory users;
    private final Clock clock;

    MeetingFormFactory(BoardDecisionService decisions, VotingService voting, UserDirectory users, Clock clock) {
        this.decisions = decisions;
        this.voting = voting;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return BoardDecisionProcess.FORM_MEETING;
    }

    /** One voting member's line: present?, vote, reason. */
    record MemberLine(Checkbox present, RadioButtonGroup<VoteChoice> vote, TextField reason) {
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        long decisionId = Long.parseLong(task.businessKey());
        BoardDecision decision = decisions.get(decisionId);
        VerticalLayout form = new VerticalLayout(new DecisionSummary(decision));
        form.setPadding(false);
        DatePicker date = DatePickers.create(form.getTranslation("board.meetingDate"));
        date.setId("meeting-date");
        date.setMax(LocalDate.now(clock));
        date.setRequiredIndicatorVisible(true);
        // Most meetings: everyone there and everyone in favour. Two clicks instead of two per member (issue 16);
        // the secretary then changes the few who were absent or voted otherwise. Nothing already set is undone.
        Button allPresent = new Button(form.getTranslation("board.meeting.allPresent"));
        allPresent.setId("meeting-all-present");
        Button allInFavour = new Button(form.getTranslation("board.meeting.allInFavour"));
        allInFavour.setId("meeting-all-in-favour");
        HorizontalLayout shortcuts = new HorizontalLayout(allPresent, allInFavour);
        form.add(date, new H3(form.getTranslation("board.membersPresent")), shortcuts);

        Map<String, MemberLine> lines = new LinkedHashMap<>();
        for (String member : decision.getVotingMembers()) {
            Checkbox present = new Checkbox(users.displayName(member));
            present.setId("present-" + member);
            present.setWidth("14em");
            RadioButtonGroup<VoteChoice> vote = new RadioButtonGroup<>();
            vote.setId("vote-" + member);
            vote.setItems(VoteChoice.values());
            vote.setItemLabelGenerator(c -> form.getTranslation("board.vote." + c));
            vote.setEnabled(false);
            TextField reason = new TextField();
            reason.setPlaceholder(form.getTranslation("board.reason"));
            reason.setAriaLabel(form.getTranslation("board.reasonOf", users.displayName(member)));
            reason.setEnabled(false);
            present.addValueChangeListener(e -> {
                vote.setEnabled(e.getValue());
                reason.setEnabled(e.getValue());
            });
            lines.put(member, new MemberLine(present, vote, reason));
            HorizontalLayout row = new HorizontalLayout(present, vote, reason);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.add(row);
        }

        allPresent.addClickListener(e -> lines.values().forEach(line -> line.present().setValue(true)));
        allInFavour.addClickListener(e -> lines.values().stream().filter(line -> line.present().getValue())
                .filter(line -> line.vote().getValue() == null).forEach(line -> line.vote().setValue(VoteChoice.YES)));

        Button record = new Button(form.getTranslation("board.recordMeeting"));
        record.setId("record-meeting");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> {
            Map<String, VoteChoice> votes = new LinkedHashMap<>();
            Map<String, String> reasons = new HashMap<>();
            boolean complete = true;
            for (var entry : lines.entrySet()) {
                MemberLine line = entry.getValue();
                if (line.present().getValue()) {
                    if (line.vote().getValue() == null) {
                        line.vote().setErrorMessage(form.getTranslation("board.choiceRequired"));
                        line.vote().setInvalid(true);
                        complete = false;
                    } else {
                        line.vote().setInvalid(false);
                        votes.put(entry.getKey(), line.vote().getValue());
                        reasons.put(entry.getKey(), line.reason().getValue());
                    }
                }
            }
            if (date.getValue() == null) {
                date.setErrorMessage(form.getTranslation("validation.required"));
                date.setInvalid(true);
                complete = false;
            }
            if (complete && UiErrors.attempt(() -> voting.recordMeeting(decisionId, task.id(), date.getValue(),
                    votes, reasons))) {
                afterCompletion.run();
            }
        });
        form.add(record);
        return form;
    }
}
