package nl.netwerkregie.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in Dutch and English; the default file is Dutch. */
class TranslationsTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("translations_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("translations_nl.properties").keySet());
    }

    @Test
    void textsWithArgumentsEscapeTheirApostrophes() throws IOException {
        // MessageFormat reads a single ' as the start of quoted text: "the network's {0}" would lose its argument.
        for (String file : new String[] {"translations_nl.properties", "translations_en.properties"}) {
            load(file).forEach((key, value) -> {
                String text = value.toString();
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            });
        }
        assertThat(new TranslationProvider().getTranslation("organisation.municipalityOutsideRegion",
                TranslationProvider.ENGLISH, "Zeist")).isEqualTo("The municipality Zeist is not in the network's region.");
    }

    @Test
    void theDefaultIsDutch() throws IOException {
        assertThat(load("translations.properties")).containsAllEntriesOf(load("translations_nl.properties"));
    }

    @Test
    void translatesWithArgumentsAndFallsBackToDutch() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("board.tally", TranslationProvider.DUTCH, 5, 0, 1, 0))
                .isEqualTo("5 voor, 0 tegen, 1 onthouding, 0 niet deelgenomen");
        assertThat(provider.getTranslation("board.tally", TranslationProvider.ENGLISH, 5, 0, 1, 0))
                .isEqualTo("5 yes, 0 no, 1 abstained, 0 recused");
        assertThat(provider.getTranslation("tasks.title", java.util.Locale.GERMAN)).isEqualTo("Mijn taken");
    }
}
