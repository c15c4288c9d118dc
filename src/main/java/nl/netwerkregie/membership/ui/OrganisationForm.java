package nl.netwerkregie.membership.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * The organisation's details as a form: used by coordinators in the registry and by the application
 * form. Messages appear at the field; a failed save leaves every field as typed.
 */
@NamedInterface("organisation-ui")
public class OrganisationForm extends FormLayout {

    final TextField name = new TextField();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    final ComboBox<String> municipality = new ComboBox<>();
    final BigDecimalField fte = new BigDecimalField();
    final IntegerField employeesOrMembers = new IntegerField();
    final Checkbox volunteerOrganisation = new Checkbox();
    final TextField bestuurderName = new TextField();
    final EmailField bestuurderEmail = new EmailField();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final TextField contact2Name = new TextField();
    final EmailField contact2Email = new EmailField();
    final TextField contact2Phone = new TextField();
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final Draft draft = new Draft();

    public OrganisationForm(NetworkRules rules) {
        name.setLabel(getTranslation("organisation.name"));
        name.setId("org-name");
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setId("org-kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        municipality.setLabel(getTranslation("organisation.municipality"));
        municipality.setId("org-municipality");
        municipality.setItems(rules.current().municipalities());
        // Typing a municipality outside the list is allowed so the service can say it is outside the region.
        municipality.setAllowCustomValue(true);
        municipality.addCustomValueSetListener(e -> municipality.setValue(e.getDetail()));
        fte.setLabel(getTranslation("organisation.fte"));
        fte.setId("org-fte");
        employeesOrMembers.setLabel(getTranslation("organisation.employeesOrMembers"));
        employeesOrMembers.setId("org-employees");
        employeesOrMembers.setMin(0);
        volunteerOrganisation.setLabel(getTranslation("organisation.volunteer"));
        volunteerOrganisation.setId("org-volunteer");
        bestuurderName.setLabel(getTranslation("organisation.bestuurderName"));
        bestuurderName.setId("org-bestuurder-name");
        bestuurderEmail.setLabel(getTranslation("organisation.bestuurderEmail"));
        bestuurderEmail.setId("org-bestuurder-email");
        contactName.setLabel(getTranslation("organisation.contactName"));
        contactName.setId("org-contact-name");
        contactEmail.setLabel(getTranslation("organisation.contactEmail"));
        contactEmail.setId("org-contact-email");
        contactPhone.setLabel(getTranslation("organisation.contactPhone"));
        contactPhone.setId("org-contact-phone");
        // The network asks for one or two contact persons; the second is optional, but complete when given.
        contact2Name.setLabel(getTranslation("organisation.contact2Name"));
        contact2Name.setId("org-contact2-name");
        contact2Email.setLabel(getTranslation("organisation.contact2Email"));
        contact2Email.setId("org-contact2-email");
        contact2Phone.setLabel(getTranslation("organisation.contact2Phone"));
        contact2Phone.setId("org-contact2-phone");

        String required = getTranslation("validation.required");
        String email = getTranslation("validation.email");
        // The e-mail fields check the address themselves first; give that check our message too.
        bestuurderEmail.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(email));
        contactEmail.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(email));
        contact2Email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(email));
        binder.forField(name).asRequired(required).withValidator(atMost(200)).bind("name");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(municipality).asRequired(required).withValidator(atMost(100))
                .withValidator(m -> rules.current().coversMunicipality(m), getTranslation("organisation.municipalityOutsideRegion", ""))
                .bind("municipality");
        binder.forField(fte).withValidator(v -> v == null || v.signum() >= 0, getTranslation("validation.notNegative"))
                .bind("fte");
        binder.forField(employeesOrMembers).withValidator(v -> v == null || v >= 0, getTranslation("validation.notNegative"))
                .bind("employeesOrMembers");
        binder.forField(volunteerOrganisation).bind("volunteerOrganisation");
        binder.forField(bestuurderName).asRequired(required).withValidator(atMost(200)).bind("bestuurderName");
        binder.forField(bestuurderEmail).asRequired(required).withValidator(atMost(254)).withValidator(new EmailValidator(email))
                .bind("bestuurderEmail");
        binder.forField(contactName).asRequired(required).withValidator(atMost(200)).bind("contactName");
        binder.forField(contactEmail).asRequired(required).withValidator(atMost(254)).withValidator(new EmailValidator(email))
                .bind("contactEmail");
        binder.forField(contactPhone).withValidator(atMost(40)).bind("contactPhone");
        binder.forField(contact2Name).withValidator(atMost(200))
                .withValidator(v -> !blank(v) || (blank(contact2Email.getValue()) && blank(contact2Phone.getValue())),
                        getTranslation("organisation.contact2Incomplete"))
                .bind("contact2Name");
        binder.forField(contact2Email)
                .withValidator(v -> !blank(v) || blank(contact2Name.getValue()), getTranslation("organisation.contact2Incomplete"))
                .withValidator(atMost(254)).withValidator(new EmailValidator(email, true))
                .bind("contact2Email");
        binder.forField(contact2Phone).withValidator(atMost(40)).bind("contact2Phone");
        binder.setBean(draft);

        add(name, kind, municipality, fte, employeesOrMembers, volunteerOrganisation, bestuurderName, bestuurderEmail,
                contactName, contactEmail, contactPhone, contact2Name, contact2Email, contact2Phone);
    }

    // The columns' lengths (V1__membership.sql), checked here so a too-long text is a message at its field; the
    // service's @Size says the same for callers without this form.
    private StringLengthValidator atMost(int max) {
        return new StringLengthValidator(getTranslation("validation.tooLongMax", max), 0, max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The details when every field is valid; otherwise empty, with the messages shown at the fields. */
    public java.util.Optional<OrganisationDetails> validDetails() {
        if (!binder.validate().isOk()) {
            return java.util.Optional.empty();
        }
        List<OrganisationDetails.Contact> contacts = new ArrayList<>();
        contacts.add(new OrganisationDetails.Contact(draft.contactName, draft.contactEmail, draft.contactPhone, null));
        if (!blank(draft.contact2Name)) {
            contacts.add(new OrganisationDetails.Contact(draft.contact2Name.strip(), draft.contact2Email.strip(),
                    draft.contact2Phone, null));
        }
        return java.util.Optional.of(new OrganisationDetails(draft.name, draft.kind, draft.municipality, draft.fte,
                draft.employeesOrMembers, draft.volunteerOrganisation, draft.bestuurderName, draft.bestuurderEmail,
                contacts));
    }

    /** Shows a rule the service refused at the field it concerns. Returns false when no field fits. */
    public boolean showAtField(DomainException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        switch (e.messageKey()) {
            case "organisation.duplicate" -> {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
            case "organisation.municipalityOutsideRegion" -> {
                municipality.setErrorMessage(message);
                municipality.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Shows each rule the service's validation refused (a too-long text, a bidirectional control character) at the
     * field it concerns. Returns false when a violation has no field here, for the caller to show it otherwise.
     */
    public boolean showAtFields(ConstraintViolationException e) {
        boolean allShown = true;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            HasValidation field = fieldOf(violation.getPropertyPath());
            if (field == null) {
                allShown = false;
            } else {
                field.setErrorMessage(UiErrors.fieldMessage(violation));
                field.setInvalid(true);
            }
        }
        return allShown;
    }

    // "details.contacts[1].name" is the second contact's name; the record's names are the fields' here.
    private HasValidation fieldOf(Path path) {
        Integer contact = null;
        String property = null;
        for (Path.Node node : path) {
            if ("contacts".equals(node.getName())) {
                contact = -1;
            } else if (contact != null && contact < 0) {
                contact = node.getIndex() == null ? 0 : node.getIndex();
            }
            property = node.getName();
        }
        if (contact != null) {
            return contactField(contact < 0 ? 0 : contact, property);
        }
        return switch (String.valueOf(property)) {
            case "name" -> name;
            case "municipality" -> municipality;
            case "bestuurderName" -> bestuurderName;
            case "bestuurderEmail" -> bestuurderEmail;
            case "fte" -> fte;
            case "employeesOrMembers" -> employeesOrMembers;
            default -> null;
        };
    }

    private HasValidation contactField(int contact, String property) {
        return switch (String.valueOf(property)) {
            case "name" -> contact == 0 ? contactName : contact2Name;
            case "email" -> contact == 0 ? contactEmail : contact2Email;
            case "phone" -> contact == 0 ? contactPhone : contact2Phone;
            default -> null;
        };
    }

    /** The form's backing bean; public fields-as-properties for the binder. */
    public static class Draft {
        private String name;
        private OrganisationKind kind;
        private String municipality;
        private BigDecimal fte;
        private Integer employeesOrMembers;
        private boolean volunteerOrganisation;
        private String bestuurderName;
        private String bestuurderEmail;
        private String contactName;
        private String contactEmail;
        private String contactPhone;
        private String contact2Name;
        private String contact2Email;
        private String contact2Phone;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public OrganisationKind getKind() { return kind; }
        public void setKind(OrganisationKind v) { kind = v; }
        public String getMunicipality() { return municipality; }
        public void setMunicipality(String v) { municipality = v; }
        public BigDecimal getFte() { return fte; }
        public void setFte(BigDecimal v) { fte = v; }
        public Integer getEmployeesOrMembers() { return employeesOrMembers; }
        public void setEmployeesOrMembers(Integer v) { employeesOrMembers = v; }
        public boolean isVolunteerOrganisation() { return volunteerOrganisation; }
        public void setVolunteerOrganisation(boolean v) { volunteerOrganisation = v; }
        public String getBestuurderName() { return bestuurderName; }
        public void setBestuurderName(String v) { bestuurderName = v; }
        public String getBestuurderEmail() { return bestuurderEmail; }
        public void setBestuurderEmail(String v) { bestuurderEmail = v; }
        public String getContactName() { return contactName; }
        public void setContactName(String v) { contactName = v; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String v) { contactEmail = v; }
        public String getContactPhone() { return contactPhone; }
        public void setContactPhone(String v) { contactPhone = v; }
        public String getContact2Name() { return contact2Name; }
        public void setContact2Name(String v) { contact2Name = v; }
        public String getContact2Email() { return contact2Email; }
        public void setContact2Email(String v) { contact2Email = v; }
        public String getContact2Phone() { return contact2Phone; }
        public void setContact2Phone(String v) { contact2Phone = v; }
    }
}
