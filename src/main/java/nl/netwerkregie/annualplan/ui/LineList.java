package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lines of one kind in the plan form (income, the split): a row each, with a remove button when the plan is
 * editable, and an add button below. Every change runs {@code onChange}, so totals and warnings follow.
 */
abstract class LineList<T> extends VerticalLayout {

    final boolean editable;
    final Runnable onChange;
    private final List<LineRow<T>> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();

    LineList(boolean editable, Runnable onChange) {
        this.editable = editable;
        this.onChange = onChange;
        setPadding(false);
        lines.setPadding(false);
        add(lines);
    }

    /** The row that edits one line; read-only unless {@link #editable}. */
    abstract LineRow<T> row(T line);

    /** The lines as the form holds them now, in their order. */
    List<T> value() {
        return rows.stream().map(LineRow::value).toList();
    }

    void addLine(T line) {
        LineRow<T> row = row(line);
        if (editable) {
            row.add(new Button(getTranslation("jaarplan.remove"), e -> {
                rows.remove(row);
                lines.remove(row);
                onChange.run();
            }));
        }
        rows.add(row);
        lines.add(row);
    }

    /** Below the lines, when editable: a button that adds a {@code blank} one. */
    void addButton(String labelKey, String id, Supplier<T> blank) {
        if (!editable) {
            return;
        }
        Button add = new Button(getTranslation(labelKey), e -> {
            addLine(blank.get());
            onChange.run();
        });
        add.setId(id);
        add(add);
    }
}
