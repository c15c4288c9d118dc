package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.selfevaluation.ScoresOverYears;
import nl.netwerkregie.selfevaluation.SelfEvaluationQueries;
import nl.netwerkregie.selfevaluation.SelfEvaluationResult;
import nl.netwerkregie.shared.ui.EntityPage;
import nl.netwerkregie.shared.ui.MainLayout;

/**
 * One self-evaluation: the result (averages per section, each answer with its remark) and the member's scores over
 * the years. For coordinators and the member's own contact persons.
 */
@Route(value = "zelfevaluaties/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.MEMBER_CONTACT})
public class SelfEvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SelfEvaluationQueries queries;
    private final UserDirectory users;
    private String title = "";

    SelfEvaluationView(SelfEvaluationQueries queries, UserDirectory users) {
        this.queries = queries;
        this.users = users;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        EntityPage.load(event, this, queries::result, "selfevaluation.notFound").ifPresent(this::show);
    }

    private void show(SelfEvaluationResult result) {
        title = getTranslation("selfevaluation.result.title", result.organisationName(), String.valueOf(result.year()));
        H2 heading = new H2(title);
        heading.setId("selfevaluation-title");
        add(heading, new ResultPanel(result, result.submittedBy() == null ? "" : users.displayName(result.submittedBy())));
        ScoresOverYears years = queries.scoresOverYears(result.organisationId());
        add(new H3(getTranslation("selfevaluation.years.title")));
        if (years.years().isEmpty()) {
            add(new Paragraph(getTranslation("selfevaluation.years.none")));
        } else {
            add(new YearsTable(years, UI.getCurrent().getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Netwerkregie";
    }
}
