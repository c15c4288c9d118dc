package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.netwerkregie.annualplan.SplitLine;
import nl.netwerkregie.shared.ui.EuroField;

/** The split of the project costs over the sub-networks in the form: an amount or a fraction per sub-network. */
final class SplitLines extends LineList<SplitLine> {

    SplitLines(List<SplitLine> split, boolean editable, Runnable onChange) {
        super(editable, onChange);
        split.forEach(this::addLine);
        addButton("jaarplan.split.add", "split-add", () -> new SplitLine("", null, null));
    }

    @Override
    LineRow<SplitLine> row(SplitLine line) {
        return new Row(line, editable, onChange);
    }

    /** One sub-network's part; the amount and the fraction decide whether the split adds up, so they refresh. */
    private static final class Row extends LineRow<SplitLine> {
        private final TextField subNetwork = new TextField();
        private final BigDecimalField amount = new EuroField();
        private final BigDecimalField fraction = new BigDecimalField();

        Row(SplitLine line, boolean editable, Runnable onChange) {
            subNetwork.setValue(line.subNetwork() == null ? "" : line.subNetwork());
            subNetwork.setLabel(getTranslation("jaarplan.split.subNetwork"));
            subNetwork.setWidth("22em");
            amount.setValue(line.amount());
            amount.setLabel(getTranslation("jaarplan.split.amount"));
            fraction.setValue(line.fraction());
            fraction.setLabel(getTranslation("jaarplan.split.fraction"));
            amount.addValueChangeListener(e -> onChange.run());
            fraction.addValueChangeListener(e -> onChange.run());
            subNetwork.setReadOnly(!editable);
            amount.setReadOnly(!editable);
            fraction.setReadOnly(!editable);
            add(subNetwork, amount, fraction);
        }

        @Override
        SplitLine value() {
            return new SplitLine(subNetwork.getValue(), amount.getValue(), fraction.getValue());
        }
    }
}
