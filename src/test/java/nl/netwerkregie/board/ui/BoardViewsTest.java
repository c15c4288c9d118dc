package nl.netwerkregie.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.board.BoardDecision;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionExport;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.Vote;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.shared.ui.TaskView;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A board member opens a vote, reads the proposal, votes with a reason; the decision list shows it. */
class BoardViewsTest extends UiTest {

    @Autowired BoardDecisionService decisions;
    @Autowired VotingService voting;
    @Autowired DecisionExport export;
    @Autowired TaskService taskService;

    private long putToBoard(String subject) {
        login("coordinator1");
        return decisions.putToBoard(subject, "Stemt u in met het vergaderschema 2027?",
                "Het bestuur vergadert in 2027 zes keer.\nData volgen.", DecisionMode.ONLINE, null);
    }

    private String voteTask(long decisionId, String member) {
        return taskService.createTaskQuery().processDefinitionKey("BoardDecisionProcess")
                .processInstanceBusinessKey(String.valueOf(decisionId))
                .taskAssignee(member).singleResult().getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBesluitenlijstFindsADecisionByAWordOfItsSubjectOrQuestionAndKeepsTheSearchInTheAddress() {
        String word = "Zoekwoord" + System.nanoTime();
        putToBoard("Scholingsplan " + word);
        putToBoard("Iets anders " + System.nanoTime());
        login("bestuur1");
        UI.getCurrent().navigate("besluiten", com.vaadin.flow.router.QueryParameters.of("zoek", word.toLowerCase()));
        Grid<BoardDecision> grid = _get(Grid.class, spec -> spec.withId("decision-grid"));
        assertThat(_get(TextField.class, spec -> spec.withId("decision-search")).getValue()).isEqualTo(word.toLowerCase());
        assertThat(GridKt._fetch(grid, 0, 50)).extracting(BoardDecision::getSubject).containsExactly("Scholingsplan " + word);

        _get(TextField.class, spec -> spec.withId("decision-search")).setValue("vergaderschema 2027");
        assertThat(GridKt._fetch(grid, 0, 50)).extracting(BoardDecision::getSubject).contains("Scholingsplan " + word)
                .as("found by its question").hasSizeGreaterThan(1);
        _get(TextField.class, spec -> spec.withId("decision-search")).setValue("100%_" + word);
        assertThat(GridKt._fetch(grid, 0, 50)).as("% and _ are plain characters").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretaryRecordsAMeetingWhereAllButOneWereThereAndInFavourInAFewClicks() {
        login("coordinator1");
        String subject = "Vergadering " + System.nanoTime();
        long id = decisions.putToBoard(subject, "Akkoord?", "Zo doen.", DecisionMode.MEETING, null);
        login("secretaris");
        String task = taskService.createTaskQuery().processDefinitionKey("BoardDecisionProcess")
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", task));
        List<String> members = decisions.get(id).getVotingMembers();
        String absent = members.get(0);
        String against = members.get(1);

        _click(_get(Button.class, spec -> spec.withId("meeting-all-present")));
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("present-" + absent)).setValue(false);
        _get(RadioButtonGroup.class, spec -> spec.withId("vote-" + against)).setValue(VoteChoice.NO);
        _click(_get(Button.class, spec -> spec.withId("meeting-all-in-favour")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("vote-" + against)).getValue())
                .as("a vote already set stays").isEqualTo(VoteChoice.NO);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("vote-" + absent)).getValue())
                .as("the absent member gets no vote").isNull();
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("meeting-date"))
                .setValue(java.time.LocalDate.now().minusDays(2));
        _click(_get(Button.class, spec -> spec.withId("record-meeting")));

        assertThat(decisions.votes(id)).hasSize(members.size() - 1)
                .filteredOn(v -> v.getChoice() == VoteChoice.NO).extracting(Vote::getMemberId).containsExactly(against);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBoardMemberVotesWithAReasonAndTheDecisionListShowsIt() {
        String subject = "Vergaderschema " + System.nanoTime();
        long id = putToBoard(subject);
        login("bestuur1");
        voting.castVote(id, voteTask(id, "bestuur1"), VoteChoice.YES, "Prima");

        login("bestuur2");
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", voteTask(id, "bestuur2")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("decision-proposal")).getText()).contains("zes keer");
        assertThat(_get(Span.class, spec -> spec.withId("decision-question")).getText()).contains("vergaderschema 2027");
        // Votes of others stay hidden until this member has voted (the Twente profile's setting).
        assertThat(_find(Grid.class, spec -> spec.withId("votes-grid"))).isEmpty();

        RadioButtonGroup<VoteChoice> choice = _get(RadioButtonGroup.class, spec -> spec.withId("vote-choice"));
        _click(_get(Button.class, spec -> spec.withId("cast-vote")));
        assertThat(choice.isInvalid()).isTrue();
        assertThat(choice.getErrorMessage()).isEqualTo("Kies voor, tegen, onthouding of niet deelnemen.");

        _get(TextArea.class, spec -> spec.withId("vote-reason")).setValue("Past bij de jaarplanning");
        choice.setValue(VoteChoice.NO);
        _click(_get(Button.class, spec -> spec.withId("cast-vote")));
        // Told what happened: the vote's state and the way to the decision (issue 14).
        int entitled = decisions.get(id).getVotingMembers().size();
        java.time.Instant deadline = decisions.get(id).getDeadline();
        assertThat(_get(Span.class, spec -> spec.withId("completion-message")).getText()).isEqualTo(
                "Uw stem is vastgelegd. 2 van " + entitled + " stemmen uitgebracht; de stemming "
                        + (deadline == null ? "loopt nog." : "sluit op " + nl.netwerkregie.shared.format.Formats
                                .deadline(deadline, nl.netwerkregie.shared.i18n.TranslationProvider.DUTCH) + "."));
        assertThat(_get(Anchor.class, spec -> spec.withId("completion-link")).getHref()).isEqualTo("besluiten/" + id);

        List<Vote> votes = decisions.votes(id);
        assertThat(votes).extracting(Vote::getMemberId, Vote::getChoice, Vote::getReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bestuur1", VoteChoice.YES, "Prima"),
                        org.assertj.core.groups.Tuple.tuple("bestuur2", VoteChoice.NO, "Past bij de jaarplanning"));

        UI.getCurrent().navigate(DecisionListView.class);
        Grid<BoardDecision> grid = _get(Grid.class, spec -> spec.withId("decision-grid"));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(BoardDecision::getSubject).contains(subject);

        UI.getCurrent().navigate(DecisionView.class, new RouteParameters("id", String.valueOf(id)));
        Grid<Vote> votesGrid = _get(Grid.class, spec -> spec.withId("votes-grid"));
        assertThat(GridKt._size(votesGrid)).isEqualTo(2);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-pdf"))).isNotNull();
    }

    @Test
    void aSecondVoteOnTheSameTaskGetsAClearMessageAndTheFormStays() {
        long id = putToBoard("Dubbel stemmen " + System.nanoTime());
        login("bestuur3");
        String task = voteTask(id, "bestuur3");
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", task));
        voting.castVote(id, task, VoteChoice.YES, null);   // e.g. in a second browser tab
        _get(RadioButtonGroup.class, spec -> spec.withId("vote-choice")).setValue(VoteChoice.NO);
        _click(_get(Button.class, spec -> spec.withId("cast-vote")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("U heeft al gestemd over dit voorstel.");
        assertThat(decisions.votes(id)).extracting(Vote::getChoice).containsExactly(VoteChoice.YES);
        assertThat(_get(Button.class, spec -> spec.withId("cast-vote"))).isNotNull();
    }

    @Test
    void putToBoardKeepsWhatWasTypedWhenAFieldIsMissing() {
        login("coordinator1");
        UI.getCurrent().navigate(DecisionListView.class);
        _click(_get(Button.class, spec -> spec.withId("put-to-board")));
        _get(TextField.class, spec -> spec.withId("new-subject")).setValue("Onderwerp zonder vraag");
        _click(_get(Button.class, spec -> spec.withId("save-put-to-board")));
        TextField question = _get(TextField.class, spec -> spec.withId("new-question"));
        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(_get(TextField.class, spec -> spec.withId("new-subject")).getValue()).isEqualTo("Onderwerp zonder vraag");
    }

    @Test
    void boardMembersCannotPutMattersToTheBoard() {
        login("bestuur1");
        UI.getCurrent().navigate(DecisionListView.class);
        assertThat(_find(Button.class, spec -> spec.withId("put-to-board"))).isEmpty();
    }

    @Test
    void exportsTheListAsCsvAndADecisionAsPdf() {
        String subject = "Export " + System.nanoTime();
        long id = putToBoard(subject);
        for (int m = 1; m <= 5; m++) {
            login("bestuur" + m);
            voting.castVote(id, voteTask(id, "bestuur" + m), VoteChoice.YES, m == 1 ? "Eens; \"zeker\"" : null);
        }
        asyncJobs.runAll();
        login("secretaris");
        String csv = new String(export.decisionListCsv(new Locale("nl")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDatum;Onderwerp;").contains(subject + ";").contains("Aangenomen;5;0;0;0");
        byte[] pdf = export.decisionPdf(id, new Locale("nl"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
    }
}
