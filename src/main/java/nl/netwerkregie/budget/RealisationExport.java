package nl.netwerkregie.budget;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.workinggroup.AssignmentBudget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year's realisation as the XLSX the screen offers, in the reader's language; coordinators and the board. */
@Service
public class RealisationExport {

    private final BudgetRealisationQueries queries;
    private final TranslationProvider translations;

    RealisationExport(BudgetRealisationQueries queries, TranslationProvider translations) {
        this.queries = queries;
        this.translations = translations;
    }

    /** The workbook of the year (entries, per theme, per assignment, income). */
    @Transactional(readOnly = true)
    public byte[] xlsx(int year, Locale locale) {
        YearRealisation realisation = queries.ofYear(year)
                .orElseThrow(() -> new DomainException("budget.noAdoptedPlan", String.valueOf(year)));
        Map<Long, String> werkgroepen = queries.choices(year).assignments().stream()
                .collect(Collectors.toMap(AssignmentBudget::assignmentId, a -> String.valueOf(a.werkgroepName())));
        return RealisationXlsx.write(realisation, queries.entries(year), werkgroepen,
                key -> translations.translate(locale, key));
    }

    public static String fileName(int year) {
        return "realisatie-" + year + ".xlsx";
    }
}
