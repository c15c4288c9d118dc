package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.Werkgroep;
import nl.netwerkregie.workinggroup.WerkgroepService;

/** "Nieuwe opdracht": a coordinator drafts an assignment in the fixed format and puts it to the board. */
@Route(value = "opdrachten/nieuw", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class AssignmentDraftView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final AssignmentEditor editor;
    private final List<Werkgroep> werkgroepen;

    AssignmentDraftView(AssignmentService assignments, WerkgroepService werkgroepService) {
        werkgroepen = werkgroepService.all();
        editor = new AssignmentEditor(werkgroepen, null, null, werkgroepService.themeSuggestions());
        Button submit = new Button(getTranslation("werkgroep.assignment.submit"));
        submit.setId("submit-assignment");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        long[] created = {0};
        submit.addClickListener(e -> {
            if (editor.submit(form -> created[0] = assignments.draft(form))) {
                UiErrors.showSuccess(getTranslation("werkgroep.assignment.submitted"));
                UI.getCurrent().navigate(AssignmentView.class, new RouteParameters("id", String.valueOf(created[0])));
            }
        });
        add(new H2(getTranslation("werkgroep.assignment.newTitle")), editor, submit);
    }

    /** {@code ?werkgroep=<id>} chooses the werkgroep (from its page). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("werkgroep").ifPresent(raw ->
                werkgroepen.stream().filter(w -> String.valueOf(w.getId()).equals(raw)).findFirst()
                        .ifPresent(editor.werkgroep::setValue));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("werkgroep.assignment.newTitle") + " – Netwerkregie";
    }
}
