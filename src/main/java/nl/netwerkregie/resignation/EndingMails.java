package nl.netwerkregie.resignation;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import nl.netwerkregie.shared.format.Formats;
import org.springframework.stereotype.Component;

/** The e-mails about an ending, in Dutch, to the organisation's bestuurder and contact persons. */
@Component
class EndingMails {

    private final Mailer mailer;
    private final TranslationProvider translations;

    EndingMails(Mailer mailer, TranslationProvider translations) {
        this.mailer = mailer;
        this.translations = translations;
    }

    /** The resignation is confirmed, with the date the membership ends. */
    void resignationConfirmed(Organisation o, MembershipEnding ending) {
        send(o, "mail.resignation.confirmed", o.getName(), Formats.dutchDate(ending.getEndDate()));
    }

    /** The network proposes to end the membership: why, until when the organisation may respond, from when. */
    void terminationProposed(Organisation o, MembershipEnding ending) {
        send(o, "mail.termination.proposed", o.getName(), ending.getReasons(), ending.getResponseDeadline().toString(),
                Formats.dutchDate(ending.getEndDate()));
    }

    /** The board decided not to terminate: the organisation stays a member. */
    void membershipKept(Organisation o) {
        send(o, "mail.termination.kept", o.getName());
    }

    /** The board terminated the membership: from when, and why (the proposal's reasons, then the board's). */
    void terminationAdopted(Organisation o, MembershipEnding ending, List<String> boardReasons) {
        send(o, "mail.termination.adopted", o.getName(), Formats.dutchDate(ending.getEndDate()),
                ending.getReasons() + (boardReasons.isEmpty() ? "" : "\n" + String.join("\n", boardReasons)));
    }

    private void send(Organisation o, String key, Object... args) {
        List<String> to = new ArrayList<>();
        // Only the application form requires a bestuurder e-mail; a registered organisation may have none.
        if (o.getBestuurderEmail() != null) {
            to.add(o.getBestuurderEmail());
        }
        o.getContacts().forEach(c -> to.add(c.email()));
        mailer.send(to, translations.dutch(key + ".subject", args), translations.dutch(key + ".body", args));
    }
}
