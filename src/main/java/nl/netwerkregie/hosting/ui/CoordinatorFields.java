package nl.netwerkregie.hosting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** A network coordinator to invite: first name, last name and the e-mail address the invitation goes to. */
class CoordinatorFields {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();

    CoordinatorFields(Component owner) {
        firstName.setLabel(owner.getTranslation("hosting.coordinator.firstName"));
        firstName.setId("coordinator-first-name");
        lastName.setLabel(owner.getTranslation("hosting.coordinator.lastName"));
        lastName.setId("coordinator-last-name");
        lastName.setRequiredIndicatorVisible(true);
        email.setLabel(owner.getTranslation("hosting.coordinator.email"));
        email.setId("coordinator-email");
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(owner.getTranslation("hosting.coordinator.emailHelp"));
    }

    List<Component> components() {
        return List.of(firstName, lastName, email);
    }
}
