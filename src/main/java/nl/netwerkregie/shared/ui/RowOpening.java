package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Rows that open like links: with a click, or with Enter on the row the keyboard is on (WCAG 2.1.1; Vaadin's
 * grid clicks only). The grid tells the server which row has the focus as it moves; Enter opens that row.
 */
public final class RowOpening {

    private RowOpening() {
    }

    /** Opens the row the user clicks, or the focused row when they press Enter. */
    public static <T> void onClickOrEnter(Grid<T> grid, Consumer<T> open) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.addCellFocusListener(e -> focused.set(e.getSection() == CellFocusEvent.GridSection.BODY
                ? e.getItem().orElse(null) : null));
        grid.getElement().addEventListener("keydown", e -> {
            T row = focused.get();
            if (row != null) {
                open.accept(row);
            }
        }).setFilter("event.key === 'Enter'");
        grid.getElement().setAttribute("aria-description", grid.getTranslation("grid.openWithEnter"));
    }
}
