package nl.netwerkregie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Names that read the same compare the same; names that reorder what follows are recognised. */
class UnicodeTextTest {

    private static final String PLAIN = "hospice de es";

    @ParameterizedTest
    @ValueSource(strings = {"Hospice De Es", "  hospice   de es  ", "Hospice\u200B De Es", "Hos\u200Cpi\u200Dce De Es",
            "Hospice\u2060 De\uFEFF Es", "Hospice\u00A0De\u202FEs", "HOSPICE DE ES", "Hospice\tDe\nEs",
            "\uFF28ospice De Es", "Hos\u00ADpice De Es"})
    void disguisesOfOneNameCompareAsOne(String disguised) {
        assertThat(UnicodeText.comparable(disguised)).isEqualTo(PLAIN);
    }

    @Test
    void caseIsFoldedFullyAndOtherNamesStayOther() {
        assertThat(UnicodeText.comparable("Zorggroep Straße")).isEqualTo(UnicodeText.comparable("ZORGGROEP STRASSE"));
        assertThat(UnicodeText.comparable("Hospice De Es")).isNotEqualTo(UnicodeText.comparable("Hospice De Esch"));
        assertThat(UnicodeText.comparable(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"visie\u202Efdp.docx", "a\u202Ab", "a\u202Bb", "a\u202Cb", "a\u202Db", "a\u2066b", "a\u2067b",
            "a\u2068b", "a\u2069b", "a\u200Eb", "a\u200Fb", "a\u061Cb"})
    void bidirectionalControlsAreFound(String text) {
        assertThat(UnicodeText.hasBidiControl(text)).isTrue();
    }

    @Test
    void ordinaryNamesHaveNoBidirectionalControl() {
        assertThat(UnicodeText.hasBidiControl("Hospice 't Huys – Enschedé")).isFalse();
        assertThat(UnicodeText.hasBidiControl("مستشفى")).isFalse();
        assertThat(UnicodeText.hasBidiControl(null)).isFalse();
    }
}
