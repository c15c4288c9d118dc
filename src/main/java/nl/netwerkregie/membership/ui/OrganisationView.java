package nl.netwerkregie.membership.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Objects;
import nl.netwerkregie.membership.ContactAccounts;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.StatusChange;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.EntityPage;

/** One organisation: its details, contacts, contribution and dated status history. */
@Route(value = "organisaties/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class OrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService organisations;
    private final Clock clock;
    private final List<OrganisationSection> sections;
    private String title = "Netwerkregie";

    private final PeopleQueries peopleQueries;
    private final ContactAccounts contactAccounts;
    private final CurrentUser currentUser;
    private final nl.netwerkregie.security.UserDirectory users;

    OrganisationView(OrganisationService organisations, Clock clock, List<OrganisationSection> sections,
            PeopleQueries peopleQueries, ContactAccounts contactAccounts, CurrentUser currentUser,
            nl.netwerkregie.security.UserDirectory users) {
        this.users = users;
        this.organisations = organisations;
        this.peopleQueries = peopleQueries;
        this.contactAccounts = contactAccounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sections = sections;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        EntityPage.load(event, this, organisations::get, "organisation.notFound").ifPresent(this::show);
    }

    private void show(Organisation o) {
        long id = o.getId();
        title = o.getName() + " – Netwerkregie";
        H2 heading = new H2(o.getName());
        heading.setId("organisation-title");
        int year = LocalDate.now(clock).getYear();

        FormLayout details = new FormLayout();
        details.getStyle().set("--vaadin-form-item-label-width", "13em");
        details.addFormItem(new Span(getTranslation("organisation.kind." + o.getKind().name())), getTranslation("organisation.kind"));
        details.addFormItem(new Span(o.getMunicipality()), getTranslation("organisation.municipality"));
        Span status = new Span(getTranslation("organisation.status." + o.getStatus().name()));
        status.setId("organisation-status");
        details.addFormItem(status, getTranslation("organisation.status"));
        details.addFormItem(new Span(Formats.date(o.getStatusSince(), getLocale())), getTranslation("organisation.statusSince"));
        details.addFormItem(new Span(Formats.number(o.getFte(), getLocale())), getTranslation("organisation.fte"));
        details.addFormItem(new Span(o.getEmployeesOrMembers() == null ? "" : o.getEmployeesOrMembers().toString()),
                getTranslation("organisation.employeesOrMembers"));
        details.addFormItem(new Span(getTranslation(o.isVolunteerOrganisation() ? "common.yes" : "common.no")),
                getTranslation("organisation.volunteer"));
        details.addFormItem(new Span(o.getBestuurderName() + " <" + o.getBestuurderEmail() + ">"),
                getTranslation("organisation.bestuurderName"));
        details.addFormItem(new ContactsList(o, peopleQueries.byUsernames(o.getContacts().stream()
                        .map(ContactPerson::username).filter(Objects::nonNull).toList()),
                currentUser.has(Role.COORDINATOR), contactAccounts, () -> { removeAll(); show(organisations.get(id)); }),
                getTranslation("organisation.contacts"));
        // Only (trial) members owe a contribution; a partner or an applicant is not shown an amount (issue 16).
        if (o.getStatus().isMember()) {
            Span contribution = new Span(Formats.euro(organisations.contributionFor(id, year), getLocale()));
            contribution.setId("organisation-contribution");
            details.addFormItem(contribution, getTranslation("organisation.contribution", year));
        }

        Grid<StatusChange> history = new Grid<>();
        history.setId("status-history");
        history.addColumn(c -> Formats.date(c.getEffectiveDate(), getLocale())).setHeader(getTranslation("history.date"));
        history.addColumn(c -> getTranslation("organisation.status." + c.getStatus().name())).setHeader(getTranslation("organisation.status"));
        history.addColumn(StatusChange::getReason).setHeader(getTranslation("history.reason")).setFlexGrow(3);
        // Who changed it, by name ("Anouk Jansen"), not by login; the application's own steps say so.
        nl.netwerkregie.shared.ui.HolderNames names = new nl.netwerkregie.shared.ui.HolderNames(users, this);
        history.addColumn(c -> "netwerkregie".equals(c.getChangedBy()) ? getTranslation("history.bySystem")
                : names.of(c.getChangedBy())).setHeader(getTranslation("history.by"));
        history.setItems(organisations.history(id));
        history.setAllRowsVisible(true);

        add(heading, details);
        sections.stream().sorted(Comparator.comparingInt(OrganisationSection::order))
                .forEach(section -> section.create(o).ifPresent(this::add));
        add(new H3(getTranslation("history.title")), history);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
