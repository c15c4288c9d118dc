package nl.netwerkregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What a Dutch text must not show (issue 16): an ISO date ("2026-12-31") or a decimal point ("100.5",
 * "140000.00"). Thousands are grouped with a point ("140.000,00"), which this allows: a point followed by exactly
 * three digits. Used for screens (the browser journeys), CSV and PDF alike.
 */
public final class DutchText {

    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    static final Pattern DECIMAL_POINT = Pattern.compile("\\b\\d+\\.(\\d{1,2}|\\d{4,})\\b");

    private DutchText() {
    }

    public static void assertReadsDutch(String what, String text) {
        assertThat(text).as(what + " has content").isNotBlank();
        assertThat(ISO_DATE.matcher(text).results().map(m -> m.group()).toList()).as(what + ": ISO dates").isEmpty();
        assertThat(DECIMAL_POINT.matcher(text).results().map(m -> m.group()).toList()).as(what + ": decimal points")
                .isEmpty();
    }
}
