package nl.netwerkregie.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code JaarverslagApprovalProcess} after the board's decision. The engine calls them through the
 * delegates in {@code annualreport.process}, as async continuations (a failure retries as a job, the board's
 * votes stay counted), on behalf of nobody in particular, so they check no role.
 */
@Service
public class JaarverslagSteps {

    static final String SYSTEM = "netwerkregie";

    private final JaarverslagRepository reports;
    private final JaarverslagBoard board;
    private final FiguresJson json;
    private final OrganisationService organisations;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final Clock clock;

    JaarverslagSteps(JaarverslagRepository reports, JaarverslagBoard board, FiguresJson json,
            OrganisationService organisations, Mailer mailer, TranslationProvider translations, Clock clock) {
        this.reports = reports;
        this.board = board;
        this.json = json;
        this.organisations = organisations;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
    }

    /** Not adopted: back to the coordinators, the reasons given with the NO votes as the board's remarks. */
    @Transactional
    public void returnForRevision(long id) {
        Jaarverslag report = reports.require(id);
        report.returnForRevision(board.remarks(report), SYSTEM, Instant.now(clock));
    }

    /**
     * Adopted: the report is frozen with the PDF of what the board adopted (in Dutch), and every member's contact
     * persons get that PDF, through the outbox: sent after this step commits, once.
     */
    @Transactional
    public void adopt(long id) {
        Jaarverslag report = reports.require(id);
        Instant now = Instant.now(clock);
        JaarverslagView adopted = JaarverslagQueries.view(report, json.read(report.getSubmittedFigures())).adoptedAt(now);
        byte[] pdf = new JaarverslagPdf(translations, TranslationProvider.DUTCH).write(adopted);
        report.adopt(pdf, SYSTEM, now);
        String year = String.valueOf(report.getYear());
        Mailer.Attachment attachment = new Mailer.Attachment(JaarverslagQueries.fileName(report.getYear()),
                "application/pdf", pdf);
        String subject = translations.dutch("jaarverslag.mail.adoptedSubject", year);
        String body = translations.dutch("jaarverslag.mail.adoptedBody", year, adopted.figures().networkName());
        // One mail per member (its contacts see each other, not other members'); a person who is the contact of
        // several members gets it once.
        Set<String> mailed = new HashSet<>();
        for (Organisation member : organisations.members()) {
            List<String> to = member.getContacts().stream().map(ContactPerson::email)
                    .filter(address -> mailed.add(address.trim().toLowerCase(Locale.ROOT))).toList();
            if (!to.isEmpty()) {
                mailer.send(to, subject, body, attachment);
            }
        }
    }
}
