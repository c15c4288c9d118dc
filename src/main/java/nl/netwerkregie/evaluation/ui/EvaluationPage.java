package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.netwerkregie.evaluation.EvaluationDetail;
import nl.netwerkregie.evaluation.EvaluationOfYear;
import nl.netwerkregie.evaluation.RespondentRow;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.EntityPage;
import nl.netwerkregie.shared.ui.MainLayout;

/** One evaluation: status and response rate, the answers per question, who answered, summary, conclusions, proposals. */
@Route(value = "evaluaties/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class EvaluationPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final YearlyEvaluationQueries queries;
    private String title = "";

    EvaluationPage(YearlyEvaluationQueries queries) {
        this.queries = queries;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        EntityPage.load(event, this, queries::detail, "evaluation.notFound").ifPresent(this::show);
    }

    private void show(EvaluationDetail detail) {
        EvaluationOfYear o = detail.overview();
        title = getTranslation("evaluation.page.title", String.valueOf(o.year()));
        Paragraph status = new Paragraph(getTranslation("evaluation.page.status",
                getTranslation("evaluation.status." + o.status()), getTranslation(o.yearly() ? "evaluation.yearly"
                        : "evaluation.interim"), Formats.date(o.deadline(), getLocale())));
        status.setId("evaluation-status");
        add(new H2(title), status);
        text("evaluation.summary", o.summary(), "evaluation-page-summary");
        text("evaluation.conclusions", o.conclusions(), "evaluation-page-conclusions");
        text("evaluation.proposals", o.proposals(), "evaluation-page-proposals");
        if (o.proposalsSentAt() != null) {
            add(new Paragraph(getTranslation("evaluation.proposalsSent", Formats.date(o.proposalsSentAt(), getLocale()))));
        }
        add(new EvaluationResults(detail), new H3(getTranslation("evaluation.respondents")));
        UnorderedList who = new UnorderedList();
        who.setId("evaluation-respondents");
        for (RespondentRow r : detail.respondents()) {
            who.add(new ListItem(getTranslation(r.boardMember() ? "evaluation.respondent.board"
                    : "evaluation.respondent.organisation", r.name(), getTranslation("evaluation.answerStatus." + r.status()))));
        }
        add(who);
    }

    private void text(String headingKey, String text, String id) {
        if (text != null) {
            Paragraph p = new Paragraph(text);
            p.setId(id);
            p.getStyle().set("white-space", "pre-line");
            add(new H3(getTranslation(headingKey)), p);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Netwerkregie";
    }
}
