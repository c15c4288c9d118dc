package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End of membership after a resignation, for both networks' notice rules, edge days included. */
class NoticeRuleTest {

    @ParameterizedTest(name = "Twente: received {0} ends {1}")
    @CsvSource({
            "2025-09-30, 2025-12-31",
            "2025-10-01, 2026-12-31",
            "2025-12-31, 2026-12-31",
            "2026-01-01, 2026-12-31",
            "2024-02-29, 2024-12-31",
            "2024-09-30, 2024-12-31",
            "2024-10-01, 2025-12-31"})
    void twente_threeMonthsNoticeToTheEndOfACalendarYear(LocalDate received, LocalDate expectedEnd) {
        assertThat(new NoticeRule(3).endDateFor(received)).isEqualTo(expectedEnd);
    }

    @ParameterizedTest(name = "Utrecht: received {0} ends {1}")
    @CsvSource({
            "2025-09-30, 2025-12-31",
            "2025-10-01, 2025-12-31",
            "2025-12-31, 2025-12-31",
            "2026-01-01, 2026-12-31",
            "2024-02-29, 2024-12-31"})
    void utrecht_endOfTheCurrentCalendarYear(LocalDate received, LocalDate expectedEnd) {
        assertThat(new NoticeRule(0).endDateFor(received)).isEqualTo(expectedEnd);
    }
}
