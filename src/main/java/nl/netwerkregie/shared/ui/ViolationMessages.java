package nl.netwerkregie.shared.ui;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A rule on a record's field broken (Bean Validation) in the user's language, with the field's label: "Naam
 * organisatie: deze tekst is te lang, hoogstens 200 tekens." The validator itself would interpolate in the
 * server's language and name the field by its Java path ("details.name: This text is too long.").
 */
final class ViolationMessages {

    /** Where the field labels live, tried in this order: the organisation's and the board's forms. */
    private static final List<String> LABEL_PREFIXES = List.of("organisation.", "board.column.", "board.");

    private ViolationMessages() {
    }

    static String of(ConstraintViolation<?> violation, BiFunction<String, Object[], String> translate) {
        String message = withoutLabel(violation, translate);
        String label = label(violation, translate);
        return label == null ? message : label + ": " + message;
    }

    /** The message alone, for a form that shows it at the field the label already names. */
    static String withoutLabel(ConstraintViolation<?> violation, BiFunction<String, Object[], String> translate) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : null;
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        String message = key == null ? violation.getMessage()
                : "validation.tooLong".equals(key) && max != null
                        ? translate.apply("validation.tooLongMax", new Object[] {max})
                        : translate.apply(key, new Object[0]);
        return message;
    }

    private static String label(ConstraintViolation<?> violation, BiFunction<String, Object[], String> translate) {
        String field = null;
        for (var node : violation.getPropertyPath()) {
            field = node.getName();
        }
        if (field == null) {
            return null;
        }
        for (String prefix : LABEL_PREFIXES) {
            String label = translate.apply(prefix + field, new Object[0]);
            if (!label.startsWith("!")) {
                return label;
            }
        }
        return null;
    }
}
