package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.netwerkregie.annualplan.JaarplanExports;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanService;
import nl.netwerkregie.annualplan.JaarplanStatus;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.ui.EntityPage;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * One jaarplan. Coordinators edit a draft (or a plan under revision) in the {@link PlanEditor}; a save someone
 * else overtook is refused and the form keeps what was typed. Frozen (read-only) once submitted or adopted.
 * Versions compare; the begroting imports from CSV or XLSX; plan and begroting export as PDF, XLSX and CSV.
 */
@Route(value = "jaarplannen/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class JaarplanPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SUBMITTED = "ingediend";
    private static final String DEFAULT_TITLE = "Netwerkregie";

    private final JaarplanService jaarplannen;
    private final JaarplanQueries queries;
    private final JaarplanExports exports;
    private final CurrentUser currentUser;

    // What one opened plan needs. The router keeps this page when the same route opens again (another plan, or
    // this one once more), so beforeEnter starts it all afresh instead of adding to it.
    private String pageTitle = DEFAULT_TITLE;
    private long planId;
    private long version;
    private PlanEditor editor;
    private ImportPanel importPanel;

    JaarplanPage(JaarplanService jaarplannen, JaarplanQueries queries, JaarplanExports exports,
            CurrentUser currentUser) {
        this.jaarplannen = jaarplannen;
        this.queries = queries;
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        pageTitle = DEFAULT_TITLE;
        editor = null;
        importPanel = null;
        EntityPage.load(event, this, queries::get, "jaarplan.notFound").ifPresent(this::show);
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SUBMITTED)) {
            UiErrors.showSuccess(getTranslation("jaarplan.submitted"));
        }
    }

    private void show(JaarplanView plan) {
        planId = plan.id();
        version = plan.version();
        boolean editable = plan.editable() && currentUser.has(Role.COORDINATOR);
        PlanHeading heading = new PlanHeading(plan);
        pageTitle = heading.title(plan) + " – " + DEFAULT_TITLE;
        editor = new PlanEditor(plan.content(), editable, queries.committedPerTheme(plan.year()));
        add(heading, new ExportLinks(exports, plan), editor);
        if (editable) {
            importPanel = new ImportPanel(jaarplannen, editor);
            // Opslaan stays in view at the foot of the window while the coordinator works through the page
            // (6,800 px of themes and lines, issue 16): the bar is the page's own child, so it sticks all along.
            HorizontalLayout saveBar = buttons(plan);
            saveBar.addClassName("save-bar");
            saveBar.setId("plan-save-bar");
            add(saveBar, importPanel);
        }
        if (plan.submittedVersions() > 1) {
            add(new VersionComparison(queries, plan.id()));
        }
    }

    private HorizontalLayout buttons(JaarplanView plan) {
        Button save = new Button(getTranslation("jaarplan.save"), e -> save());
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (plan.status() == JaarplanStatus.DRAFT) {
            Button submit = new Button(getTranslation("jaarplan.submit"), e -> new SubmitConfirmation(this::submit).open());
            submit.setId("plan-submit");
            buttons.add(submit);
        }
        return buttons;
    }

    /** Saves what the form holds; true when saved. A refused save leaves the form as typed. */
    boolean save() {
        PlanContent content = editor.gather();
        long[] saved = new long[1];
        if (UiErrors.attempt(() -> saved[0] = jaarplannen.save(planId, version, content))) {
            version = saved[0];
            UiErrors.showSuccess(getTranslation("jaarplan.saved"));
            return true;
        }
        return false;
    }

    /** Saves and submits; then the page opens anew (read-only) and says what happens next. */
    private void submit() {
        if (save() && UiErrors.attempt(() -> jaarplannen.submit(planId, version))) {
            // A fresh page (not this instance) shows the frozen plan; the parameter brings the message along.
            UI.getCurrent().getPage().setLocation(RouteConfiguration.forSessionScope().getUrl(JaarplanPage.class,
                    new RouteParameters("id", String.valueOf(planId))) + "?" + SUBMITTED + "=1");
        }
    }

    /** What the form holds now, saved or not. */
    PlanContent gather() {
        return editor.gather();
    }

    /** Reads a spreadsheet into the form, as an upload does; only on a plan the user may edit. */
    void importSpreadsheet(byte[] data) {
        importPanel.importSpreadsheet(data);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
