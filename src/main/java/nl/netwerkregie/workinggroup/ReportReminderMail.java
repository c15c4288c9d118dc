package nl.netwerkregie.workinggroup;

import java.time.LocalDate;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.format.Formats;
import org.springframework.stereotype.Component;

/** The mail that reminds a werkgroep's chair and vice chair of a late report, in Dutch. */
@Component
class ReportReminderMail {


    private final TranslationProvider translations;

    ReportReminderMail(TranslationProvider translations) {
        this.translations = translations;
    }

    /** The subject: which werkgroep's report is late. */
    String subject(String werkgroepName) {
        return translations.dutch("werkgroep.mail.reminder.subject", werkgroepName);
    }

    /** The body: the werkgroep, the date the report was due and the assignment's doel. */
    String body(String werkgroepName, LocalDate due, String doel) {
        return translations.dutch("werkgroep.mail.reminder.body", werkgroepName,
                Formats.dutchDate(due), doel);
    }
}
