package nl.netwerkregie.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationServiceIT;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

/** A 10,000-character name is refused in the user's words, with the field's label, whatever the server's language. */
class ViolationMessagesTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void aTooLongNameIsNamedByItsLabelWithTheLimitInDutchAndInEnglish() {
        ConstraintViolation<OrganisationDetails> tooLong = validator
                .validate(OrganisationServiceIT.details("x".repeat(10_000), "Hengelo", "30")).iterator().next();

        assertThat(ViolationMessages.of(tooLong, (key, args) -> translations.getTranslation(key, TranslationProvider.DUTCH, args)))
                .isEqualTo("Naam organisatie: Deze tekst is te lang: hoogstens 200 tekens.");
        assertThat(ViolationMessages.of(tooLong, (key, args) -> translations.getTranslation(key, Locale.ENGLISH, args)))
                .isEqualTo("Organisation name: This text is too long: at most 200 characters.")
                .doesNotContain("details.name");
    }
}
