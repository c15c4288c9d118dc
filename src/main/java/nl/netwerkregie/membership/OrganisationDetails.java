package nl.netwerkregie.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.shared.NoBidiControls;

/**
 * What is recorded about an organisation, as typed in a form; validated before it reaches the registry. The sizes
 * are the columns' (V1__membership.sql), so a too-long text is a field message and never a database error.
 */
public record OrganisationDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @NoBidiControls String name,
        @NotNull(message = "{validation.required}") OrganisationKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @NoBidiControls String municipality,
        @DecimalMin(value = "0", message = "{validation.notNegative}") BigDecimal fte,
        @Min(value = 0, message = "{validation.notNegative}") Integer employeesOrMembers,
        boolean volunteerOrganisation,
        @Size(max = 200, message = "{validation.tooLong}") @NoBidiControls String bestuurderName,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String bestuurderEmail,
        @Valid List<Contact> contacts) {

    public OrganisationDetails {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A contact person as typed in a form. */
    public record Contact(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            @NoBidiControls String name,
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 254, message = "{validation.tooLong}") String email,
            @Size(max = 40, message = "{validation.tooLong}") @NoBidiControls String phone,
            @Size(max = 100, message = "{validation.tooLong}") String username) {

        ContactPerson toContactPerson() {
            return new ContactPerson(name.strip(), email.strip(), phone, username);
        }
    }
}
