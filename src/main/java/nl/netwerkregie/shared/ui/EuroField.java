package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

/** An amount in euro: the € in front and the figures right-aligned, as on a budget sheet. */
public class EuroField extends BigDecimalField {

    public EuroField() {
        setPrefixComponent(new Span("€"));
        addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
    }

    public EuroField(String label) {
        this();
        setLabel(label);
    }
}
