package nl.netwerkregie.myorganisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.ContributionLine;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.myorganisation.MyOrganisationPage;
import nl.netwerkregie.myorganisation.MyOrganisationQueries;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.workinggroup.Participation;

/** The read-only parts of Mijn organisatie, built from the page's records. */
final class MyOrganisationSections {

    private final Component page;
    private final long organisationId;
    private final MyOrganisationQueries queries;
    private final Locale locale;

    MyOrganisationSections(Component page, long organisationId, MyOrganisationQueries queries) {
        this.page = page;
        this.organisationId = organisationId;
        this.queries = queries;
        this.locale = UI.getCurrent().getLocale();
    }

    private String t(String key, Object... args) {
        return page.getTranslation(key, args);
    }

    Component details(MyOrganisationPage p) {
        MyOrganisationPage.Facts o = p.organisation();
        FormLayout details = form("my-organisation-details");
        details.addFormItem(new Span(t("organisation.kind." + o.kind().name())), t("organisation.kind"));
        details.addFormItem(span("my-organisation-municipality", o.municipality()), t("organisation.municipality"));
        details.addFormItem(new Span(Formats.number(o.fte(), locale)), t("organisation.fte"));
        details.addFormItem(new Span(o.employeesOrMembers() == null ? "" : o.employeesOrMembers().toString()),
                t("organisation.employeesOrMembers"));
        details.addFormItem(new Span(t(o.volunteerOrganisation() ? "common.yes" : "common.no")), t("organisation.volunteer"));
        details.addFormItem(new Span(o.bestuurderName() + (o.bestuurderEmail() == null ? "" : " <" + o.bestuurderEmail() + ">")),
                t("organisation.bestuurderName"));
        details.addFormItem(span("my-organisation-contacts", o.contacts().stream()
                .map(c -> c.name() + " <" + c.email() + ">" + (c.phone() == null ? "" : ", " + c.phone()))
                .collect(Collectors.joining("; "))), t("organisation.contacts"));
        return details;
    }

    Component membership(MyOrganisationPage p) {
        FormLayout membership = form("my-organisation-membership");
        membership.addFormItem(span("my-organisation-status", t("organisation.status." + p.organisation().status().name())),
                t("organisation.status"));
        membership.addFormItem(new Span(Formats.date(p.organisation().statusSince(), locale)), t("organisation.statusSince"));
        if (p.trialStart() != null) {
            membership.addFormItem(span("my-organisation-trial", Formats.date(p.trialStart(), locale) + " – "
                    + Formats.date(p.trialEnd(), locale)), t("myorg.trial"));
        }
        return membership;
    }

    Component contributions(MyOrganisationPage p) {
        Grid<ContributionLine> grid = grid("my-organisation-contributions");
        grid.addColumn(l -> String.valueOf(l.year())).setHeader(t("contribution.year"));
        grid.addColumn(l -> Formats.euro(l.due(), locale)).setHeader(t("contribution.due"));
        grid.addColumn(l -> l.paid() == null ? "" : Formats.euro(l.paid(), locale)).setHeader(t("contribution.paid"));
        grid.addColumn(l -> l.paidOn() == null ? "" : Formats.date(l.paidOn(), locale)).setHeader(t("contribution.paidOn"));
        grid.addColumn(l -> t("contribution.state." + l.state())).setHeader(t("contribution.state"));
        grid.setItems(p.contributions());
        grid.setEmptyStateText(t("myorg.contributions.none"));
        return grid;
    }

    Component seats(MyOrganisationPage p) {
        Grid<Participation> grid = grid("my-organisation-seats");
        grid.addColumn(Participation::werkgroepName).setHeader(t("myorg.seat.werkgroep")).setFlexGrow(2);
        grid.addColumn(Participation::personName).setHeader(t("myorg.seat.person")).setFlexGrow(2);
        grid.addColumn(s -> t("werkgroep.role." + s.role())).setHeader(t("myorg.seat.role"));
        grid.addColumn(s -> Formats.date(s.startDate(), locale) + (s.endDate() == null ? "" : " – "
                + Formats.date(s.endDate(), locale))).setHeader(t("myorg.seat.period"));
        grid.setItems(p.seats());
        grid.setEmptyStateText(t("myorg.seats.none"));
        return grid;
    }

    Component documents(MyOrganisationPage p) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("my-organisation-documents");
        if (p.documents().isEmpty()) {
            list.add(new Span(t("myorg.documents.none")));
        }
        p.documents().forEach(d -> {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                UploadedDocument file = queries.document(organisationId, d.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            }), d.fileName() + " (" + Math.max(1, d.sizeBytes() / 1024) + " kB, "
                    + Formats.date(d.uploadedAt(), locale) + ")");
            list.add(download);
        });
        return list;
    }

    Component decisions(MyOrganisationPage p) {
        Grid<LifeEvent> grid = events("my-organisation-decisions", p.decisions());
        grid.setEmptyStateText(t("myorg.decisions.none"));
        return grid;
    }

    Component lifeStory(MyOrganisationPage p) {
        return events("my-organisation-life-story", p.lifeStory());
    }

    private Grid<LifeEvent> events(String id, List<LifeEvent> events) {
        Grid<LifeEvent> grid = grid(id);
        grid.addColumn(e -> Formats.date(e.when(), locale)).setHeader(t("history.date")).setAutoWidth(true);
        grid.addColumn(e -> t(e.whatKey(), e.whatArgs(locale))).setHeader(t("lifestory.what")).setFlexGrow(2);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(t("history.reason")).setFlexGrow(3);
        grid.setItems(events);
        return grid;
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static FormLayout form(String id) {
        FormLayout form = new FormLayout();
        form.setId(id);
        form.getStyle().set("--vaadin-form-item-label-width", "13em");
        return form;
    }

    private static Span span(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
