package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.selfevaluation.InstrumentService;
import nl.netwerkregie.selfevaluation.InstrumentStatement;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * The coordinators' editor of the network's self-evaluation instrument: add, reword or remove statements. A change
 * applies to self-evaluations invited from now on; those already given keep their statements.
 */
@Route(value = "zelfevaluatie-instrument", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class InstrumentView extends VerticalLayout implements HasDynamicTitle {

    private final InstrumentService instrument;
    private final Grid<InstrumentStatement> grid = new Grid<>();
    private final ComboBox<String> section = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final List<String> sections = new java.util.ArrayList<>();

    InstrumentView(InstrumentService instrument) {
        this.instrument = instrument;
        H2 title = new H2(getTranslation("selfevaluation.instrument.title"));
        title.setId("instrument-title");
        add(title, new Paragraph(getTranslation("selfevaluation.instrument.intro")));
        grid.setId("instrument-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(InstrumentStatement::section).setHeader(getTranslation("selfevaluation.instrument.section"));
        grid.addComponentColumn(this::editor).setHeader(getTranslation("selfevaluation.instrument.text")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        add(grid, new H3(getTranslation("selfevaluation.instrument.add")), addForm());
        refresh();
    }

    private HorizontalLayout editor(InstrumentStatement statement) {
        TextArea words = new TextArea();
        words.setValue(statement.text());
        words.setWidthFull();
        words.setMaxLength(1000);
        words.setAriaLabel(getTranslation("selfevaluation.instrument.text"));
        words.setId("statement-text-" + statement.id());
        Button rename = new Button(getTranslation("selfevaluation.instrument.rename"), e -> {
            if (UiErrors.attempt(() -> instrument.rename(statement.id(), words.getValue()))) {
                UiErrors.showSuccess(getTranslation("selfevaluation.instrument.saved"));
                refresh();
            }
        });
        rename.setId("statement-rename-" + statement.id());
        Button remove = new Button(getTranslation("selfevaluation.instrument.remove"), e -> {
            if (UiErrors.attempt(() -> instrument.remove(statement.id()))) {
                refresh();
            }
        });
        remove.setId("statement-remove-" + statement.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(words, rename, remove);
        row.setWidthFull();
        row.setFlexGrow(1, words);
        return row;
    }

    private VerticalLayout addForm() {
        section.setLabel(getTranslation("selfevaluation.instrument.section"));
        section.setId("instrument-new-section");
        section.setAllowCustomValue(true);
        section.addCustomValueSetListener(e -> {
            sections.add(e.getDetail());
            section.setItems(sections);
            section.setValue(e.getDetail());
        });
        section.setWidth("24em");
        text.setLabel(getTranslation("selfevaluation.instrument.text"));
        text.setId("instrument-new-text");
        text.setWidthFull();
        text.setMaxLength(1000);
        Button add = new Button(getTranslation("selfevaluation.instrument.add"), e -> {
            if (UiErrors.attempt(() -> instrument.add(section.getValue(), text.getValue()))) {
                text.clear();
                refresh();
            }
        });
        add.setId("instrument-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(section, text, add);
        form.setPadding(false);
        return form;
    }

    private void refresh() {
        List<InstrumentStatement> statements = instrument.statements();
        grid.setItems(statements);
        String chosen = section.getValue();
        sections.clear();
        sections.addAll(statements.stream().map(InstrumentStatement::section).distinct().toList());
        if (chosen != null && !sections.contains(chosen)) {
            sections.add(chosen);
        }
        section.setItems(sections);
        if (chosen != null) {
            section.setValue(chosen);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfevaluation.instrument.title") + " – Netwerkregie";
    }
}
