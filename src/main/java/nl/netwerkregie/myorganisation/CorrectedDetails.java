package nl.netwerkregie.myorganisation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The organisation's details with the corrected fields put in, checked as the registry checks them. Contact
 * persons keep their login link ({@code username}): a correction of the first contact's e-mail address does not
 * lock that person out of Mijn organisatie.
 */
@Component
class CorrectedDetails {

    private final Validator validator;
    private final NetworkRules rules;

    CorrectedDetails(Validator validator, NetworkRules rules) {
        this.validator = validator;
        this.rules = rules;
    }

    /**
     * @throws DomainException a number field that is no number, a municipality outside the region
     * @throws ConstraintViolationException a required field left empty, an invalid e-mail address
     */
    OrganisationDetails of(Organisation o, Map<CorrectionField, String> corrected) {
        Function<CorrectionField, String> value =
                f -> corrected.containsKey(f) ? CorrectionField.text(corrected.get(f)) : f.valueOf(o);
        List<ContactPerson> now = o.getContacts();
        List<OrganisationDetails.Contact> contacts = new ArrayList<>();
        contacts.add(contact(value.apply(CorrectionField.CONTACT1_NAME), value.apply(CorrectionField.CONTACT1_EMAIL),
                value.apply(CorrectionField.CONTACT1_PHONE), now.isEmpty() ? null : now.get(0).username()));
        String secondName = value.apply(CorrectionField.CONTACT2_NAME);
        String secondEmail = value.apply(CorrectionField.CONTACT2_EMAIL);
        if (!secondName.isEmpty() || !secondEmail.isEmpty()) {
            contacts.add(contact(secondName, secondEmail, value.apply(CorrectionField.CONTACT2_PHONE),
                    now.size() < 2 ? null : now.get(1).username()));
        }
        for (ContactPerson more : now.subList(Math.min(2, now.size()), now.size())) {
            contacts.add(new OrganisationDetails.Contact(more.name(), more.email(), more.phone(), more.username()));
        }
        OrganisationDetails details = new OrganisationDetails(value.apply(CorrectionField.NAME), o.getKind(),
                value.apply(CorrectionField.MUNICIPALITY), number(value.apply(CorrectionField.FTE)),
                whole(value.apply(CorrectionField.EMPLOYEES_OR_MEMBERS)), o.isVolunteerOrganisation(),
                value.apply(CorrectionField.BESTUURDER_NAME), blankToNull(value.apply(CorrectionField.BESTUURDER_EMAIL)),
                contacts);
        Set<ConstraintViolation<OrganisationDetails>> violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!rules.current().coversMunicipality(details.municipality())) {
            throw new DomainException("organisation.municipalityOutsideRegion", details.municipality());
        }
        return details;
    }

    private static OrganisationDetails.Contact contact(String name, String email, String phone, String username) {
        return new OrganisationDetails.Contact(name, email, blankToNull(phone), username);
    }

    private static BigDecimal number(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DomainException("correction.notANumber", text);
        }
    }

    private static Integer whole(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new DomainException("correction.notAWholeNumber", text);
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
