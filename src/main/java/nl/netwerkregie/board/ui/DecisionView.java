package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.board.BoardDecision;
import nl.netwerkregie.board.BoardDecisionNote;
import nl.netwerkregie.board.BoardDecisionNotes;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionExport;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.EntityPage;

/** One board decision: the proposal, the outcome and every vote with its reason; PDF of it all. */
@Route(value = "besluiten/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class DecisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardDecisionService decisions;
    private final DecisionExport export;
    private final UserDirectory users;
    private final BoardDecisionNotes notes;
    private String title = "Netwerkregie";

    DecisionView(BoardDecisionService decisions, DecisionExport export, UserDirectory users,
            BoardDecisionNotes notes) {
        this.decisions = decisions;
        this.export = export;
        this.users = users;
        this.notes = notes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        EntityPage.load(event, this, decisions::get, "board.notFound").ifPresent(this::show);
    }

    private void show(BoardDecision decision) {
        long id = decision.getId();
        title = decision.getSubject() + " – Netwerkregie";
        H2 heading = new H2(getTranslation("board.pdf.title", String.valueOf(decision.getId())) + ": " + decision.getSubject());
        heading.setId("decision-title");
        Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = export.decisionPdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "besluit-" + id + ".pdf", "application/pdf",
                    bytes.length);
        }), getTranslation("board.exportPdf"));
        pdf.setId("export-pdf");
        add(heading, new DecisionSummary(decision), pdf, new H3(getTranslation("board.votes")));
        if (decisions.votesVisibleToMe(decision)) {
            add(new VotesGrid(decisions.votes(id), users));
        } else {
            add(new com.vaadin.flow.component.html.Span(getTranslation("board.votesHiddenUntilYouVote")));
        }
        showNotes(notes.of(id));
    }

    /** What happened besides the votes, e.g. a member taken out of the vote when they left. */
    private void showNotes(List<BoardDecisionNote> all) {
        if (all.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("board.notes")));
        for (BoardDecisionNote note : all) {
            Paragraph line = new Paragraph(Formats.dateTime(note.getNotedAt(), getLocale()) + " – " + note.getText());
            line.addClassName("decision-note");
            add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
