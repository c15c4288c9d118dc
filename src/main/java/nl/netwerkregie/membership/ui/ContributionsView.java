package nl.netwerkregie.membership.ui;

import nl.netwerkregie.shared.ui.NarrowScreens;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.netwerkregie.membership.ContributionLine;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.csv.ExcelCsv;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.EuroField;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Contributie": per year what every member owes (by the network's rule) and what came in. Coordinators and the
 * secretary record payments; the board reads along. Open contributions first, so the list is also the reminder.
 */
@Route(value = "contributie", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class ContributionsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Checkbox onlyOutstanding = new Checkbox();
    final Grid<ContributionLine> grid = new Grid<>();
    final Span summary = new Span();
    private final ContributionService contributions;
    private final Clock clock;
    private final boolean mayRecord;

    ContributionsView(ContributionService contributions, CurrentUser currentUser, Clock clock) {
        this.contributions = contributions;
        this.clock = clock;
        this.mayRecord = currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARY);
        setSizeFull();
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("contribution.year"));
        year.setId("contribution-year");
        year.setItems(IntStream.rangeClosed(0, 5).map(back -> thisYear - back).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        onlyOutstanding.setLabel(getTranslation("contribution.onlyOutstanding"));
        onlyOutstanding.setId("contribution-only-outstanding");
        onlyOutstanding.addValueChangeListener(e -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = csv(shown());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "contributie-" + year.getValue() + ".csv",
                    "text/csv", bytes.length);
        }), getTranslation("contribution.exportCsv"));
        csv.setId("contribution-csv");
        HorizontalLayout toolbar = new HorizontalLayout(year, onlyOutstanding, csv);
        toolbar.setAlignItems(Alignment.BASELINE);
        configureGrid();
        summary.setId("contribution-summary");
        add(new H2(getTranslation("contribution.title")), toolbar, summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("contribution-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<ContributionLine> name = grid.addColumn(ContributionLine::organisationName).setHeader(getTranslation("organisation.name"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("organisation.status." + l.status().name()))
                .setHeader(getTranslation("organisation.status"));
        Grid.Column<ContributionLine> due = grid.addColumn(l -> Formats.euro(l.due(), getLocale())).setHeader(getTranslation("contribution.due"));
        grid.addColumn(l -> l.paid() == null ? "" : Formats.euro(l.paid(), getLocale()))
                .setHeader(getTranslation("contribution.paid"));
        grid.addColumn(l -> l.paidOn() == null ? "" : Formats.date(l.paidOn(), getLocale()))
                .setHeader(getTranslation("contribution.paidOn"));
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("contribution.state"));
        NarrowScreens.keepOnly(grid, name, due, grid.getColumns().get(grid.getColumns().size() - 1));
        if (mayRecord) {
            grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("contribution.none"));
    }

    private Span stateBadge(ContributionLine line) {
        Span badge = new Span(getTranslation("contribution.state." + line.state()));
        badge.getElement().getThemeList().add(switch (line.state()) {
            case PAID -> "badge success";
            case OPEN, PARTLY_PAID -> "badge error";
            case EXEMPT -> "badge contrast";
        });
        return badge;
    }

    private Button action(ContributionLine line) {
        if (line.paid() != null) {
            Button undo = new Button(getTranslation("contribution.undo"), e -> {
                if (UiErrors.attempt(() -> contributions.removePayment(line.organisationId(), line.year()))) {
                    refresh();
                }
            });
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return undo;
        }
        Button record = new Button(getTranslation("contribution.record"), e -> openRecord(line));
        record.setId("record-" + line.organisationId());
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        record.setEnabled(line.due().signum() > 0);
        return record;
    }

    /** The dialog keeps what was typed when the service refuses it, and names the field that is wrong. */
    void openRecord(ContributionLine line) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("contribution.recordTitle", line.organisationName(),
                String.valueOf(line.year())));
        BigDecimalField amount = new EuroField(getTranslation("contribution.amount"));
        amount.setId("payment-amount");
        amount.setValue(line.due());
        DatePicker paidOn = DatePickers.create(getTranslation("contribution.paidOn"));
        paidOn.setId("payment-date");
        paidOn.setLocale(getLocale());
        paidOn.setValue(LocalDate.now(clock));
        paidOn.setMax(LocalDate.now(clock));
        Button save = new Button(getTranslation("contribution.save"), e -> {
            amount.setInvalid(false);
            paidOn.setInvalid(false);
            try {
                contributions.recordPayment(line.organisationId(), line.year(), amount.getValue(), paidOn.getValue());
                dialog.close();
                UiErrors.showSuccess(getTranslation("contribution.recorded", line.organisationName()));
                refresh();
            } catch (DomainException ex) {
                HasValidation field = switch (ex.messageKey()) {
                    case "contribution.amountRequired", "contribution.amountCents" -> amount;
                    case "contribution.dateRequired", "contribution.dateInFuture" -> paidOn;
                    default -> null;
                };
                if (field == null) {
                    UiErrors.showError(getTranslation(ex.messageKey(), ex.arguments()));
                } else {
                    field.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                    field.setInvalid(true);
                }
            }
        });
        save.setId("payment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(amount, paidOn));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        List<ContributionLine> all = contributions.year(year.getValue());
        grid.setItems(all.stream().filter(l -> !onlyOutstanding.getValue() || l.outstanding()).toList());
        long open = all.stream().filter(ContributionLine::outstanding).count();
        summary.setText(getTranslation("contribution.summary", all.size(), open));
    }

    private List<ContributionLine> shown() {
        return grid.getGenericDataView().getItems().toList();
    }

    private byte[] csv(List<ContributionLine> lines) {
        Locale locale = getLocale();
        return ExcelCsv.write(List.of(getTranslation("organisation.name"), getTranslation("organisation.status"),
                getTranslation("contribution.due"), getTranslation("contribution.paid"),
                getTranslation("contribution.paidOn"), getTranslation("contribution.state")), printer -> {
            for (ContributionLine l : lines) {
                printer.printRecord(l.organisationName(), getTranslation("organisation.status." + l.status().name()),
                        ExcelCsv.decimal(l.due()), ExcelCsv.decimal(l.paid()), ExcelCsv.date(l.paidOn()),
                        getTranslation("contribution.state." + l.state()));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.title") + " – Netwerkregie";
    }
}
