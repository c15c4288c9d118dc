package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.netwerkregie.annualplan.CostItem;
import nl.netwerkregie.annualplan.PercentageBase;
import nl.netwerkregie.shared.ui.EuroField;

/**
 * Below a theme's items: the fields of one item (a unit cost times a count, or a percentage of a base), and
 * the buttons to add it, to change or remove the item selected in the grid, and to remove the whole theme.
 */
final class CostItemForm extends HorizontalLayout {

    private final CostItemGrid grid;
    private final Runnable onChange;
    private final TextField description = new TextField();
    private final BigDecimalField unitCost = new EuroField();
    private final IntegerField count = new IntegerField();
    private final IntegerField participants = new IntegerField();
    private final BigDecimalField percentage = new BigDecimalField();
    private final Select<PercentageBase> percentageOf = new Select<>();

    CostItemForm(CostItemGrid grid, String idPrefix, Runnable onChange, Runnable removeTheme) {
        this.grid = grid;
        this.onChange = onChange;
        FormFields.labelled(description, "jaarplan.item.description", idPrefix + "-item-description");
        description.setWidth("20em");
        FormFields.labelled(unitCost, "jaarplan.item.unitCost", idPrefix + "-item-unit-cost");
        FormFields.labelled(count, "jaarplan.item.count", idPrefix + "-item-count");
        FormFields.labelled(participants, "jaarplan.item.participants", idPrefix + "-item-participants");
        percentage.setLabel(getTranslation("jaarplan.item.percentage"));
        percentageOf.setLabel(getTranslation("jaarplan.item.percentageOf"));
        percentageOf.setItems(PercentageBase.values());
        percentageOf.setItemLabelGenerator(b -> getTranslation("jaarplan.base." + b));
        Button add = new Button(getTranslation("jaarplan.item.add"), e -> put());
        add.setId(idPrefix + "-item-add");
        Button remove = new Button(getTranslation("jaarplan.item.remove"), e -> {
            grid.removeSelected();
            onChange.run();
        });
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::fill));
        Button removeThemeButton = new Button(getTranslation("jaarplan.theme.remove"), e -> removeTheme.run());
        add(description, unitCost, count, participants, percentage, percentageOf, add, remove, removeThemeButton);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        setWrap(true);
    }

    /** The typed item replaces the selected one (or is added); a percentage makes it a percentage item. */
    private void put() {
        CostItem item = percentage.getValue() != null
                ? new CostItem(description.getValue(), null, null, null, percentage.getValue(), percentageOf.getValue())
                : new CostItem(description.getValue(), unitCost.getValue(), count.getValue(), participants.getValue(),
                        null, null);
        if (item.description() == null || item.description().isBlank()) {
            description.setInvalid(true);
            description.setErrorMessage(getTranslation("jaarplan.itemDescriptionRequired"));
            return;
        }
        description.setInvalid(false);
        grid.put(item);
        description.clear();
        unitCost.clear();
        count.clear();
        participants.clear();
        percentage.clear();
        percentageOf.clear();
        onChange.run();
    }

    /** A selected item comes into the fields, to be changed and put back. */
    private void fill(CostItem item) {
        description.setValue(item.description());
        unitCost.setValue(item.unitCost());
        count.setValue(item.count());
        participants.setValue(item.participants());
        percentage.setValue(item.percentage());
        percentageOf.setValue(item.percentageOf());
    }
}
