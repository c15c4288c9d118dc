package nl.netwerkregie.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import nl.netwerkregie.people.MySettings;
import nl.netwerkregie.people.MySettingsService;
import nl.netwerkregie.people.NotifyChoice;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/** Mijn instellingen: the language of the app and the mails, and how and when the person hears of new work. */
@Route(value = "instellingen", layout = MainLayout.class)
@PermitAll
public class MySettingsView extends VerticalLayout implements HasDynamicTitle {

    /** The radio value for "no choice of my own". */
    static final String DEFAULT = "DEFAULT";

    private final MySettingsService settings;
    final Select<String> language = new Select<>();
    final RadioButtonGroup<String> newWork = new RadioButtonGroup<>();
    final TimePicker digestAt = new TimePicker();
    final Button save = new Button();

    MySettingsView(MySettingsService settings) {
        this.settings = settings;
        H2 title = new H2(getTranslation("settings.title"));
        title.setId("settings-title");
        add(title);
        if (!settings.canChange()) {
            Paragraph none = new Paragraph(getTranslation("settings.noPerson"));
            none.setId("settings-none");
            add(none);
            return;
        }
        language.setId("settings-language");
        language.setLabel(getTranslation("settings.language"));
        language.setItems("nl", "en");
        language.setItemLabelGenerator(l -> getTranslation("settings.language." + l));

        newWork.setId("settings-new-work");
        newWork.setLabel(getTranslation("settings.newWork"));
        newWork.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        newWork.setItems(DEFAULT, NotifyChoice.AT_ONCE.name(), NotifyChoice.DIGEST.name(), NotifyChoice.NONE.name());
        newWork.setItemLabelGenerator(c -> getTranslation(DEFAULT.equals(c) ? "settings.newWork.default"
                : "settings.newWork." + c));

        digestAt.setId("settings-digest-at");
        digestAt.setLabel(getTranslation("settings.digestAt"));
        digestAt.setHelperText(getTranslation("settings.digestAt.help"));
        digestAt.setStep(Duration.ofMinutes(30));
        digestAt.setRequiredIndicatorVisible(true);
        newWork.addValueChangeListener(e -> digestAt.setEnabled(!NotifyChoice.NONE.name().equals(e.getValue())
                && !NotifyChoice.AT_ONCE.name().equals(e.getValue())));

        save.setId("settings-save");
        save.setText(getTranslation("settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        MySettings mine = settings.mine();
        language.setValue(mine.language() == null ? "nl" : mine.language());
        newWork.setValue(mine.newWork() == null ? DEFAULT : mine.newWork().name());
        digestAt.setValue(mine.digestAtOrDefault());
        add(language, newWork, digestAt, save);
    }

    private void save() {
        MySettings chosen = new MySettings(language.getValue(),
                DEFAULT.equals(newWork.getValue()) || newWork.getValue() == null ? null
                        : NotifyChoice.valueOf(newWork.getValue()),
                digestAt.getValue() == null ? MySettings.DEFAULT_DIGEST_AT : digestAt.getValue());
        if (UiErrors.attempt(() -> settings.change(chosen))) {
            UiErrors.showSuccess(getTranslation("settings.saved"));
            // The app speaks the chosen language from now on, as the mails do.
            if (!chosen.locale().getLanguage().equals(getLocale().getLanguage())) {
                VaadinSession.getCurrent().setLocale(chosen.locale());
                UI.getCurrent().getPage().reload();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " – Netwerkregie";
    }
}
