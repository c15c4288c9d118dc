package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.CostItem;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.shared.format.Formats;

/**
 * A theme's cost items with their computed totals. The totals come from the begroting of the whole form, as a
 * percentage item depends on amounts elsewhere in the plan; {@link #show(Begroting)} brings them up to date.
 */
final class CostItemGrid extends Grid<CostItem> {

    private final List<CostItem> items;
    private Begroting current = Begroting.of(new PlanContent("", null, null, null, null, null, null, null));

    CostItemGrid(List<CostItem> items, String id) {
        this.items = new ArrayList<>(items);
        setId(id);
        // The description takes the room and wraps; the figures keep to their width, right-aligned.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(CostItem::description).setHeader(getTranslation("jaarplan.item.description")).setFlexGrow(4);
        figure(i -> i.isPercentage() ? "" : Formats.euro(i.unitCost(), getLocale()), "jaarplan.item.unitCost");
        figure(i -> i.isPercentage() ? i.percentage().stripTrailingZeros().toPlainString() + "% "
                + getTranslation("jaarplan.base." + i.percentageOf()) : String.valueOf(i.count()), "jaarplan.item.count");
        figure(i -> i.participants() == null ? "" : String.valueOf(i.participants()), "jaarplan.item.participants");
        figure(i -> Formats.euro(current.itemTotal(i), getLocale()), "jaarplan.item.total");
        setAllRowsVisible(true);
        setItems(this.items);
    }

    /** The items as the form holds them now (the list itself: the theme's value reads it). */
    List<CostItem> items() {
        return items;
    }

    /** Recomputes the totals column from the begroting of the whole form. */
    void show(Begroting begroting) {
        current = begroting;
        getDataProvider().refreshAll();
    }

    /** The item replaces the selected one, or is added when none is selected. */
    void put(CostItem item) {
        getSelectedItems().stream().findFirst().ifPresentOrElse(
                selected -> items.set(items.indexOf(selected), item), () -> items.add(item));
        getDataProvider().refreshAll();
        deselectAll();
    }

    void removeSelected() {
        getSelectedItems().forEach(items::remove);
        getDataProvider().refreshAll();
    }

    private void figure(ValueProvider<CostItem, String> value, String headerKey) {
        addColumn(value).setHeader(getTranslation(headerKey)).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }
}
