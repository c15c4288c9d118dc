package nl.netwerkregie.myorganisation;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;

/**
 * The details of an organisation a contact person may propose to correct, with the label the forms show. Kind,
 * the volunteer flag and status are not among them: they change the contribution rule or the membership, and
 * stay with the coordinators.
 */
public enum CorrectionField {
    NAME("organisation.name"),
    MUNICIPALITY("organisation.municipality"),
    FTE("organisation.fte"),
    EMPLOYEES_OR_MEMBERS("organisation.employeesOrMembers"),
    BESTUURDER_NAME("organisation.bestuurderName"),
    BESTUURDER_EMAIL("organisation.bestuurderEmail"),
    CONTACT1_NAME("organisation.contactName"),
    CONTACT1_EMAIL("organisation.contactEmail"),
    CONTACT1_PHONE("organisation.contactPhone"),
    CONTACT2_NAME("organisation.contact2Name"),
    CONTACT2_EMAIL("organisation.contact2Email"),
    CONTACT2_PHONE("organisation.contact2Phone");

    private final String labelKey;

    CorrectionField(String labelKey) {
        this.labelKey = labelKey;
    }

    /** Translation key of the field's label. */
    public String labelKey() {
        return labelKey;
    }

    /** The field's value as the registry holds it now, as text ("" when empty). */
    public String valueOf(Organisation o) {
        List<ContactPerson> contacts = o.getContacts();
        ContactPerson first = contacts.isEmpty() ? null : contacts.get(0);
        ContactPerson second = contacts.size() < 2 ? null : contacts.get(1);
        return text(switch (this) {
            case NAME -> o.getName();
            case MUNICIPALITY -> o.getMunicipality();
            case FTE -> o.getFte() == null ? null : plain(o.getFte());
            case EMPLOYEES_OR_MEMBERS -> o.getEmployeesOrMembers() == null ? null : o.getEmployeesOrMembers().toString();
            case BESTUURDER_NAME -> o.getBestuurderName();
            case BESTUURDER_EMAIL -> o.getBestuurderEmail();
            case CONTACT1_NAME -> first == null ? null : first.name();
            case CONTACT1_EMAIL -> first == null ? null : first.email();
            case CONTACT1_PHONE -> first == null ? null : first.phone();
            case CONTACT2_NAME -> second == null ? null : second.name();
            case CONTACT2_EMAIL -> second == null ? null : second.email();
            case CONTACT2_PHONE -> second == null ? null : second.phone();
        });
    }

    /** Typed text as a stored value: stripped, and "" for nothing. */
    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
