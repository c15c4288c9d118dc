package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;

/**
 * A theme: chosen from the jaarplan's themes (so the plan can set its budget against the assignments), or typed
 * when the werkgroep's theme is not in the plan.
 */
class ThemeField extends ComboBox<String> {

    ThemeField(String label, String id, List<String> suggestions) {
        super(label);
        setId(id);
        setItems(new ArrayList<>(suggestions));
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setHelperText(getTranslation("werkgroep.themeHelper"));
        addCustomValueSetListener(e -> setTheme(e.getDetail()));
    }

    /** Sets the theme, adding it to the choices when it is new; blank clears it. */
    void setTheme(String theme) {
        if (theme == null || theme.isBlank()) {
            clear();
            return;
        }
        String value = theme.strip();
        if (!getListDataView().contains(value)) {
            getListDataView().addItem(value);
        }
        setValue(value);
    }

    /** The theme, or empty when none. */
    String theme() {
        return getValue() == null ? "" : getValue();
    }
}
