package nl.netwerkregie.shared.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates, deadlines and amounts as Dutch users read them. */
class FormatsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aDeadlineAtMidnightIsTheEndOfTheDayBefore() {
        var midnight = LocalDate.of(2026, 12, 7).atStartOfDay(AMSTERDAM).toInstant();
        assertThat(Formats.deadline(midnight, DUTCH)).startsWith(Formats.date(LocalDate.of(2026, 12, 6), DUTCH))
                .endsWith("23:59");
        var afternoon = LocalDateTime.of(2026, 12, 7, 14, 0).atZone(AMSTERDAM).toInstant();
        assertThat(Formats.deadline(afternoon, DUTCH)).isEqualTo(Formats.dateTime(afternoon, DUTCH));
        assertThat(Formats.deadline(null, DUTCH)).isEmpty();
    }

    @Test
    void numbersWithADecimalCommaInDutchAndAPointInEnglish() {
        assertThat(Formats.number(new java.math.BigDecimal("100.5"), DUTCH)).isEqualTo("100,5");
        assertThat(Formats.number(new java.math.BigDecimal("14.50"), DUTCH)).isEqualTo("14,5");
        assertThat(Formats.number(new java.math.BigDecimal("1250"), DUTCH)).isEqualTo("1.250");
        assertThat(Formats.number(new java.math.BigDecimal("100.5"), java.util.Locale.ENGLISH)).isEqualTo("100.5");
        assertThat(Formats.number(null, DUTCH)).isEmpty();
    }

    @Test
    void amountsInEuroTheDutchWay() {
        assertThat(Formats.euro(new java.math.BigDecimal("12500"), DUTCH).replace('\u00A0', ' ')).isEqualTo("€ 12.500,00");
    }
}
