package nl.netwerkregie.evaluation;

import java.util.List;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import nl.netwerkregie.shared.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/**
 * The evaluation's own mails, through the outbox, each once per event (its key): the reminder to a respondent who
 * has not answered, and the board's proposals to each member organisation. In Dutch, the members' language.
 */
@Component
class EvaluationMails {

    private final Mailer mailer;
    private final TranslationProvider translations;
    private final CurrentNetwork currentNetwork;
    private final NetworkRules rules;

    EvaluationMails(Mailer mailer, TranslationProvider translations, CurrentNetwork currentNetwork, NetworkRules rules) {
        this.mailer = mailer;
        this.translations = translations;
        this.currentNetwork = currentNetwork;
        this.rules = rules;
    }

    /** @return false when this respondent had its reminder already (or has no address) */
    boolean remind(YearlyEvaluation evaluation, EvaluationRespondent respondent) {
        String subject = translations.dutch("evaluation.mail.reminderSubject", String.valueOf(evaluation.getYear()));
        String body = translations.dutch("evaluation.mail.reminderBody", respondent.getName(),
                String.valueOf(evaluation.getYear()), Formats.dutchDate(evaluation.getDeadline()),
                rules.current().name());
        return mailer.send(new OutgoingMail("evaluation-reminder:" + respondent.getId(), currentNetwork.id(),
                respondent.addressList(), subject, body, null, null, null));
    }

    /** @return how many organisations were sent the proposals now */
    int proposals(YearlyEvaluation evaluation, List<Organisation> members) {
        String subject = translations.dutch("evaluation.mail.proposalsSubject", String.valueOf(evaluation.getYear()),
                rules.current().boardName());
        String body = translations.dutch("evaluation.mail.proposalsBody", rules.current().boardName(),
                String.valueOf(evaluation.getYear()), evaluation.getConclusions(), evaluation.getProposals(),
                rules.current().name());
        int sent = 0;
        for (Organisation member : members) {
            List<String> to = member.getContacts().stream().map(ContactPerson::email).toList();
            if (mailer.send(new OutgoingMail("evaluation-proposals:" + evaluation.getId() + ":" + member.getId(),
                    currentNetwork.id(), to, subject, body, null, null, null))) {
                sent++;
            }
        }
        return sent;
    }
}
