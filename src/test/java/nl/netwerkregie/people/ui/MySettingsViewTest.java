package nl.netwerkregie.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.people.MySettings;
import nl.netwerkregie.people.MySettingsService;
import nl.netwerkregie.people.NotifyChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mijn instellingen without a browser: what a person chooses is what the mails then follow. */
class MySettingsViewTest extends UiTest {

    @Autowired MySettingsService settings;

    @AfterEach
    void backToTheDefaults() {
        login("bestuur2");
        settings.change(MySettings.DEFAULTS);
    }

    @Test
    void aBoardMemberChoosesTheDailyDigestAtHalfPastSeven() {
        login("bestuur2");
        UI.getCurrent().navigate(MySettingsView.class);
        RadioButtonGroup<String> newWork = _get(RadioButtonGroup.class, spec -> spec.withId("settings-new-work"));
        TimePicker digestAt = _get(TimePicker.class, spec -> spec.withId("settings-digest-at"));
        assertThat(newWork.getValue()).isEqualTo(MySettingsView.DEFAULT);
        assertThat(digestAt.getValue()).isEqualTo(MySettings.DEFAULT_DIGEST_AT);

        newWork.setValue(NotifyChoice.DIGEST.name());
        digestAt.setValue(LocalTime.of(7, 30));
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        NotificationsKt.expectNotifications("Uw instellingen zijn opgeslagen.");
        MySettings mine = settings.mine();
        assertThat(mine.newWork()).isEqualTo(NotifyChoice.DIGEST);
        assertThat(mine.digestAt()).isEqualTo(LocalTime.of(7, 30));
        assertThat(mine.language()).isEqualTo("nl");
    }

    @Test
    void theDigestTimeIsOnlyAskedWhenThereIsADigest() {
        login("bestuur2");
        UI.getCurrent().navigate(MySettingsView.class);
        RadioButtonGroup<String> newWork = _get(RadioButtonGroup.class, spec -> spec.withId("settings-new-work"));
        TimePicker digestAt = _get(TimePicker.class, spec -> spec.withId("settings-digest-at"));

        newWork.setValue(NotifyChoice.NONE.name());
        assertThat(digestAt.isEnabled()).isFalse();
        newWork.setValue(NotifyChoice.AT_ONCE.name());
        assertThat(digestAt.isEnabled()).isFalse();
        newWork.setValue(NotifyChoice.DIGEST.name());
        assertThat(digestAt.isEnabled()).isTrue();
    }

    @Test
    void englishIsStoredForTheMailsAndTheApp() {
        login("bestuur2");
        UI.getCurrent().navigate(MySettingsView.class);
        _get(Select.class, spec -> spec.withId("settings-language")).setValue("en");
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        assertThat(settings.mine().language()).isEqualTo("en");
        assertThat(settings.mine().locale().getLanguage()).isEqualTo("en");
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void theOperatorHasNoSettingsToChange() {
        login("beheerder");
        UI.getCurrent().navigate(MySettingsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-none")).getText())
                .contains("niet in het personenregister");
        assertThat(_find(Button.class, spec -> spec.withId("settings-save"))).isEmpty();
    }
}
