package nl.netwerkregie.membership;

import java.time.LocalDate;

/**
 * One line in an organisation's life story: when, what (a translation key with arguments) and a detail text.
 *
 * @param whatKey translation key of the event, e.g. {@code lifestory.applied}
 */
public record LifeEvent(LocalDate when, String whatKey, Object[] whatArgs, String detail) {

    public LifeEvent {
        whatArgs = whatArgs == null ? new Object[0] : whatArgs.clone();
    }

    @Override
    public Object[] whatArgs() {
        return whatArgs.clone();
    }

    /** The arguments as the reader reads them: a date in their language ("31 dec. 2027"), never ISO. */
    public Object[] whatArgs(java.util.Locale locale) {
        return java.util.Arrays.stream(whatArgs)
                .map(a -> a instanceof java.time.LocalDate date ? nl.netwerkregie.shared.format.Formats.date(date, locale) : a)
                .toArray();
    }
}
