package nl.netwerkregie.annualreport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.annualreport.JaarverslagQueries;
import nl.netwerkregie.annualreport.JaarverslagService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.NarrowScreens;
import nl.netwerkregie.shared.ui.RowOpening;
import nl.netwerkregie.shared.ui.UiErrors;

/** The jaarverslagen, newest year first; coordinators start the report of a year here. */
@Route(value = "jaarverslagen", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class JaarverslagenView extends VerticalLayout implements HasDynamicTitle {

    final Grid<JaarverslagQueries.Listed> grid = new Grid<>();
    final IntegerField year = new IntegerField();

    JaarverslagenView(JaarverslagService reports, JaarverslagQueries queries, CurrentUser currentUser, Clock clock) {
        add(new H2(getTranslation("jaarverslag.list.title")));
        if (currentUser.has(Role.COORDINATOR)) {
            year.setLabel(getTranslation("jaarverslag.field.year"));
            year.setId("new-report-year");
            year.setValue(LocalDate.now(clock).getYear());
            Button create = new Button(getTranslation("jaarverslag.list.create"), e -> {
                long[] id = new long[1];
                if (UiErrors.attempt(() -> id[0] = reports.create(year.getValue() == null ? 0 : year.getValue()))) {
                    getUI().ifPresent(ui -> ui.navigate(JaarverslagPage.class,
                            new RouteParameters("id", String.valueOf(id[0]))));
                }
            });
            create.setId("new-report-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout form = new HorizontalLayout(year, create);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        grid.setId("jaarverslagen-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<JaarverslagQueries.Listed> yearColumn = grid.addColumn(JaarverslagQueries.Listed::year)
                .setHeader(getTranslation("jaarverslag.field.year")).setAutoWidth(true);
        Grid.Column<JaarverslagQueries.Listed> status = grid.addColumn(
                r -> getTranslation("jaarverslag.status." + r.status())).setHeader(getTranslation("jaarverslag.column.status"));
        grid.addColumn(JaarverslagQueries.Listed::submittedVersions).setHeader(getTranslation("jaarverslag.column.versions"));
        grid.addColumn(r -> Formats.date(r.updatedAt(), getLocale())).setHeader(getTranslation("jaarverslag.column.updated"));
        NarrowScreens.keepOnly(grid, yearColumn, status);
        grid.setItems(queries.all());
        RowOpening.onClickOrEnter(grid, row -> getUI().ifPresent(ui -> ui.navigate(JaarverslagPage.class,
                new RouteParameters("id", String.valueOf(row.id())))));
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jaarverslag.list.title") + " – Netwerkregie";
    }
}
