package nl.netwerkregie.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or file name without characters that reverse what is shown after them ({@link UnicodeText#hasBidiControl}).
 * Null is valid: {@code @NotBlank} says whether a value is needed.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoBidiControls.Check.class)
public @interface NoBidiControls {

    /** The message key its violations carry; forms and the security log recognise a bidi refusal by it. */
    String MESSAGE = "{validation.bidiControl}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself. */
    class Check implements ConstraintValidator<NoBidiControls, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !UnicodeText.hasBidiControl(value);
        }
    }
}
