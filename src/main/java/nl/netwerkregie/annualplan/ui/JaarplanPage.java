package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.BegrotingImport;
import nl.netwerkregie.annualplan.BegrotingWarning;
import nl.netwerkregie.annualplan.CostItem;
import nl.netwerkregie.annualplan.IncomeKind;
import nl.netwerkregie.annualplan.IncomeLine;
import nl.netwerkregie.annualplan.JaarplanService;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.PercentageBase;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.annualplan.PlanVersions;
import nl.netwerkregie.annualplan.SplitLine;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.annualplan.VersionChange;
import nl.netwerkregie.annualplan.VersionInfo;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.ui.EntityPage;
import nl.netwerkregie.shared.ui.EuroField;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * One jaarplan. Coordinators edit a draft (or a plan under revision): texts, income, split, themes with their
 * cost items; totals, warnings and the chart follow every change, never typed. A save someone else overtook is
 * refused and the form keeps what was typed. Frozen (read-only) once submitted or adopted. Versions compare;
 * the begroting imports from CSV; plan and begroting export as PDF and CSV.
 */
@Route(value = "jaarplannen/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class JaarplanPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SUBMITTED = "ingediend";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final JaarplanService jaarplannen;
    private final CurrentUser currentUser;
    private String pageTitle = "Netwerkregie";

    private long planId;
    private long version;
    private boolean editable;
    final TextField title = new TextField();
    final TextArea ambition = new TextArea();
    final TextArea goals = new TextArea();
    final BigDecimalField projectBudget = new EuroField();
    final BigDecimalField contributionBase = new EuroField();
    private final VerticalLayout incomeRows = new VerticalLayout();
    private final VerticalLayout splitRows = new VerticalLayout();
    private final VerticalLayout themeEditors = new VerticalLayout();
    private final List<IncomeRowEditor> incomes = new ArrayList<>();
    private final List<SplitRowEditor> splits = new ArrayList<>();
    final List<ThemeEditor> themes = new ArrayList<>();
    private final Div warnings = new Div();
    private final Span totals = new Span();
    private final CostChart chart = new CostChart();
    private final Div importReport = new Div();
    private Begroting current = Begroting.of(new PlanContent("", null, null, null, null, null, null, null));

    JaarplanPage(JaarplanService jaarplannen, CurrentUser currentUser) {
        this.jaarplannen = jaarplannen;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        EntityPage.load(event, this, jaarplannen::get, "jaarplan.notFound").ifPresent(this::show);
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SUBMITTED)) {
            UiErrors.showSuccess(getTranslation("jaarplan.submitted"));
        }
    }

    private void show(JaarplanView plan) {
        planId = plan.id();
        version = plan.version();
        chart.committed(jaarplannen.committedPerTheme(plan.year()));
        editable = plan.editable() && currentUser.has(Role.COORDINATOR);
        pageTitle = getTranslation("jaarplan.pdf.title", String.valueOf(plan.year()), plan.content().title())
                + " – Netwerkregie";
        H2 heading = new H2(getTranslation("jaarplan.pdf.title", String.valueOf(plan.year()), plan.content().title()));
        heading.setId("plan-heading");
        Span status = new Span(getTranslation("jaarplan.status." + plan.status()));
        status.setId("plan-status");
        status.getElement().getThemeList().add("badge");
        add(heading, status);
        if (plan.boardRemarks() != null && plan.status().editable()) {
            Paragraph remarks = new Paragraph(getTranslation("jaarplan.boardRemarks") + ": " + plan.boardRemarks());
            remarks.setId("plan-board-remarks");
            remarks.getStyle().set("white-space", "pre-line");
            add(remarks);
        }
        if (!plan.editable()) {
            add(new Paragraph(getTranslation(plan.status() == nl.netwerkregie.annualplan.JaarplanStatus.ADOPTED
                    ? "jaarplan.frozenNotice" : "jaarplan.submittedNotice")));
        }
        add(exports(plan));

        label(title, "jaarplan.field.title", "plan-title");
        title.setWidthFull();
        label(ambition, "jaarplan.field.ambition", "plan-ambition");
        ambition.setWidthFull();
        label(goals, "jaarplan.field.goals", "plan-goals");
        goals.setWidthFull();
        label(projectBudget, "jaarplan.field.projectBudget", "plan-project-budget");
        label(contributionBase, "jaarplan.field.contributionBase", "plan-contribution-base");
        contributionBase.setHelperText(getTranslation("jaarplan.field.contributionBaseHelp"));
        fill(plan.content());
        projectBudget.setWidth("16em");
        contributionBase.setWidth("22em");
        add(title, ambition, goals, new HorizontalLayout(projectBudget, contributionBase));

        add(new H3(getTranslation("jaarplan.section.income")), incomeRows);
        if (editable) {
            Button addIncome = new Button(getTranslation("jaarplan.income.add"), e -> {
                addIncome(new IncomeLine(IncomeKind.SUBSIDY, "", null));
                refresh();
            });
            addIncome.setId("income-add");
            add(addIncome);
        }
        add(new H3(getTranslation("jaarplan.section.themes")), themeEditors);
        if (editable) {
            Button addTheme = new Button(getTranslation("jaarplan.theme.add"), e -> {
                addTheme(new ThemePlan("", null, null, List.of()));
                refresh();
            });
            addTheme.setId("theme-add");
            add(addTheme);
        }
        add(new H3(getTranslation("jaarplan.section.split")), splitRows);
        if (editable) {
            Button addSplit = new Button(getTranslation("jaarplan.split.add"), e -> {
                addSplit(new SplitLine("", null, null));
                refresh();
            });
            addSplit.setId("split-add");
            add(addSplit);
        }
        totals.setId("plan-totals");
        warnings.setId("plan-warnings");
        add(new H3(getTranslation("jaarplan.section.totals")), totals, warnings, chart);
        if (editable) {
            add(actions(plan));
        }
        if (plan.submittedVersions() > 1) {
            add(versionCompare());
        }
        refresh();
    }

    private Component exports(JaarplanView plan) {
        Locale locale = getLocale();
        long id = plan.id();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = jaarplannen.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), JaarplanService.fileName(plan, "pdf"),
                    "application/pdf", bytes.length);
        }), getTranslation("jaarplan.exportPdf"));
        pdf.setId("export-pdf");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = jaarplannen.csv(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), JaarplanService.fileName(plan, "csv"),
                    "text/csv", bytes.length);
        }), getTranslation("jaarplan.exportCsv"));
        csv.setId("export-csv");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = jaarplannen.xlsx(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), JaarplanService.fileName(plan, "xlsx"),
                    XLSX, bytes.length);
        }), getTranslation("jaarplan.exportXlsx"));
        xlsx.setId("export-xlsx");
        return new HorizontalLayout(pdf, xlsx, csv);
    }

    private Component actions(JaarplanView plan) {
        Button save = new Button(getTranslation("jaarplan.save"), e -> save());
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (plan.status() == nl.netwerkregie.annualplan.JaarplanStatus.DRAFT) {
            Button submit = new Button(getTranslation("jaarplan.submit"), e -> confirmSubmit());
            submit.setId("plan-submit");
            buttons.add(submit);
        }
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> importSpreadsheet(data))));
        upload.setId("begroting-import");
        upload.setAcceptedFileTypes("text/csv", ".csv", XLSX, ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("jaarplan.import.uploadButton"))
                .setMany(getTranslation("jaarplan.import.uploadButton")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("jaarplan.import.dropHere"))
                .setMany(getTranslation("jaarplan.import.dropHere")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("jaarplan.import.tooLarge"))
                .setIncorrectFileType(getTranslation("jaarplan.import.wrongType"))
                .setTooManyFiles(getTranslation("jaarplan.import.oneFile")));
        upload.setI18n(i18n);
        importReport.setId("import-report");
        VerticalLayout importBox = new VerticalLayout(new Span(getTranslation("jaarplan.import.intro")), upload,
                importReport);
        importBox.setPadding(false);
        VerticalLayout box = new VerticalLayout(buttons, importBox);
        box.setPadding(false);
        return box;
    }

    /**
     * Submitting freezes the plan until the board sends it back, so it is asked once more. After it, the page
     * opens anew (read-only) and says what happens next.
     */
    private void confirmSubmit() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("jaarplan.submitConfirm.title"));
        confirm.setText(getTranslation("jaarplan.submitConfirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        Button yes = new Button(getTranslation("jaarplan.submit"));
        yes.setId("plan-submit-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClickListener(e -> {
            confirm.close();
            if (save() && UiErrors.attempt(() -> jaarplannen.submit(planId, version))) {
                // A fresh page (not this instance) shows the frozen plan; the parameter brings the message along.
                UI.getCurrent().getPage().setLocation(RouteConfiguration.forSessionScope().getUrl(JaarplanPage.class,
                        new RouteParameters("id", String.valueOf(planId))) + "?" + SUBMITTED + "=1");
            }
        });
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    /** Saves what the form holds; true when saved. A refused save leaves the form as typed. */
    boolean save() {
        PlanContent content = gather();
        long[] saved = new long[1];
        if (UiErrors.attempt(() -> saved[0] = jaarplannen.save(planId, version, content))) {
            version = saved[0];
            UiErrors.showSuccess(getTranslation("jaarplan.saved"));
            return true;
        }
        return false;
    }

    /** The imported items (CSV or XLSX) join the form (not yet saved); rows that could not be read are listed. */
    void importSpreadsheet(byte[] data) {
        BegrotingImport.ImportResult result = BegrotingImport.read(data);
        PlanContent merged = result.mergeInto(gather());
        themeEditors.removeAll();
        themes.clear();
        merged.themes().forEach(this::addTheme);
        importReport.removeAll();
        importReport.add(new Paragraph(getTranslation("jaarplan.import.done", result.items().size(),
                result.errors().size())));
        for (BegrotingImport.RowError error : result.errors()) {
            importReport.add(new Paragraph(getTranslation("jaarplan.import.rowError", error.row(),
                    getTranslation(error.reasonKey(), error.value()))));
        }
        refresh();
    }

    PlanContent gather() {
        return new PlanContent(title.getValue(), ambition.getValue(), goals.getValue(), projectBudget.getValue(),
                contributionBase.getValue(), themes.stream().map(ThemeEditor::value).toList(),
                incomes.stream().map(IncomeRowEditor::value).toList(), splits.stream().map(SplitRowEditor::value).toList());
    }

    private void fill(PlanContent content) {
        title.setValue(content.title() == null ? "" : content.title());
        ambition.setValue(content.ambition() == null ? "" : content.ambition());
        goals.setValue(content.goals() == null ? "" : content.goals());
        projectBudget.setValue(content.projectBudget());
        contributionBase.setValue(content.contributionBase());
        for (var f : List.of(title, ambition, goals)) {
            f.setReadOnly(!editable);
        }
        projectBudget.setReadOnly(!editable);
        contributionBase.setReadOnly(!editable);
        projectBudget.addValueChangeListener(e -> refresh());
        incomeRows.setPadding(false);
        splitRows.setPadding(false);
        themeEditors.setPadding(false);
        content.income().forEach(this::addIncome);
        content.split().forEach(this::addSplit);
        content.themes().forEach(this::addTheme);
    }

    private void refresh() {
        PlanContent content = gather();
        current = Begroting.of(content);
        Locale locale = getLocale();
        themes.forEach(ThemeEditor::update);
        totals.setText(getTranslation("jaarplan.totalsLine", Formats.euro(current.totalCosts(), locale),
                Formats.euro(current.totalIncome(), locale), Formats.euro(current.totalSubsidy(), locale)));
        warnings.removeAll();
        for (BegrotingWarning w : current.warnings()) {
            Object[] args = w.arguments().stream()
                    .map(a -> a instanceof BigDecimal b ? Formats.euro(b, locale) : a).toArray();
            Paragraph p = new Paragraph(getTranslation(w.key(), args));
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            warnings.add(p);
        }
        chart.show(content, locale);
    }

    private void addIncome(IncomeLine line) {
        IncomeRowEditor row = new IncomeRowEditor(line);
        incomes.add(row);
        incomeRows.add(row);
    }

    private void addSplit(SplitLine line) {
        SplitRowEditor row = new SplitRowEditor(line);
        splits.add(row);
        splitRows.add(row);
    }

    private void addTheme(ThemePlan theme) {
        ThemeEditor editor = new ThemeEditor(theme, themes.size());
        themes.add(editor);
        themeEditors.add(editor);
    }

    private Component versionCompare() {
        List<VersionInfo> all = jaarplannen.versions(planId);
        Select<Integer> from = new Select<>();
        Select<Integer> to = new Select<>();
        List<Integer> numbers = all.stream().map(VersionInfo::number).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        from.setLabel(getTranslation("jaarplan.versions.from"));
        to.setLabel(getTranslation("jaarplan.versions.to"));
        from.setId("version-from");
        to.setId("version-to");
        from.setValue(numbers.get(numbers.size() - 2));
        to.setValue(numbers.get(numbers.size() - 1));
        Grid<VersionChange> changes = new Grid<>();
        changes.setId("version-changes");
        changes.addColumn(c -> place(c.key())).setHeader(getTranslation("jaarplan.versions.place")).setFlexGrow(2);
        changes.addColumn(c -> value(c.oldText(), c.oldAmount())).setHeader(getTranslation("jaarplan.versions.old")).setFlexGrow(2);
        changes.addColumn(c -> value(c.newText(), c.newAmount())).setHeader(getTranslation("jaarplan.versions.new")).setFlexGrow(2);
        changes.setAllRowsVisible(true);
        Button compare = new Button(getTranslation("jaarplan.versions.compare"), e -> UiErrors.attempt(() ->
                changes.setItems(jaarplannen.compare(planId, from.getValue(), to.getValue()))));
        compare.setId("version-compare");
        HorizontalLayout controls = new HorizontalLayout(from, to, compare);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        changes.setItems(jaarplannen.compare(planId, from.getValue(), to.getValue()));
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("jaarplan.versions.title")), controls, changes);
        box.setPadding(false);
        return box;
    }

    private String value(String text, BigDecimal amount) {
        if (amount != null) {
            return Formats.euro(amount, getLocale()) + (text == null ? "" : " (" + text + ")");
        }
        return text == null ? "—" : text;
    }

    /** A snapshot key in the reader's words, e.g. "Bewustwording › Catering". */
    String place(String key) {
        String[] p = key.split(java.util.regex.Pattern.quote(PlanVersions.SEPARATOR));
        return switch (p[0]) {
            case "plan" -> getTranslation("jaarplan.field." + p[1]);
            case "theme" -> p.length >= 4 ? p[1] + " › " + p[3]
                    : p[1] + " › " + getTranslation(p[2].startsWith("total") ? "jaarplan.themeTotal" : "jaarplan.field." + p[2]);
            case "income" -> getTranslation("jaarplan.income." + p[1]) + " › " + (p.length > 2 ? p[2] : "");
            case "split" -> getTranslation("jaarplan.section.split") + " › " + p[1];
            case "total" -> getTranslation(p[1].equals("costs") ? "jaarplan.totalCosts" : "jaarplan.totalIncome");
            default -> key;
        };
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, String id) {
        field.setLabel(getTranslation(key));
        ((Component) field).setId(id);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /** One income line in the form. */
    private final class IncomeRowEditor extends HorizontalLayout {
        private final Select<IncomeKind> kind = new Select<>();
        private final TextField label = new TextField();
        private final BigDecimalField amount = new EuroField();

        IncomeRowEditor(IncomeLine line) {
            kind.setItems(IncomeKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("jaarplan.income." + k));
            kind.setValue(line.kind());
            kind.setLabel(getTranslation("jaarplan.income.kind"));
            label.setValue(line.label() == null ? "" : line.label());
            label.setLabel(getTranslation("jaarplan.income.label"));
            label.setWidth("22em");
            amount.setValue(line.amount());
            amount.setLabel(getTranslation("jaarplan.income.amount"));
            amount.addValueChangeListener(e -> refresh());
            kind.addValueChangeListener(e -> refresh());
            kind.setReadOnly(!editable);
            label.setReadOnly(!editable);
            amount.setReadOnly(!editable);
            add(kind, label, amount);
            if (editable) {
                add(new Button(getTranslation("jaarplan.remove"), e -> {
                    incomes.remove(this);
                    incomeRows.remove(this);
                    refresh();
                }));
            }
            setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        }

        IncomeLine value() {
            return new IncomeLine(kind.getValue(), label.getValue(), amount.getValue());
        }
    }

    /** One sub-network's part of the project costs in the form. */
    private final class SplitRowEditor extends HorizontalLayout {
        private final TextField subNetwork = new TextField();
        private final BigDecimalField amount = new EuroField();
        private final BigDecimalField fraction = new BigDecimalField();

        SplitRowEditor(SplitLine line) {
            subNetwork.setValue(line.subNetwork() == null ? "" : line.subNetwork());
            subNetwork.setLabel(getTranslation("jaarplan.split.subNetwork"));
            subNetwork.setWidth("22em");
            amount.setValue(line.amount());
            amount.setLabel(getTranslation("jaarplan.split.amount"));
            fraction.setValue(line.fraction());
            fraction.setLabel(getTranslation("jaarplan.split.fraction"));
            amount.addValueChangeListener(e -> refresh());
            fraction.addValueChangeListener(e -> refresh());
            subNetwork.setReadOnly(!editable);
            amount.setReadOnly(!editable);
            fraction.setReadOnly(!editable);
            add(subNetwork, amount, fraction);
            if (editable) {
                add(new Button(getTranslation("jaarplan.remove"), e -> {
                    splits.remove(this);
                    splitRows.remove(this);
                    refresh();
                }));
            }
            setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        }

        SplitLine value() {
            return new SplitLine(subNetwork.getValue(), amount.getValue(), fraction.getValue());
        }
    }

    /** A theme in the form: name, aims, activities, and its items in a grid with computed totals. */
    final class ThemeEditor extends Details {
        final TextField name = new TextField();
        private final TextArea aims = new TextArea();
        private final TextArea activities = new TextArea();
        final List<CostItem> items = new ArrayList<>();
        final Grid<CostItem> grid = new Grid<>();
        private final Span total = new Span();
        final TextField description = new TextField();
        final BigDecimalField unitCost = new EuroField();
        final IntegerField count = new IntegerField();
        final IntegerField participants = new IntegerField();
        final BigDecimalField percentage = new BigDecimalField();
        final Select<PercentageBase> percentageOf = new Select<>();

        ThemeEditor(ThemePlan theme, int index) {
            setId("theme-" + index);
            setOpened(true);
            name.setValue(theme.name() == null ? "" : theme.name());
            name.setLabel(getTranslation("jaarplan.theme.name"));
            name.setId("theme-" + index + "-name");
            name.setWidth("24em");
            name.addValueChangeListener(e -> refresh());
            aims.setValue(theme.aims() == null ? "" : theme.aims());
            aims.setLabel(getTranslation("jaarplan.field.aims"));
            aims.setWidthFull();
            activities.setValue(theme.activities() == null ? "" : theme.activities());
            activities.setLabel(getTranslation("jaarplan.field.activities"));
            activities.setWidthFull();
            items.addAll(theme.items());
            grid.setId("theme-" + index + "-items");
            // The description takes the room and wraps; the figures keep to their width, right-aligned.
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(CostItem::description).setHeader(getTranslation("jaarplan.item.description")).setFlexGrow(4);
            grid.addColumn(i -> i.isPercentage() ? "" : Formats.euro(i.unitCost(), getLocale()))
                    .setHeader(getTranslation("jaarplan.item.unitCost")).setAutoWidth(true).setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(i -> i.isPercentage() ? i.percentage().stripTrailingZeros().toPlainString() + "% "
                    + getTranslation("jaarplan.base." + i.percentageOf()) : String.valueOf(i.count()))
                    .setHeader(getTranslation("jaarplan.item.count")).setAutoWidth(true).setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(i -> i.participants() == null ? "" : String.valueOf(i.participants()))
                    .setHeader(getTranslation("jaarplan.item.participants")).setAutoWidth(true).setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(i -> Formats.euro(current.itemTotal(i), getLocale()))
                    .setHeader(getTranslation("jaarplan.item.total")).setAutoWidth(true).setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END);
            grid.setAllRowsVisible(true);
            grid.setItems(items);
            total.setId("theme-" + index + "-total");
            VerticalLayout content = new VerticalLayout(aims, activities, grid, total);
            content.setPadding(false);
            name.setReadOnly(!editable);
            aims.setReadOnly(!editable);
            activities.setReadOnly(!editable);
            if (editable) {
                content.add(itemForm(index));
            }
            setSummary(name);
            add(content);
        }

        private Component itemForm(int index) {
            description.setLabel(getTranslation("jaarplan.item.description"));
            description.setId("theme-" + index + "-item-description");
            description.setWidth("20em");
            unitCost.setLabel(getTranslation("jaarplan.item.unitCost"));
            unitCost.setId("theme-" + index + "-item-unit-cost");
            count.setLabel(getTranslation("jaarplan.item.count"));
            count.setId("theme-" + index + "-item-count");
            participants.setLabel(getTranslation("jaarplan.item.participants"));
            participants.setId("theme-" + index + "-item-participants");
            percentage.setLabel(getTranslation("jaarplan.item.percentage"));
            percentageOf.setLabel(getTranslation("jaarplan.item.percentageOf"));
            percentageOf.setItems(PercentageBase.values());
            percentageOf.setItemLabelGenerator(b -> getTranslation("jaarplan.base." + b));
            Button add = new Button(getTranslation("jaarplan.item.add"), e -> {
                CostItem item = percentage.getValue() != null
                        ? new CostItem(description.getValue(), null, null, null, percentage.getValue(), percentageOf.getValue())
                        : new CostItem(description.getValue(), unitCost.getValue(), count.getValue(),
                                participants.getValue(), null, null);
                if (item.description() == null || item.description().isBlank()) {
                    description.setInvalid(true);
                    description.setErrorMessage(getTranslation("jaarplan.itemDescriptionRequired"));
                    return;
                }
                description.setInvalid(false);
                grid.getSelectedItems().stream().findFirst().ifPresentOrElse(
                        selected -> items.set(items.indexOf(selected), item), () -> items.add(item));
                grid.getDataProvider().refreshAll();
                grid.deselectAll();
                description.clear();
                unitCost.clear();
                count.clear();
                participants.clear();
                percentage.clear();
                percentageOf.clear();
                refresh();
            });
            add.setId("theme-" + index + "-item-add");
            Button remove = new Button(getTranslation("jaarplan.item.remove"), e -> {
                grid.getSelectedItems().forEach(items::remove);
                grid.getDataProvider().refreshAll();
                refresh();
            });
            grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(i -> {
                description.setValue(i.description());
                unitCost.setValue(i.unitCost());
                count.setValue(i.count());
                participants.setValue(i.participants());
                percentage.setValue(i.percentage());
                percentageOf.setValue(i.percentageOf());
            }));
            Button removeTheme = new Button(getTranslation("jaarplan.theme.remove"), e -> {
                themes.remove(this);
                themeEditors.remove(this);
                refresh();
            });
            HorizontalLayout row = new HorizontalLayout(description, unitCost, count, participants, percentage,
                    percentageOf, add, remove, removeTheme);
            row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            row.setWrap(true);
            return row;
        }

        void update() {
            grid.getDataProvider().refreshAll();
            total.setText(getTranslation("jaarplan.themeTotal") + ": "
                    + Formats.euro(current.themeTotal(value()), getLocale()));
        }

        ThemePlan value() {
            return new ThemePlan(name.getValue(), aims.getValue(), activities.getValue(), items);
        }
    }
}
