package nl.netwerkregie.annualreport;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of the jaarverslag, for coordinators, the secretary and the board: the reports by year, one report
 * with its figures (compiled now for a draft, as submitted since), and its PDF.
 */
@Service
public class JaarverslagQueries {

    private final JaarverslagRepository reports;
    private final YearCompiler compiler;
    private final FiguresJson json;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;

    JaarverslagQueries(JaarverslagRepository reports, YearCompiler compiler, FiguresJson json,
            TranslationProvider translations, CurrentUser currentUser) {
        this.reports = reports;
        this.compiler = compiler;
        this.json = json;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    /** A report in a list: its year and where it stands, without figures. */
    public record Listed(long id, int year, JaarverslagStatus status, int submittedVersions,
            java.time.Instant updatedAt) {
    }

    /** Every report, newest year first. */
    @Transactional(readOnly = true)
    public List<Listed> all() {
        requireReader();
        return reports.findAllByOrderByYearDesc().stream().map(r -> new Listed(r.getId(), r.getYear(), r.getStatus(),
                r.getSubmittedVersions(), r.getUpdatedAt())).toList();
    }

    /** One report with its figures. */
    @Transactional(readOnly = true)
    public JaarverslagView get(long id) {
        requireReader();
        Jaarverslag report = reports.require(id);
        YearFigures figures = report.getStatus() == JaarverslagStatus.DRAFT || report.getSubmittedFigures() == null
                ? compiler.compile(report.getYear()) : json.read(report.getSubmittedFigures());
        return view(report, figures);
    }

    /** The PDF: once adopted the frozen one (in Dutch, as the members got it), before that as it stands now. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id, Locale locale) {
        requireReader();
        Jaarverslag report = reports.require(id);
        if (report.getAdoptedPdf() != null) {
            return report.getAdoptedPdf();
        }
        return new JaarverslagPdf(translations, locale).write(get(id));
    }

    /** The years of those reports, for task lists. Checks no role: a year names no one. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> yearsOf(Collection<Long> ids) {
        Map<Long, Integer> years = new HashMap<>();
        reports.findAllById(ids).forEach(r -> years.put(r.getId(), r.getYear()));
        return years;
    }

    /** The reports whose year contains the text, for the task list's search. */
    @Transactional(readOnly = true)
    public List<Long> idsOfYearLike(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return reports.findAllByOrderByYearDesc().stream().filter(r -> String.valueOf(r.getYear()).contains(wanted))
                .map(Jaarverslag::getId).toList();
    }

    public static String fileName(int year) {
        return "jaarverslag-" + year + ".pdf";
    }

    static JaarverslagView view(Jaarverslag report, YearFigures figures) {
        return new JaarverslagView(report.getId(), report.getYear(), report.getStatus(), report.getVersion(),
                report.getSubmittedVersions(), report.getTexts(), figures, report.getBoardRemarks(),
                report.getDecisionId(), report.getAdoptedAt(), report.getUpdatedAt(), report.getUpdatedBy());
    }

    private void requireReader() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
    }
}
