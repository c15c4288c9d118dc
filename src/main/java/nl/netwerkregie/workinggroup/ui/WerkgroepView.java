package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.EntityPage;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.workinggroup.AssignmentOverview;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.SeatForm;
import nl.netwerkregie.workinggroup.SeatRole;
import nl.netwerkregie.workinggroup.Werkgroep;
import nl.netwerkregie.workinggroup.WerkgroepMember;
import nl.netwerkregie.workinggroup.WerkgroepService;

/** One werkgroep: its seats (coordinators add and end them) and its assignments. */
@Route(value = "werkgroepen/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class WerkgroepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WerkgroepService werkgroepen;
    private final AssignmentQueries assignments;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;
    final Grid<WerkgroepMember> seats = new Grid<>();
    private String title = "Netwerkregie";
    private Werkgroep werkgroep;
    private Map<Long, String> organisationNames = Map.of();

    WerkgroepView(WerkgroepService werkgroepen, AssignmentQueries assignments, OrganisationService organisations,
            CurrentUser currentUser, UserDirectory users, Clock clock) {
        this.werkgroepen = werkgroepen;
        this.users = users;
        this.assignments = assignments;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        EntityPage.load(event, this, werkgroepen::get, "werkgroep.notFound").ifPresent(this::show);
    }

    private void show(Werkgroep shown) {
        this.werkgroep = shown;
        title = shown.getName() + " – Netwerkregie";
        boolean coordinator = currentUser.has(Role.COORDINATOR);
        H2 heading = new H2(shown.getName());
        heading.setId("werkgroep-title");
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(getTranslation(shown.isPermanent() ? "werkgroep.permanent" : "werkgroep.temporary")
                + (shown.isPermanent() ? "" : " (" + Formats.date(shown.getStartDate(), getLocale()) + " – "
                + Formats.date(shown.getEndDate(), getLocale()) + ")")), getTranslation("werkgroep.kind"));
        facts.addFormItem(new Span(shown.getTheme() == null ? "" : shown.getTheme()), getTranslation("werkgroep.theme"));
        organisationNames = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));

        seats.setId("seat-grid");
        seats.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        seats.addColumn(WerkgroepMember::getPersonName).setHeader(getTranslation("werkgroep.seat.person")).setFlexGrow(2);
        seats.addColumn(s -> organisationNames.getOrDefault(s.getOrganisationId(), ""))
                .setHeader(getTranslation("werkgroep.seat.organisation")).setFlexGrow(2);
        seats.addColumn(s -> getTranslation("werkgroep.role." + s.getRole())).setHeader(getTranslation("werkgroep.seat.role"));
        seats.addColumn(s -> Formats.date(s.getStartDate(), getLocale())).setHeader(getTranslation("werkgroep.seat.start"));
        seats.addColumn(s -> Formats.date(s.getEndDate(), getLocale())).setHeader(getTranslation("werkgroep.seat.end"));
        if (coordinator) {
            seats.addComponentColumn(s -> {
                Button end = new Button(getTranslation("werkgroep.seat.endAction"), e -> openEndSeat(s));
                end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                end.setVisible(s.getEndDate() == null);
                return end;
            }).setAutoWidth(true);
        }
        seats.setAllRowsVisible(true);
        add(heading, facts, new H3(getTranslation("werkgroep.seats")));
        Span missing = new Span(getTranslation("werkgroep.chairsMissing"));
        missing.setId("chairs-missing");
        missing.getElement().getThemeList().add("badge error");
        add(missing);
        if (coordinator) {
            Button addSeat = new Button(getTranslation("werkgroep.seat.add"), e -> openAddSeat());
            addSeat.setId("add-seat");
            add(addSeat);
        }
        add(seats, new H3(getTranslation("werkgroep.assignments")));
        if (coordinator) {
            Button draft = new Button(getTranslation("werkgroep.assignment.new"), e -> UI.getCurrent().navigate(
                    "opdrachten/nieuw", QueryParameters.of("werkgroep", String.valueOf(shown.getId()))));
            draft.setId("new-assignment");
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(draft);
        }
        Grid<AssignmentOverview> list = AssignmentsView.grid(this);
        list.setItems(assignments.ofWerkgroep(shown.getId()));
        list.setAllRowsVisible(true);
        add(list);
        refreshSeats();
    }

    /**
     * The seats as they are now, and the werkgroep's version with them: the next change is checked against what
     * this coordinator was shown. The version is read first, so a colleague's change in between is refused.
     */
    private void refreshSeats() {
        werkgroep = werkgroepen.get(werkgroep.getId());
        List<WerkgroepMember> all = werkgroepen.seats(werkgroep.getId());
        seats.setItems(all);
        String problem;
        try {
            werkgroepen.requireChairs(werkgroep.getId());
            problem = null;
        } catch (nl.netwerkregie.shared.DomainException e) {
            problem = getTranslation(e.messageKey(), e.arguments());
        }
        // The badge says what is missing: the chair, the vice chair, both, or their login.
        String shown = problem;
        getChildren().filter(c -> "chairs-missing".equals(c.getId().orElse(null))).forEach(c -> {
            c.setVisible(shown != null);
            if (shown != null) {
                ((Span) c).setText(shown);
            }
        });
    }

    private void openAddSeat() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("werkgroep.seat.add"));
        TextField person = new TextField(getTranslation("werkgroep.seat.person"));
        person.setId("seat-person");
        person.setRequired(true);
        ComboBox<Long> organisation = new ComboBox<>(getTranslation("werkgroep.seat.organisation"));
        organisation.setId("seat-organisation");
        organisation.setItems(organisationNames.keySet().stream()
                .sorted((a, b) -> organisationNames.get(a).compareToIgnoreCase(organisationNames.get(b))).toList());
        organisation.setItemLabelGenerator(organisationNames::get);
        organisation.setRequired(true);
        ComboBox<SeatRole> role = new ComboBox<>(getTranslation("werkgroep.seat.role"));
        role.setId("seat-role");
        role.setItems(SeatRole.values());
        role.setItemLabelGenerator(r -> getTranslation("werkgroep.role." + r));
        role.setValue(SeatRole.MEMBER);
        // The login is a person of the people register: picking them fills in name and e-mail.
        ComboBox<UserDirectory.Account> username = new ComboBox<>(getTranslation("werkgroep.seat.username"));
        username.setId("seat-username");
        username.setItems(users.activeAccounts());
        username.setItemLabelGenerator(a -> a.email() == null ? a.name() : a.name() + " (" + a.email() + ")");
        username.setClearButtonVisible(true);
        username.setHelperText(getTranslation("werkgroep.seat.usernameHelp"));
        EmailField email = new EmailField(getTranslation("werkgroep.seat.email"));
        email.setId("seat-email");
        username.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                person.setValue(e.getValue().name());
                email.setValue(e.getValue().email() == null ? "" : e.getValue().email());
            }
        });
        DatePicker start = DatePickers.create(getTranslation("werkgroep.seat.start"));
        start.setId("seat-start");
        start.setValue(LocalDate.now(clock));
        Button save = new Button(getTranslation("werkgroep.save"), e -> {
            if (UiErrors.attempt(() -> werkgroepen.addSeat(werkgroep.getId(), werkgroep.getVersion(),
                    new SeatForm(person.getValue(), organisation.getValue(), role.getValue(),
                            username.getValue() == null ? null : username.getValue().username(), email.getValue(),
                            start.getValue())))) {
                dialog.close();
                UiErrors.showSuccess(getTranslation("werkgroep.seat.added"));
            }
            // Refused or not, the list behind the dialog shows the seats as they now are (a colleague's too), and
            // the dialog keeps what was typed: after a look, saving again is one click.
            refreshSeats();
        });
        save.setId("save-seat");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(person, organisation, role, start, username, email));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEndSeat(WerkgroepMember seat) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("werkgroep.seat.endAction") + ": " + seat.getPersonName());
        DatePicker end = DatePickers.create(getTranslation("werkgroep.seat.end"));
        end.setId("seat-end");
        end.setValue(LocalDate.now(clock));
        Button save = new Button(getTranslation("werkgroep.seat.endAction"), e -> {
            if (UiErrors.attempt(() -> werkgroepen.endSeat(seat.getId(), werkgroep.getVersion(), end.getValue()))) {
                dialog.close();
                UiErrors.showSuccess(getTranslation("werkgroep.seat.ended"));
            }
            refreshSeats();
        });
        save.setId("save-seat-end");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(end);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
