package nl.netwerkregie.annualreport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.netwerkregie.annualreport.JaarverslagQueries;
import nl.netwerkregie.annualreport.JaarverslagService;
import nl.netwerkregie.annualreport.JaarverslagStatus;
import nl.netwerkregie.annualreport.JaarverslagView;
import nl.netwerkregie.annualreport.ReportTables;
import nl.netwerkregie.annualreport.Section;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.ui.EntityPage;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * One jaarverslag: per section the figures compiled from the year (live for a draft, as submitted once with the
 * board) and the coordinators' own text. Coordinators write and save the texts (a save someone else overtook is
 * refused and the form keeps what was typed) and submit the report to the board; the PDF shows the same tables.
 */
@Route(value = "jaarverslagen/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class JaarverslagPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SUBMITTED = "ingediend";
    private static final String DEFAULT_TITLE = "Netwerkregie";

    private final JaarverslagService reports;
    private final JaarverslagQueries queries;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;

    private String pageTitle = DEFAULT_TITLE;
    private long reportId;
    private long version;
    final Map<Section, TextArea> texts = new EnumMap<>(Section.class);

    JaarverslagPage(JaarverslagService reports, JaarverslagQueries queries, TranslationProvider translations,
            CurrentUser currentUser) {
        this.reports = reports;
        this.queries = queries;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        texts.clear();
        pageTitle = DEFAULT_TITLE;
        EntityPage.load(event, this, queries::get, "jaarverslag.notFound").ifPresent(this::show);
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SUBMITTED)) {
            UiErrors.showSuccess(getTranslation("jaarverslag.submitted"));
        }
    }

    private void show(JaarverslagView report) {
        reportId = report.id();
        version = report.version();
        boolean editable = report.editable() && currentUser.has(Role.COORDINATOR);
        String title = getTranslation("jaarverslag.title", String.valueOf(report.year()));
        pageTitle = title + " – " + DEFAULT_TITLE;
        H2 heading = new H2(title);
        heading.setId("report-heading");
        Span status = new Span(getTranslation("jaarverslag.status." + report.status()));
        status.setId("report-status");
        status.getElement().getThemeList().add("badge");
        add(heading, status, new Paragraph(getTranslation(report.status() == JaarverslagStatus.DRAFT
                ? "jaarverslag.liveNotice" : "jaarverslag.submittedNotice",
                Formats.date(report.figures().compiledOn(), getLocale()))), pdfLink(report));
        if (report.boardRemarks() != null && report.editable()) {
            Paragraph remarks = new Paragraph(getTranslation("jaarverslag.boardRemarks") + ": " + report.boardRemarks());
            remarks.setId("report-board-remarks");
            remarks.getStyle().set("white-space", "pre-line");
            add(remarks);
        }
        ReportTables tables = new ReportTables(translations, getLocale());
        int number = 1;
        for (Section section : Section.values()) {
            H3 sectionHeading = new H3(number++ + ". " + getTranslation("jaarverslag.section." + section));
            sectionHeading.setId("section-" + section.name().toLowerCase(Locale.ROOT));
            // The coordinators' words first, then the figures: in the order of the PDF.
            add(sectionHeading, ownText(section, report, editable));
            tables.of(section, report.figures()).forEach(t -> add(ReportTableView.of(t)));
        }
        if (editable) {
            add(buttons(report));
        }
    }

    private com.vaadin.flow.component.Component ownText(Section section, JaarverslagView report, boolean editable) {
        if (!editable) {
            Paragraph text = new Paragraph(report.text(section));
            text.setId("text-" + section.name().toLowerCase(Locale.ROOT));
            text.getStyle().set("white-space", "pre-line");
            return text;
        }
        TextArea area = new TextArea(getTranslation("jaarverslag.ownText",
                getTranslation("jaarverslag.section." + section)));
        area.setId("text-" + section.name().toLowerCase(Locale.ROOT));
        area.setWidthFull();
        area.setMaxLength(8000);
        area.setValue(report.text(section));
        texts.put(section, area);
        return area;
    }

    private HorizontalLayout buttons(JaarverslagView report) {
        Button save = new Button(getTranslation("jaarverslag.save"), e -> save());
        save.setId("report-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(save);
        if (report.status() == JaarverslagStatus.DRAFT) {
            Button submit = new Button(getTranslation("jaarverslag.submit"), e -> confirmSubmit());
            submit.setId("report-submit");
            bar.add(submit);
        }
        bar.addClassName("save-bar");
        bar.setId("report-save-bar");
        return bar;
    }

    private Anchor pdfLink(JaarverslagView report) {
        long id = report.id();
        Locale locale = getLocale();
        String fileName = JaarverslagQueries.fileName(report.year());
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = queries.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }), getTranslation(report.status() == JaarverslagStatus.ADOPTED ? "jaarverslag.pdfAdopted"
                : "jaarverslag.pdfDraft"));
        link.setId("report-pdf");
        return link;
    }

    /** Saves the texts as typed; true when saved. A refused save leaves the form as typed. */
    boolean save() {
        Map<Section, String> typed = new EnumMap<>(Section.class);
        texts.forEach((section, area) -> typed.put(section, area.getValue()));
        long[] saved = new long[1];
        if (UiErrors.attempt(() -> saved[0] = reports.saveTexts(reportId, version, typed))) {
            version = saved[0];
            UiErrors.showSuccess(getTranslation("jaarverslag.saved"));
            return true;
        }
        return false;
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("jaarverslag.submitConfirm.title"));
        dialog.setText(getTranslation("jaarverslag.submitConfirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        Button yes = new Button(getTranslation("jaarverslag.submit"), e -> {
            dialog.close();
            submit();
        });
        yes.setId("report-submit-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(yes);
        dialog.open();
    }

    /** Saves and submits; then the page opens anew (read-only, the figures as submitted). */
    void submit() {
        if (save() && UiErrors.attempt(() -> reports.submit(reportId, version))) {
            UI.getCurrent().getPage().setLocation(RouteConfiguration.forSessionScope().getUrl(JaarverslagPage.class,
                    new RouteParameters("id", String.valueOf(reportId))) + "?" + SUBMITTED + "=1");
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
