package nl.netwerkregie.myorganisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.netwerkregie.myorganisation.CorrectionService;
import nl.netwerkregie.myorganisation.MyOrganisationPage;
import nl.netwerkregie.myorganisation.MyOrganisationQueries;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.ui.MainLayout;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Mijn organisatie": a member contact's own organisation: details and contacts, membership and trial year,
 * contribution per year, werkgroep seats, the documents it sent, the board's decisions, its life story, the
 * proposals to correct its details, and the way to resign. Another organisation's id is refused (the query
 * checks and logs it).
 */
@Route(value = "mijn-organisatie/:id", layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER_CONTACT)
public class MyOrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The resignation feature's page ({@code resignation.ui.ResignView}). */
    static final String RESIGN_ROUTE = "opzeggen";

    private final MyOrganisationQueries queries;
    private final CorrectionService corrections;
    private String title;

    MyOrganisationView(MyOrganisationQueries queries, CorrectionService corrections) {
        this.queries = queries;
        this.corrections = corrections;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("myorg.title");
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            refused();
            return;
        }
        show(id);
    }

    private void show(long id) {
        removeAll();
        MyOrganisationPage page;
        try {
            page = queries.page(id);
        } catch (AccessDeniedException e) {
            refused();
            return;
        }
        title = page.organisation().name() + " – " + getTranslation("myorg.title");
        H2 heading = new H2(page.organisation().name());
        heading.setId("my-organisation-title");
        MyOrganisationSections sections = new MyOrganisationSections(this, id, queries);
        add(heading, sections.details(page));
        add(new H3(getTranslation("myorg.membership")), sections.membership(page));
        add(new H3(getTranslation("myorg.contributions")), sections.contributions(page));
        add(new H3(getTranslation("myorg.seats")), sections.seats(page));
        add(new H3(getTranslation("myorg.documents")), sections.documents(page));
        add(new H3(getTranslation("myorg.decisions")), sections.decisions(page));
        add(new H3(getTranslation("myorg.corrections")), new CorrectionPanel(id, page, corrections, () -> show(id)));
        add(new H3(getTranslation("lifestory.title")), sections.lifeStory(page));
        Button resign = new Button(getTranslation("nav.resign"));
        resign.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Anchor toResign = new Anchor(RESIGN_ROUTE, resign);
        toResign.setId("my-organisation-resign");
        add(toResign);
    }

    private void refused() {
        H2 denied = new H2(getTranslation("myorg.denied"));
        denied.setId("my-organisation-denied");
        add(denied);
    }

    @Override
    public String getPageTitle() {
        return title + " – Netwerkregie";
    }
}
