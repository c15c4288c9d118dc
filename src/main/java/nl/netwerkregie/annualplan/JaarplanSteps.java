package nl.netwerkregie.annualplan;

import java.time.Clock;
import java.time.Instant;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code JaarplanApprovalProcess} that follow the board's decision. The engine calls them through
 * the delegates in {@code annualplan.process}, on behalf of nobody in particular, so they check no role; the
 * architecture test keeps views and other services away from them.
 */
@Service
public class JaarplanSteps {

    /** Who the history names for what the process did by itself. */
    static final String SYSTEM = "netwerkregie";

    private final JaarplanRepository plans;
    private final JaarplanBoard board;
    private final OrganisationService organisations;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final Clock clock;

    JaarplanSteps(JaarplanRepository plans, JaarplanBoard board, OrganisationService organisations, Mailer mailer,
            TranslationProvider translations, Clock clock) {
        this.plans = plans;
        this.board = board;
        this.organisations = organisations;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
    }

    /** The board rejected the plan: back to the coordinators, the reasons given with the NO votes as its remarks. */
    @Transactional
    public void returnForRevision(long id) {
        Jaarplan plan = plans.require(id);
        plan.returnForRevision(board.remarks(plan), SYSTEM, Instant.now(clock));
    }

    /**
     * The board adopted the plan. It is frozen, its contribution base becomes the year's (see
     * {@code OrganisationService.contributionBase}), and every member's contact persons get the plan as PDF.
     */
    @Transactional
    public void adopt(long id) {
        Jaarplan plan = plans.require(id);
        plan.adopt(SYSTEM, Instant.now(clock));
        if (plan.getContributionBase() != null) {
            organisations.setContributionBase(plan.getYear(), Begroting.cents(plan.getContributionBase()), SYSTEM);
        }
        AdoptionMail mail = new AdoptionMail(translations, JaarplanView.of(plan));
        Mailer.Attachment attachment = mail.attachment();
        String subject = mail.subject();
        String body = mail.body();
        for (Organisation member : organisations.members()) {
            mailer.send(member.getContacts().stream().map(ContactPerson::email).toList(), subject, body, attachment);
        }
    }
}
