package nl.netwerkregie.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.NetworkChoice;
import nl.netwerkregie.shared.format.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The e-mails to an applicant, in Dutch, to the bestuurder and the contact persons. */
@Component
class AdmissionMails {


    private final Mailer mailer;
    private final TranslationProvider translations;
    private final String baseUrl;

    private final CurrentNetwork currentNetwork;

    AdmissionMails(Mailer mailer, TranslationProvider translations,
            @Value("${netwerkregie.base-url}") String baseUrl, CurrentNetwork currentNetwork) {
        this.currentNetwork = currentNetwork;
        this.mailer = mailer;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * The page where the applicant answers the request, by the secret token of the admission; the address names the
     * network, so the visitor's page is for the admission's network (NetworkChoice.chooseAsVisitor).
     */
    String informationLink(String token) {
        return baseUrl + "/aanvraag/informatie/" + token + "?" + NetworkChoice.VISITOR_PARAMETER + "="
                + currentNetwork.id();
    }

    void informationRequest(Organisation organisation, Admission admission) {
        send(organisation, "informationRequest", organisation.getName(), admission.getInformationRequest(),
                informationLink(admission.getInformationToken()));
    }

    void informationReminder(Organisation organisation, Admission admission) {
        send(organisation, "informationReminder", organisation.getName(), admission.getInformationRequest(),
                informationLink(admission.getInformationToken()));
    }

    void closedForNoAnswer(Organisation organisation) {
        send(organisation, "closed", organisation.getName());
    }

    void rejected(Organisation organisation, String motivation) {
        send(organisation, "rejected", organisation.getName(), motivation);
    }

    void admitted(Organisation organisation, LocalDate trialStart, LocalDate trialEnd) {
        send(organisation, "admitted", organisation.getName(), Formats.dutchDate(trialStart), Formats.dutchDate(trialEnd));
    }

    void membershipEnded(Organisation organisation, LocalDate endDate, String motivation) {
        send(organisation, "ended", organisation.getName(), Formats.dutchDate(endDate), motivation);
    }

    private void send(Organisation organisation, String kind, Object... arguments) {
        String prefix = "mail.admission." + kind;
        mailer.send(recipients(organisation),
                translations.dutch(prefix + ".subject", arguments),
                translations.dutch(prefix + ".body", arguments));
    }

    private static List<String> recipients(Organisation organisation) {
        List<String> to = new ArrayList<>();
        to.add(organisation.getBestuurderEmail());
        organisation.getContacts().stream().map(ContactPerson::email).forEach(to::add);
        return to;
    }
}
