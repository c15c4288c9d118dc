package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;

/** The plan form's fields get a translated label and an id, the id being what the browser journeys look for. */
final class FormFields {

    private FormFields() {
    }

    static <F extends Component & HasLabel> F labelled(F field, String labelKey, String id) {
        field.setLabel(field.getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
