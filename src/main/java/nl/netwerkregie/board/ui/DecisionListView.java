package nl.netwerkregie.board.ui;

import nl.netwerkregie.shared.ui.NarrowScreens;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import nl.netwerkregie.board.BoardDecision;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionExport;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.shared.ui.RowOpening;
import nl.netwerkregie.shared.ui.SearchInUrl;

/** "Besluitenlijst": every board decision with its outcome and count; export as CSV. */
@Route(value = "besluiten", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class DecisionListView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    private final BoardDecisionService decisions;
    private final Clock clock;
    final Grid<BoardDecision> grid = new Grid<>();
    /** Finds a decision by a word of its subject or question, in the database, a page at a time. */
    final TextField search = new TextField();

    DecisionListView(BoardDecisionService decisions, DecisionExport export, CurrentUser currentUser, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
        setSizeFull();
        grid.setId("decision-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<BoardDecision> date = grid.addColumn(d -> d.getMeetingDate() != null ? Formats.date(d.getMeetingDate(), getLocale())
                : Formats.date(d.getClosedAt() != null ? d.getClosedAt() : d.getPreparedAt(), getLocale()))
                .setHeader(getTranslation("board.column.date")).setSortable(true).setSortProperty("preparedAt");
        Grid.Column<BoardDecision> subject = grid.addColumn(BoardDecision::getSubject).setHeader(getTranslation("board.column.subject")).setSortable(true)
                .setSortProperty("subject").setFlexGrow(2);
        grid.addColumn(BoardDecision::getQuestion).setHeader(getTranslation("board.question")).setFlexGrow(3);
        Grid.Column<BoardDecision> outcome = grid.addColumn(d -> getTranslation("board.status." + d.getStatus())
                + (d.getOutcome() == null ? "" : " – " + getTranslation("board.outcome." + d.getOutcome())))
                .setHeader(getTranslation("board.column.outcome")).setSortable(true).setSortProperty("status", "outcome");
        grid.addColumn(d -> d.getOutcome() == null ? "" : getTranslation("board.tally", d.getYesCount(), d.getNoCount(),
                d.getAbstainCount(), d.getRecusedCount())).setHeader(getTranslation("board.column.tally")).setAutoWidth(true);
        NarrowScreens.keepOnly(grid, date, subject, outcome);
        RowOpening.onClickOrEnter(grid, row -> getUI().ifPresent(ui -> ui.navigate(DecisionView.class,
                new RouteParameters("id", String.valueOf(row.getId())))));
        grid.setEmptyStateText(getTranslation("board.noDecisions"));

        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.decisionListCsv(locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "besluitenlijst.csv", "text/csv", bytes.length);
        }), getTranslation("board.exportCsv"));
        csv.setId("export-csv");
        SearchInUrl.configure(search, "decision-search", getTranslation("board.search"), "besluiten", this::refresh);
        HorizontalLayout toolbar = new HorizontalLayout(search, csv);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (currentUser.has(Role.COORDINATOR)) {
            Button put = new Button(getTranslation("board.putToBoard"), e -> openPutToBoard());
            put.setId("put-to-board");
            put.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addComponentAsFirst(put);
        }
        add(new H2(getTranslation("board.title")), toolbar, grid);
        refresh();
    }

    /** A page at a time, sorted by the database; no count, which would grow with the years of decisions. */
    private void refresh() {
        String words = search.getValue();
        grid.setItems(query -> decisions.page(words, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        search.setValue(SearchInUrl.from(event));
    }

    /** A coordinator puts an ad hoc matter to the board; the flows put their own decisions themselves. */
    private void openPutToBoard() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("board.putToBoard"));
        TextField subject = new TextField(getTranslation("board.column.subject"));
        subject.setId("new-subject");
        subject.setRequired(true);
        subject.setMaxLength(300);
        TextField question = new TextField(getTranslation("board.question"));
        question.setId("new-question");
        question.setRequired(true);
        question.setMaxLength(1000);
        TextArea proposal = new TextArea(getTranslation("board.proposal"));
        proposal.setId("new-proposal");
        proposal.setRequired(true);
        proposal.setMaxLength(8000);
        ComboBox<DecisionMode> mode = new ComboBox<>(getTranslation("board.mode"));
        mode.setItems(DecisionMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("board.mode." + m));
        mode.setValue(DecisionMode.ONLINE);
        DatePicker deadline = DatePickers.create(getTranslation("board.deadline"));
        deadline.setId("new-deadline");
        deadline.setMin(LocalDate.now(clock).plusDays(1));
        deadline.setValue(LocalDate.now(clock).plusDays(14));
        FormLayout form = new FormLayout(subject, question, proposal, mode, deadline);
        form.setColspan(proposal, 2);
        Button save = new Button(getTranslation("board.putToBoard"), e -> {
            // Every empty field gets its message at once (non-short-circuit &), and nothing typed is cleared.
            if (!(requireText(subject) & requireText(question) & requireText(proposal))) {
                return;
            }
            var at = deadline.getValue() == null ? null
                    : deadline.getValue().atTime(LocalTime.of(23, 59)).atZone(clock.getZone()).toInstant();
            if (UiErrors.attempt(() -> decisions.putToBoard(subject.getValue(), question.getValue(), proposal.getValue(),
                    mode.getValue(), at))) {
                dialog.close();
                UiErrors.showSuccess(getTranslation("board.putToBoardDone"));
                refresh();
            }
        });
        save.setId("save-put-to-board");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("48em");
        dialog.open();
    }

    private boolean requireText(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field) {
        boolean filled = field.getValue() != null && !field.getValue().isBlank();
        field.setErrorMessage(filled ? null : getTranslation("validation.required"));
        field.setInvalid(!filled);
        return filled;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " – Netwerkregie";
    }
}
