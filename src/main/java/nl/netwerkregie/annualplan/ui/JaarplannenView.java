package nl.netwerkregie.annualplan.ui;

import nl.netwerkregie.shared.ui.NarrowScreens;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanService;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.shared.ui.RowOpening;

/** The jaarplannen, newest year first; coordinators start the plan for a new year here. */
@Route(value = "jaarplannen", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class JaarplannenView extends VerticalLayout implements HasDynamicTitle {

    final Grid<JaarplanView> grid = new Grid<>();

    JaarplannenView(JaarplanService jaarplannen, JaarplanQueries queries, CurrentUser currentUser, Clock clock) {
        add(new H2(getTranslation("jaarplan.list.title")));
        if (currentUser.has(Role.COORDINATOR)) {
            IntegerField year = new IntegerField(getTranslation("jaarplan.field.year"));
            year.setId("new-plan-year");
            year.setValue(LocalDate.now(clock).getYear() + 1);
            TextField title = new TextField(getTranslation("jaarplan.field.title"));
            title.setId("new-plan-title");
            title.setWidth("24em");
            Button create = new Button(getTranslation("jaarplan.list.create"), e -> {
                long[] id = new long[1];
                if (UiErrors.attempt(() -> id[0] = jaarplannen.create(year.getValue() == null ? 0 : year.getValue(),
                        title.getValue()))) {
                    getUI().ifPresent(ui -> ui.navigate(JaarplanPage.class,
                            new RouteParameters("id", String.valueOf(id[0]))));
                }
            });
            create.setId("new-plan-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout form = new HorizontalLayout(year, title, create);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        grid.setId("jaarplannen-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<JaarplanView> year = grid.addColumn(JaarplanView::year).setHeader(getTranslation("jaarplan.field.year")).setAutoWidth(true);
        grid.addColumn(p -> p.content().title()).setHeader(getTranslation("jaarplan.field.title")).setFlexGrow(1);
        Grid.Column<JaarplanView> status = grid.addColumn(p -> getTranslation("jaarplan.status." + p.status())).setHeader(getTranslation("jaarplan.column.status"));
        grid.addColumn(p -> Formats.euro(p.begroting().totalCosts(), getLocale()))
                .setHeader(getTranslation("jaarplan.totalCosts"));
        grid.addColumn(p -> p.submittedVersions()).setHeader(getTranslation("jaarplan.column.versions"));
        NarrowScreens.keepOnly(grid, year, status);
        grid.setItems(queries.all());
        RowOpening.onClickOrEnter(grid, row -> getUI().ifPresent(ui -> ui.navigate(JaarplanPage.class,
                new RouteParameters("id", String.valueOf(row.id())))));
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jaarplan.list.title") + " – Netwerkregie";
    }
}
