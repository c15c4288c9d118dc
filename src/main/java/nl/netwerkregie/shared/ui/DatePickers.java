package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers that speak the user's language. Vaadin formats the date by the UI's locale but shows its calendar
 * (month and day names, "Today", "Cancel") in English unless told otherwise; a Dutch calendar also starts on
 * Monday. Every date field of the application is made here.
 */
public final class DatePickers {

    private static final DatePicker.DatePickerI18n DUTCH = new DatePicker.DatePickerI18n()
            .setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                    "september", "oktober", "november", "december"))
            .setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"))
            .setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"))
            .setFirstDayOfWeek(1)
            .setToday("Vandaag")
            .setCancel("Annuleren");
    private static final DatePicker.DatePickerI18n ENGLISH = new DatePicker.DatePickerI18n()
            .setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"))
            .setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"))
            .setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"))
            .setFirstDayOfWeek(1)
            .setToday("Today")
            .setCancel("Cancel");

    private DatePickers() {
    }

    public static DatePicker create() {
        return localised(new DatePicker());
    }

    public static DatePicker create(String label) {
        return localised(new DatePicker(label));
    }

    private static DatePicker localised(DatePicker picker) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.forLanguageTag("nl-NL") : ui.getLocale();
        picker.setI18n("nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH);
        return picker;
    }
}
