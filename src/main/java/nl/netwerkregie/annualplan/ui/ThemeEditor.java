package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.shared.format.Formats;

/** A theme in the form: name, aims, activities, and its items in a grid with computed totals. */
final class ThemeEditor extends Details {

    private final TextField name = new TextField();
    private final TextArea aims = new TextArea();
    private final TextArea activities = new TextArea();
    private final CostItemGrid grid;
    private final Span total = new Span();
    private final Span heading = new Span();

    /**
     * @param index       the theme's place when the form was built; its ids ({@code theme-0-...}) derive from it
     * @param removeTheme takes this editor out of the form
     */
    ThemeEditor(ThemePlan theme, int index, boolean editable, Runnable onChange, Consumer<ThemeEditor> removeTheme) {
        String id = "theme-" + index;
        setId(id);
        setOpened(true);
        name.setValue(theme.name() == null ? "" : theme.name());
        FormFields.labelled(name, "jaarplan.theme.name", id + "-name").setWidth("24em");
        name.addValueChangeListener(e -> {
            showHeading(index);
            onChange.run();
        });
        aims.setValue(theme.aims() == null ? "" : theme.aims());
        aims.setLabel(getTranslation("jaarplan.field.aims"));
        aims.setWidthFull();
        activities.setValue(theme.activities() == null ? "" : theme.activities());
        activities.setLabel(getTranslation("jaarplan.field.activities"));
        activities.setWidthFull();
        grid = new CostItemGrid(theme.items(), id + "-items");
        total.setId(id + "-total");
        VerticalLayout content = new VerticalLayout(name, aims, activities, grid, total);
        content.setPadding(false);
        name.setReadOnly(!editable);
        aims.setReadOnly(!editable);
        activities.setReadOnly(!editable);
        if (editable) {
            content.add(new CostItemForm(grid, id, onChange, () -> removeTheme.accept(this)));
        }
        // The header that opens and closes the theme is text, not the name field: a field inside the toggle is
        // nested-interactive for screen readers, and a space typed in the name toggled the section (issue 16).
        heading.setId(id + "-heading");
        showHeading(index);
        setSummary(heading);
        add(content);
    }

    private void showHeading(int index) {
        String typed = name.getValue() == null ? "" : name.getValue().strip();
        heading.setText(getTranslation("jaarplan.theme.heading", index + 1) + (typed.isEmpty() ? "" : ": " + typed));
    }

    /** The item totals and the theme's total, from the begroting of the whole form. */
    void update(Begroting begroting) {
        grid.show(begroting);
        total.setText(getTranslation("jaarplan.themeTotal") + ": "
                + Formats.euro(begroting.themeTotal(value()), getLocale()));
    }

    ThemePlan value() {
        return new ThemePlan(name.getValue(), aims.getValue(), activities.getValue(), grid.items());
    }
}
