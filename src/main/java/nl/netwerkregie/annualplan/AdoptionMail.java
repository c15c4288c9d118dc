package nl.netwerkregie.annualplan;

import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;

/** The mail every member's contact persons get when the board adopted the plan: what it sets, and the plan as PDF. */
final class AdoptionMail {

    private final TranslationProvider translations;
    private final JaarplanView plan;

    AdoptionMail(TranslationProvider translations, JaarplanView plan) {
        this.translations = translations;
        this.plan = plan;
    }

    String subject() {
        return translations.dutch("jaarplan.mail.adoptedSubject", String.valueOf(plan.year()), plan.content().title());
    }

    String body() {
        return translations.dutch("jaarplan.mail.adoptedBody", String.valueOf(plan.year()), plan.content().title(),
                JaarplanProposals.euro(plan.content().contributionBase()));
    }

    /** The adopted plan in Dutch, the language of the members' mail. */
    Mailer.Attachment attachment() {
        byte[] pdf = new JaarplanPdf(translations, TranslationProvider.DUTCH).write(plan);
        return new Mailer.Attachment(JaarplanExports.fileName(plan, "pdf"), "application/pdf", pdf);
    }
}
