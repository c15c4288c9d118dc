package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.netwerkregie.annualplan.IncomeKind;
import nl.netwerkregie.annualplan.IncomeLine;
import nl.netwerkregie.shared.ui.EuroField;

/** The plan's income in the form: kind, label and amount per line. */
final class IncomeLines extends LineList<IncomeLine> {

    IncomeLines(List<IncomeLine> income, boolean editable, Runnable onChange) {
        super(editable, onChange);
        income.forEach(this::addLine);
        addButton("jaarplan.income.add", "income-add", () -> new IncomeLine(IncomeKind.SUBSIDY, "", null));
    }

    @Override
    LineRow<IncomeLine> row(IncomeLine line) {
        return new Row(line, editable, onChange);
    }

    /** One income line; the kind and the amount count in the totals, so they refresh them. */
    private static final class Row extends LineRow<IncomeLine> {
        private final Select<IncomeKind> kind = new Select<>();
        private final TextField label = new TextField();
        private final BigDecimalField amount = new EuroField();

        Row(IncomeLine line, boolean editable, Runnable onChange) {
            kind.setItems(IncomeKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("jaarplan.income." + k));
            kind.setValue(line.kind());
            kind.setLabel(getTranslation("jaarplan.income.kind"));
            label.setValue(line.label() == null ? "" : line.label());
            label.setLabel(getTranslation("jaarplan.income.label"));
            label.setWidth("22em");
            amount.setValue(line.amount());
            amount.setLabel(getTranslation("jaarplan.income.amount"));
            amount.addValueChangeListener(e -> onChange.run());
            kind.addValueChangeListener(e -> onChange.run());
            kind.setReadOnly(!editable);
            label.setReadOnly(!editable);
            amount.setReadOnly(!editable);
            add(kind, label, amount);
        }

        @Override
        IncomeLine value() {
            return new IncomeLine(kind.getValue(), label.getValue(), amount.getValue());
        }
    }
}
