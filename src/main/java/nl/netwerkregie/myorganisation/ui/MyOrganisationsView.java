package nl.netwerkregie.myorganisation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.netwerkregie.myorganisation.MyOrganisationPage;
import nl.netwerkregie.myorganisation.MyOrganisationQueries;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.ui.MainLayout;

/**
 * "Mijn organisatie" without an id: the contact person's organisation, or a choice when they are the contact of
 * more than one.
 */
@Route(value = "mijn-organisatie", layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER_CONTACT)
public class MyOrganisationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyOrganisationQueries queries;

    MyOrganisationsView(MyOrganisationQueries queries) {
        this.queries = queries;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<MyOrganisationPage.Choice> mine = queries.mine();
        if (mine.size() == 1) {
            event.forwardTo(MyOrganisationView.class, new RouteParameters("id", String.valueOf(mine.get(0).id())));
            return;
        }
        H2 title = new H2(getTranslation("myorg.title"));
        title.setId("my-organisation-title");
        add(title);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("myorg.none")));
            return;
        }
        add(new Paragraph(getTranslation("myorg.choose")));
        VerticalLayout choices = new VerticalLayout();
        choices.setId("my-organisation-choices");
        choices.setPadding(false);
        mine.forEach(o -> choices.add(new RouterLink(o.name(), MyOrganisationView.class,
                new RouteParameters("id", String.valueOf(o.id())))));
        add(choices);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myorg.title") + " – Netwerkregie";
    }
}
