package nl.netwerkregie.workinggroup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ClockConfig;
import nl.netwerkregie.shared.csv.ExcelCsv;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of the assignments closed in a year, for the annual report: the board and the coordinators see
 * what each werkgroep was asked and what it achieved, and can take it into the jaarverslag as CSV.
 */
@Service
public class AssignmentResults {

    private final AssignmentRepository assignments;
    private final AssignmentVersionRepository versions;
    private final ProgressReportRepository reports;
    private final WerkgroepRepository werkgroepen;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;

    AssignmentResults(AssignmentRepository assignments, AssignmentVersionRepository versions,
            ProgressReportRepository reports, WerkgroepRepository werkgroepen, TranslationProvider translations,
            CurrentUser currentUser) {
        this.assignments = assignments;
        this.versions = versions;
        this.reports = reports;
        this.werkgroepen = werkgroepen;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    /** Assignments closed in the year, by werkgroep. Coordinators, the secretary and the board. */
    @Transactional(readOnly = true)
    public List<AssignmentResult> closedIn(int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return assignments.findByStatusIn(List.of(AssignmentStatus.CLOSED)).stream()
                .filter(a -> a.getClosedAt() != null && closedOn(a).getYear() == year)
                .map(this::resultOf)
                .sorted(Comparator.comparing(AssignmentResult::werkgroepName).thenComparing(AssignmentResult::closedOn))
                .toList();
    }

    /** The same as CSV (semicolons, BOM) in the reader's language, to paste into the jaarverslag. */
    @Transactional(readOnly = true)
    public byte[] csv(int year, Locale locale) {
        List<AssignmentResult> results = closedIn(year);
        return ExcelCsv.write(Stream.of("werkgroep.assignment.werkgroep", "werkgroep.assignment.theme",
                "werkgroep.assignment.doel", "werkgroep.assignment.result", "werkgroep.report.result",
                "werkgroep.report.status", "werkgroep.assignment.budget", "werkgroep.report.budgetUsed",
                "werkgroep.results.closedOn").map(key -> translations.translate(locale, key)).toList(), csv -> {
            for (AssignmentResult r : results) {
                csv.printRecord(r.werkgroepName(), r.theme(), r.doel(), r.gewenstResultaat(), r.achieved(),
                        r.timelineStatus() == null ? ""
                                : translations.translate(locale, "werkgroep.report.status." + r.timelineStatus()),
                        ExcelCsv.decimal(r.budget()), ExcelCsv.decimal(r.budgetUsed()), ExcelCsv.date(r.closedOn()));
            }
        });
    }

    private AssignmentResult resultOf(Assignment assignment) {
        AssignmentVersion version = versions.findFirstByAssignmentIdOrderByNumberDesc(assignment.getId()).orElseThrow();
        Optional<ProgressReport> last = reports.findFirstByAssignmentIdOrderByIdDesc(assignment.getId())
                .filter(ProgressReport::isFinalReport);
        String werkgroep = werkgroepen.findById(assignment.getWerkgroepId()).map(Werkgroep::getName).orElse("?");
        return new AssignmentResult(assignment.getId(), werkgroep, version.getTheme(), version.getDoel(),
                version.getGewenstResultaat(), last.map(ProgressReport::getProgress).orElse(""),
                last.map(ProgressReport::getTimelineStatus).orElse(null), version.getBudget(),
                last.map(ProgressReport::getBudgetUsed).orElse(null), closedOn(assignment));
    }

    private static LocalDate closedOn(Assignment assignment) {
        return LocalDate.ofInstant(assignment.getClosedAt(), ClockConfig.NETWORK_ZONE);
    }
}
