package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.selfevaluation.SelfEvaluationInvitations;
import nl.netwerkregie.selfevaluation.SelfEvaluationQueries;
import nl.netwerkregie.selfevaluation.SelfEvaluationRow;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.RowOpening;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * Zelfevaluaties: which members did the self-evaluation when (a page at a time, newest first); a coordinator
 * invites a member here, opens a result, and edits the instrument.
 */
@Route(value = "zelfevaluaties", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class SelfEvaluationsView extends VerticalLayout implements HasDynamicTitle {

    SelfEvaluationsView(SelfEvaluationQueries queries, SelfEvaluationInvitations invitations,
            OrganisationService organisations, CurrentUser currentUser) {
        H2 title = new H2(getTranslation("selfevaluation.list.title"));
        title.setId("selfevaluations-title");
        add(title, new Paragraph(getTranslation("selfevaluation.list.intro")));
        Grid<SelfEvaluationRow> grid = grid();
        boolean coordinator = currentUser.has(Role.COORDINATOR);
        if (coordinator) {
            add(inviteBar(invitations, organisations, grid),
                    new RouterLink(getTranslation("selfevaluation.instrument.title"), InstrumentView.class));
            RowOpening.onClickOrEnter(grid, row -> UI.getCurrent().navigate(SelfEvaluationView.class,
                    new RouteParameters("id", String.valueOf(row.id()))));
        }
        grid.setItems(query -> queries.page(query.getOffset(), query.getLimit()).stream());
        add(grid);
    }

    private Grid<SelfEvaluationRow> grid() {
        Locale locale = UI.getCurrent().getLocale();
        Grid<SelfEvaluationRow> grid = new Grid<>();
        grid.setId("selfevaluations-grid");
        grid.addColumn(SelfEvaluationRow::organisationName).setHeader(getTranslation("organisation.name")).setFlexGrow(3);
        grid.addColumn(r -> String.valueOf(r.year())).setHeader(getTranslation("selfevaluation.list.year"));
        grid.addColumn(r -> getTranslation("selfevaluation.state." + r.state()))
                .setHeader(getTranslation("selfevaluation.list.state"));
        grid.addColumn(r -> Formats.date(r.invitedOn(), locale)).setHeader(getTranslation("selfevaluation.list.invited"));
        grid.addColumn(r -> Formats.date(r.deadline(), locale)).setHeader(getTranslation("selfevaluation.list.deadline"));
        grid.addColumn(r -> r.submittedOn() == null ? "–" : Formats.date(r.submittedOn(), locale))
                .setHeader(getTranslation("selfevaluation.list.submitted"));
        return grid;
    }

    private HorizontalLayout inviteBar(SelfEvaluationInvitations invitations, OrganisationService organisations,
            Grid<SelfEvaluationRow> grid) {
        ComboBox<Organisation> member = new ComboBox<>(getTranslation("selfevaluation.invite.member"));
        member.setId("selfevaluation-invite-member");
        member.setItems(organisations.members());
        member.setItemLabelGenerator(Organisation::getName);
        member.setWidth("24em");
        Button invite = new Button(getTranslation("selfevaluation.invite.button"), e -> {
            if (member.getValue() == null) {
                member.setErrorMessage(getTranslation("selfevaluation.invite.memberRequired"));
                member.setInvalid(true);
                return;
            }
            member.setInvalid(false);
            String name = member.getValue().getName();
            if (UiErrors.attempt(() -> invitations.invite(member.getValue().getId()))) {
                UiErrors.showSuccess(getTranslation("selfevaluation.invite.done", name));
                member.clear();
                grid.getDataProvider().refreshAll();
            }
        });
        invite.setId("selfevaluation-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(member, invite);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfevaluation.list.title") + " – Netwerkregie";
    }
}
