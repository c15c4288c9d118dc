package nl.netwerkregie.shared;

import java.util.Arrays;

/**
 * A rule of the domain was not met. Carries a translation key (see vaadin-i18n/translations*.properties)
 * and its arguments, so the UI can tell the user in their own language what is wrong.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
