package nl.netwerkregie.hosting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import nl.netwerkregie.hosting.NetworkForm;
import nl.netwerkregie.hosting.RulesTemplate;
import nl.netwerkregie.hosting.RulesTemplates;

/**
 * A new network: its id and name, its rules (a template's text with the id and name put in, to edit), and its
 * first coordinator. On a refusal the dialog stays open with everything typed; the caller shows the reason.
 */
class AddNetworkDialog extends Dialog {

    final Select<RulesTemplate> template = new Select<>();
    final TextField id = new TextField();
    final TextField name = new TextField();
    final TextArea rules = new TextArea();
    final CoordinatorFields coordinator = new CoordinatorFields(this);

    /** @param add adds; returns true when it succeeded (the dialog then closes) */
    AddNetworkDialog(RulesTemplates templates, Predicate<NetworkForm> add) {
        setHeaderTitle(getTranslation("hosting.add.title"));
        setWidth("56em");
        template.setLabel(getTranslation("hosting.template"));
        template.setId("network-template");
        template.setItems(RulesTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation("hosting.template." + t.name()));
        template.setHelperText(getTranslation("hosting.template.help"));
        id.setLabel(getTranslation("hosting.id"));
        id.setId("network-id");
        id.setRequiredIndicatorVisible(true);
        id.setHelperText(getTranslation("hosting.id.help"));
        name.setLabel(getTranslation("hosting.name"));
        name.setId("network-name");
        name.setRequiredIndicatorVisible(true);
        rules.setLabel(getTranslation("hosting.rules"));
        rules.setId("network-rules");
        rules.setWidthFull();
        rules.setHeight("22em");
        rules.setHelperText(getTranslation("hosting.rules.help"));
        // A template replaces the text; the id and name go into the text as they are typed, keeping other edits.
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                rules.setValue(templates.text(e.getValue(), id.getValue(), name.getValue()));
            }
        });
        id.addValueChangeListener(e -> rules.setValue(
                RulesTemplates.withIdAndName(rules.getValue(), id.getValue(), null)));
        name.addValueChangeListener(e -> rules.setValue(
                RulesTemplates.withIdAndName(rules.getValue(), null, name.getValue())));
        template.setValue(RulesTemplate.TWENTE);

        FormLayout network = new FormLayout(template, id, name);
        FormLayout person = new FormLayout();
        coordinator.components().forEach(person::add);
        add(network, rules, new H4(getTranslation("hosting.add.coordinator")), person);

        Button save = new Button(getTranslation("hosting.add.save"), e -> {
            if (add.test(form())) {
                close();
            }
        });
        save.setId("network-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    NetworkForm form() {
        return new NetworkForm(id.getValue(), name.getValue(), template.getValue(), rules.getValue(),
                coordinator.firstName.getValue(), coordinator.lastName.getValue(), coordinator.email.getValue());
    }
}
