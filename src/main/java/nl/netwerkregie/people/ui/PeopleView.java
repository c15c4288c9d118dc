package nl.netwerkregie.people.ui;

import nl.netwerkregie.shared.ui.NarrowScreens;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.people.OrganisationNames;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PeopleService;
import nl.netwerkregie.people.PersonRow;
import nl.netwerkregie.people.PersonState;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * Everyone who works with the network and their account: coordinators invite people by e-mail, invite again when
 * a link was lost, and deactivate someone who left. The secretary reads along.
 */
@Route(value = "mensen", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.OPERATOR})
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final transient PeopleQueries queries;
    private final transient PeopleService people;
    private final transient OrganisationNames organisations;
    private final boolean manages;
    private final Set<Role> grantable = EnumSet.of(Role.COORDINATOR, Role.SECRETARY, Role.MEMBER_CONTACT);
    final Grid<PersonRow> grid = new Grid<>();
    final TextField search = new TextField();
    private List<PersonRow> rows = List.of();
    private Map<Long, String> organisationNames = Map.of();

    PeopleView(PeopleQueries queries, PeopleService people, OrganisationNames organisations, CurrentUser currentUser) {
        this.queries = queries;
        this.people = people;
        this.organisations = organisations;
        this.manages = currentUser.has(Role.COORDINATOR) || currentUser.has(Role.OPERATOR);
        if (currentUser.has(Role.OPERATOR)) {
            grantable.add(Role.OPERATOR);
        }
        setSizeFull();
        search.setPlaceholder(getTranslation("people.search"));
        search.setId("people-search");
        search.setWidth("22em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show());
        HorizontalLayout toolbar = new HorizontalLayout(search);
        if (manages) {
            Button invite = new Button(getTranslation("people.invite"), e -> openInvite());
            invite.setId("people-invite");
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(invite);
        }
        grid.setId("people-grid");
        Grid.Column<PersonRow> name = grid.addColumn(PersonRow::name).setHeader(getTranslation("people.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(PersonRow::email).setHeader(getTranslation("people.email")).setFlexGrow(2);
        grid.addColumn(p -> name(p.organisationId())).setHeader(getTranslation("people.organisation")).setFlexGrow(2);
        grid.addColumn(p -> p.accountRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("people.roles")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("people.state")).setKey("state");
        if (manages) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("people.actions")).setKey("actions")
                    .setAutoWidth(true);
        }
        NarrowScreens.keepOnly(grid, manages ? new Grid.Column<?>[] {name, grid.getColumnByKey("actions")}
                : new Grid.Column<?>[] {name});
        add(new H2(getTranslation("people.title")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        rows = queries.all();
        organisationNames = organisations.all();
        show();
    }

    private void show() {
        String term = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream().filter(p -> term.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(term)
                || p.email().contains(term)).toList());
    }

    private String name(Long organisationId) {
        return organisationId == null ? "" : organisationNames.getOrDefault(organisationId, "");
    }

    private Span state(PersonRow p) {
        Span badge = new Span(getTranslation("people.state." + p.state().name()));
        badge.getElement().getThemeList().add(switch (p.state()) {
            case ACTIVE -> "badge success";
            case INVITED -> "badge";
            case DEACTIVATED -> "badge contrast";
        });
        if (p.state() == PersonState.INVITED) {
            badge.getElement().setAttribute("title", getTranslation("people.invitedOn",
                    Formats.dateTime(p.invitedAt(), getLocale())));
        }
        return badge;
    }

    private HorizontalLayout actions(PersonRow p) {
        HorizontalLayout actions = new HorizontalLayout();
        if (p.state() != PersonState.ACTIVE) {
            Button again = new Button(getTranslation("people.inviteAgain"), e -> {
                if (UiErrors.attempt(() -> people.inviteAgain(p.id()))) {
                    UiErrors.showSuccess(getTranslation("people.invite.sent", p.email()));
                    refresh();
                }
            });
            again.setId("invite-again-" + p.username());
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(again);
        }
        if (p.state() != PersonState.DEACTIVATED) {
            Button roles = new Button(getTranslation("people.changeRoles"), e -> openRoles(p));
            roles.setId("roles-" + p.username());
            roles.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(roles);
            Button deactivate = new Button(getTranslation("people.deactivate"), e -> confirmDeactivation(p));
            deactivate.setId("deactivate-" + p.username());
            deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        }
        return actions;
    }

    private void confirmDeactivation(PersonRow p) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("deactivate-confirm");
        confirm.setHeader(getTranslation("people.deactivate.title", p.name()));
        confirm.setText(getTranslation("people.deactivate.text", p.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("people.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (UiErrors.attempt(() -> people.deactivate(p.id()))) {
                UiErrors.showSuccess(getTranslation("people.deactivated", p.name()));
                refresh();
            }
        });
        confirm.open();
    }

    private void openRoles(PersonRow p) {
        RolesDialog dialog = new RolesDialog(p, grantable, chosen -> {
            boolean done = UiErrors.attempt(() -> people.changeRoles(p.id(), chosen));
            if (done) {
                UiErrors.showSuccess(getTranslation("people.rolesChanged", p.name()));
                refresh();
            }
            return done;
        });
        dialog.open();
    }

    private void openInvite() {
        Map<Long, String> names = organisations.current();
        InviteDialog dialog = new InviteDialog(names, grantable, form -> {
            boolean done = UiErrors.attempt(() -> people.invite(form));
            if (done) {
                UiErrors.showSuccess(getTranslation("people.invite.sent", form.email().strip()));
                refresh();
            }
            return done;
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " – Netwerkregie";
    }
}
