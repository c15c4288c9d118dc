package nl.netwerkregie.board.ui;

import java.util.List;
import com.vaadin.flow.component.UI;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.Outcome;
import nl.netwerkregie.board.VoteCount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.netwerkregie.board.BoardDecision;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;


/** "Stemmen": a board member reads the proposal (and the votes so far, if allowed) and votes with a reason. */
@org.springframework.stereotype.Component
class VoteFormFactory implements TaskFormFactory {

    private final BoardDecisionService decisions;
    private final VotingService voting;
    private final UserDirectory users;

    VoteFormFactory(BoardDecisionService decisions, VotingService voting, UserDirectory users) {
        this.decisions = decisions;
        this.voting = voting;
        this.users = users;
    }

    @Override
    public String formKey() {
        return BoardDecisionProcess.FORM_VOTE;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        long decisionId = Long.parseLong(task.businessKey());
        BoardDecision decision = decisions.get(decisionId);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new DecisionSummary(decision));

        form.add(new H3(form.getTranslation("board.votesSoFar")));
        if (decisions.votesVisibleToMe(decision)) {
            form.add(new VotesGrid(decisions.votes(decisionId), users));
        } else {
            form.add(new Span(form.getTranslation("board.votesHiddenUntilYouVote")));
        }

        RadioButtonGroup<VoteChoice> choice = new RadioButtonGroup<>(form.getTranslation("board.yourVote"));
        choice.setId("vote-choice");
        choice.setItems(VoteChoice.values());
        choice.setItemLabelGenerator(c -> form.getTranslation("board.vote." + c + ".option"));
        choice.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(form.getTranslation("board.reason"));
        reason.setId("vote-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Button cast = new Button(form.getTranslation("board.castVote"));
        cast.setId("cast-vote");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cast.addClickListener(e -> {
            if (choice.getValue() == null) {
                choice.setErrorMessage(form.getTranslation("board.choiceRequired"));
                choice.setInvalid(true);
                return;
            }
            if (UiErrors.attempt(() -> voting.castVote(decisionId, task.id(), choice.getValue(), reason.getValue()))) {
                afterCompletion.run();
            }
        });
        form.add(choice, reason, cast);
        return form;
    }

    /** "Uw stem is vastgelegd", with how far the vote is and when it closes, and the way to the decision. */
    @Override
    public Outcome outcome(TaskRow task) {
        VoteCount count = decisions.voteCount(Long.parseLong(task.businessKey()));
        String route = "besluiten/" + task.businessKey();
        if (count.open() && count.deadline() != null) {
            return new Outcome("outcome.vote.open", List.of(count.cast(), count.entitled(),
                    Formats.deadline(count.deadline(), UI.getCurrent().getLocale())), route, "outcome.toDecision");
        }
        return new Outcome(count.open() ? "outcome.vote.openNoDeadline" : "outcome.vote.closed",
                List.of(count.cast(), count.entitled()), route, "outcome.toDecision");
    }
}
