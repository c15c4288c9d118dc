package nl.netwerkregie.workinggroup.ui;

import nl.netwerkregie.shared.ui.NarrowScreens;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.workinggroup.Werkgroep;
import nl.netwerkregie.workinggroup.WerkgroepForm;
import nl.netwerkregie.workinggroup.WerkgroepService;
import nl.netwerkregie.shared.ui.RowOpening;

/** "Werkgroepen": every werkgroep; coordinators add new ones. */
@Route(value = "werkgroepen", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class WerkgroepenView extends VerticalLayout implements HasDynamicTitle {

    private final WerkgroepService werkgroepen;
    final Grid<Werkgroep> grid = new Grid<>();

    WerkgroepenView(WerkgroepService werkgroepen, CurrentUser currentUser) {
        this.werkgroepen = werkgroepen;
        setSizeFull();
        grid.setId("werkgroep-grid");
        Grid.Column<Werkgroep> name = grid.addColumn(Werkgroep::getName).setHeader(getTranslation("werkgroep.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(w -> getTranslation(w.isPermanent() ? "werkgroep.permanent" : "werkgroep.temporary"))
                .setHeader(getTranslation("werkgroep.kind"));
        grid.addColumn(w -> w.getTheme() == null ? "" : w.getTheme()).setHeader(getTranslation("werkgroep.theme"));
        grid.addColumn(w -> w.isPermanent() ? getTranslation("werkgroep.ongoing") : Formats.date(w.getStartDate(), getLocale()) + " – "
                + Formats.date(w.getEndDate(), getLocale())).setHeader(getTranslation("werkgroep.period"));
        NarrowScreens.keepOnly(grid, name);
        grid.setEmptyStateText(getTranslation("werkgroep.none"));
        RowOpening.onClickOrEnter(grid, row -> UI.getCurrent().navigate(WerkgroepView.class,
                new RouteParameters("id", String.valueOf(row.getId()))));
        H2 title = new H2(getTranslation("werkgroep.title"));
        add(title);
        if (currentUser.has(Role.COORDINATOR)) {
            Button add = new Button(getTranslation("werkgroep.new"), e -> openNew());
            add.setId("new-werkgroep");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(grid);
        grid.setItems(werkgroepen.all());
    }

    private void openNew() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("werkgroep.new"));
        TextField name = new TextField(getTranslation("werkgroep.name"));
        name.setId("werkgroep-name");
        name.setRequired(true);
        name.setMaxLength(200);
        RadioButtonGroup<Boolean> permanent = new RadioButtonGroup<>(getTranslation("werkgroep.kind"));
        permanent.setId("werkgroep-permanent");
        permanent.setItems(true, false);
        permanent.setItemLabelGenerator(p -> getTranslation(p ? "werkgroep.permanent" : "werkgroep.temporary"));
        permanent.setValue(true);
        ThemeField theme = new ThemeField(getTranslation("werkgroep.theme"), "werkgroep-theme",
                werkgroepen.themeSuggestions());
        DatePicker start = DatePickers.create(getTranslation("werkgroep.startDate"));
        start.setId("werkgroep-start");
        DatePicker end = DatePickers.create(getTranslation("werkgroep.endDate"));
        end.setId("werkgroep-end");
        start.setVisible(false);
        end.setVisible(false);
        permanent.addValueChangeListener(e -> {
            start.setVisible(Boolean.FALSE.equals(e.getValue()));
            end.setVisible(Boolean.FALSE.equals(e.getValue()));
        });
        Button save = new Button(getTranslation("werkgroep.save"), e -> {
            name.setInvalid(false);
            theme.setInvalid(false);
            start.setInvalid(false);
            end.setInvalid(false);
            WerkgroepForm form = new WerkgroepForm(name.getValue(), !Boolean.FALSE.equals(permanent.getValue()),
                    theme.theme(), start.getValue(), end.getValue());
            boolean[] atField = {false};
            boolean done = UiErrors.attempt(() -> {
                try {
                    werkgroepen.create(form);
                } catch (DomainException ex) {
                    com.vaadin.flow.component.HasValidation field = switch (ex.messageKey()) {
                        case "werkgroep.nameRequired", "werkgroep.duplicate" -> name;
                        case "werkgroep.startRequired" -> start;
                        case "werkgroep.themeTooLong" -> theme;
                        case "werkgroep.endRequired", "werkgroep.endBeforeStart" -> end;
                        default -> null;
                    };
                    if (field == null) {
                        throw ex;
                    }
                    field.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                    field.setInvalid(true);
                    atField[0] = true;
                }
            });
            if (done && !atField[0]) {
                dialog.close();
                UiErrors.showSuccess(getTranslation("werkgroep.created"));
                grid.setItems(werkgroepen.all());
            }
        });
        save.setId("save-werkgroep");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, permanent, theme, start, end));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("werkgroep.title") + " – Netwerkregie";
    }
}
