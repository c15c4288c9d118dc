package nl.netwerkregie.annualreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.workinggroup.AssignmentOverview;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentResult;
import nl.netwerkregie.workinggroup.AssignmentResults;
import nl.netwerkregie.workinggroup.AssignmentStatus;
import nl.netwerkregie.workinggroup.AssignmentVersion;
import nl.netwerkregie.workinggroup.ProgressReport;
import org.springframework.stereotype.Component;

/**
 * Each werkgroep with its assignments of the year: those closed in the year with the final report's result
 * against the gewenst resultaat, and those running at the end of the year with their latest report.
 */
@Component
class WerkgroepenOfTheYear {

    private final AssignmentResults results;
    private final AssignmentQueries assignments;

    WerkgroepenOfTheYear(AssignmentResults results, AssignmentQueries assignments) {
        this.results = results;
        this.assignments = assignments;
    }

    List<YearFigures.Werkgroep> of(int year) {
        Map<String, List<YearFigures.Assignment>> byWerkgroep = new LinkedHashMap<>();
        for (AssignmentResult closed : results.closedIn(year)) {
            byWerkgroep.computeIfAbsent(closed.werkgroepName(), w -> new ArrayList<>()).add(new YearFigures.Assignment(
                    closed.doel(), closed.gewenstResultaat(), closed.achieved(), closed.budget(), closed.budgetUsed(),
                    closed.closedOn()));
        }
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        for (AssignmentOverview running : assignments.visible()) {
            if (running.status() != AssignmentStatus.ACTIVE || running.startDate().isAfter(lastDay)) {
                continue;
            }
            AssignmentVersion version = assignments.currentVersion(running.id());
            List<ProgressReport> reports = assignments.reports(running.id());
            ProgressReport report = reports.isEmpty() ? null : reports.get(reports.size() - 1);
            byWerkgroep.computeIfAbsent(running.werkgroepName(), w -> new ArrayList<>()).add(new YearFigures.Assignment(
                    version.getDoel(), version.getGewenstResultaat(), report == null ? null : report.getProgress(),
                    version.getBudget(), report == null ? null : report.getBudgetUsed(), null));
        }
        List<YearFigures.Werkgroep> werkgroepen = new ArrayList<>();
        byWerkgroep.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> werkgroepen.add(new YearFigures.Werkgroep(e.getKey(), List.copyOf(e.getValue()))));
        return werkgroepen;
    }
}
