package nl.netwerkregie.board;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.csv.ExcelCsv;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.pdf.Letterhead;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Besluitenlijst as CSV (Apache Commons CSV: quoting and separators right for spreadsheets) and one
 * decision with every vote as PDF (OpenPDF), in the reader's language.
 */
@Service
public class DecisionExport {

    private final BoardDecisionService decisions;
    private final TranslationProvider translations;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final NetworkRules rules;

    DecisionExport(BoardDecisionService decisions, TranslationProvider translations, UserDirectory users,
            CurrentUser currentUser, NetworkRules rules) {
        this.rules = rules;
        this.decisions = decisions;
        this.translations = translations;
        this.users = users;
        this.currentUser = currentUser;
    }

    /** Every decision: date, subject, question, outcome and count. Semicolon-separated, as Dutch spreadsheets expect. */
    @Transactional(readOnly = true)
    public byte[] decisionListCsv(Locale locale) {
        List<BoardDecision> all = decisions.all();
        return ExcelCsv.write(List.of(
                t(locale, "board.column.date"), t(locale, "board.column.subject"), t(locale, "board.question"),
                t(locale, "board.column.status"), t(locale, "board.column.outcome"), t(locale, "board.vote.YES"),
                t(locale, "board.vote.NO"), t(locale, "board.vote.ABSTAIN"), t(locale, "board.vote.RECUSED")), csv -> {
            for (BoardDecision d : all) {
                csv.printRecord(d.getMeetingDate() != null ? ExcelCsv.date(d.getMeetingDate())
                        : ExcelCsv.dateTime(d.getClosedAt() != null ? d.getClosedAt() : d.getPreparedAt()),
                        d.getSubject(), d.getQuestion(), t(locale, "board.status." + d.getStatus()),
                        d.getOutcome() == null ? "" : t(locale, "board.outcome." + d.getOutcome()),
                        count(d.getYesCount()), count(d.getNoCount()), count(d.getAbstainCount()), count(d.getRecusedCount()));
            }
        });
    }

    /** One decision with its proposal, outcome and every vote with its reason. */
    @Transactional(readOnly = true)
    public byte[] decisionPdf(long decisionId, Locale locale) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        BoardDecision d = decisions.get(decisionId);
        List<Vote> votes = decisions.votes(decisionId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        String heading = t(locale, "board.pdf.title", String.valueOf(d.getId())) + ": " + d.getSubject();
        Letterhead.apply(PdfWriter.getInstance(document, out), document, rules.current().name(), heading, locale,
                t(locale, "pdf.page"));
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        document.add(new Paragraph(heading, title));
        document.add(new Paragraph(" "));
        field(document, bold, normal, t(locale, "board.question"), d.getQuestion());
        field(document, bold, normal, t(locale, "board.proposal"), withoutLabel(t(locale, "board.proposal"),
                d.getProposal()));
        field(document, bold, normal, t(locale, "board.column.status"), t(locale, "board.status." + d.getStatus()));
        if (d.getOutcome() != null) {
            field(document, bold, normal, t(locale, "board.column.outcome"), t(locale, "board.outcome." + d.getOutcome())
                    + " (" + t(locale, "board.tally", count(d.getYesCount()), count(d.getNoCount()),
                    count(d.getAbstainCount()), count(d.getRecusedCount())) + ")");
            // A meeting's decision was taken on the meeting's day; the secretary recorded it later.
            field(document, bold, normal, t(locale, "board.closedAt"), d.getMeetingDate() != null
                    ? Formats.date(d.getMeetingDate(), locale) : Formats.dateTime(d.getClosedAt(), locale));
            if (d.getMeetingDate() != null) {
                field(document, bold, normal, t(locale, "board.recordedAt"), Formats.dateTime(d.getClosedAt(), locale));
            }
        }
        if (d.getMeetingDate() != null) {
            field(document, bold, normal, t(locale, "board.meetingDate"), Formats.date(d.getMeetingDate(), locale));
        }
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {3, 2, 5, 2});
        table.setWidthPercentage(100);
        for (String header : new String[] {t(locale, "board.column.member"), t(locale, "board.column.vote"),
                t(locale, "board.column.reason"), t(locale, "board.column.castAt")}) {
            table.addCell(new Paragraph(header, bold));
        }
        // Every member who could vote, in the board's order; who did not vote says so (issue 16).
        java.util.Map<String, Vote> cast = new java.util.LinkedHashMap<>();
        votes.forEach(v -> cast.put(v.getMemberId(), v));
        java.util.LinkedHashSet<String> members = new java.util.LinkedHashSet<>(d.getVotingMembers());
        members.addAll(cast.keySet());
        java.util.Map<String, String> names = users.displayNames(members);
        for (String member : members) {
            Vote v = cast.get(member);
            table.addCell(new Paragraph(names.get(member), normal));
            table.addCell(new Paragraph(v == null ? t(locale, "board.vote.notCast") : t(locale, "board.vote." + v.getChoice()), normal));
            table.addCell(new Paragraph(v == null || v.getReason() == null ? "" : v.getReason(), normal));
            table.addCell(new Paragraph(v == null ? "" : (d.getMeetingDate() != null ? Formats.date(d.getMeetingDate(), locale) : Formats.dateTime(v.getCastAt(), locale)), normal));
        }
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static void field(Document document, Font bold, Font normal, String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new com.lowagie.text.Chunk(label + ": ", bold));
        p.add(new com.lowagie.text.Chunk(value, normal));
        document.add(p);
    }

    /** The processes' proposals begin with "Voorstel:" themselves; the PDF's label says it once. */
    static String withoutLabel(String label, String value) {
        String prefix = label + ":";
        return value != null && value.regionMatches(true, 0, prefix, 0, prefix.length())
                ? value.substring(prefix.length()).strip() : value;
    }

    private static String count(Integer n) {
        return n == null ? "" : n.toString();
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.translate(locale, key, args);
    }
}
