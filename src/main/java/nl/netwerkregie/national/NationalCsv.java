package nl.netwerkregie.national;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.shared.csv.ExcelCsv;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.workinggroup.AssignmentFigures;
import nl.netwerkregie.workinggroup.AssignmentStatus;
import org.springframework.stereotype.Component;

/**
 * The comparison as CSV (ExcelCsv: semicolons, formula-neutral), one row per network, headers in the reader's
 * language: members per kind, admissions and endings this year and last, assignments per status and per theme,
 * this year's begroting and what was realised (not recorded yet: "nog niet"). A network that does not share has
 * its name, "deelt geen cijfers" and empty cells.
 */
@Component
public class NationalCsv {

    private final NationalFigures figures;
    private final TranslationProvider translations;

    NationalCsv(NationalFigures figures, TranslationProvider translations) {
        this.figures = figures;
        this.translations = translations;
    }

    /** Every network's figures as the national user sees them (role checked by {@link NationalFigures#compare}). */
    public byte[] comparison(Locale locale) {
        List<NetworkFigures> all = figures.compare();
        int year = figures.thisYear();
        List<String> themes = all.stream().flatMap(n -> n.assignments().stream()).map(AssignmentFigures.Count::theme)
                .distinct().sorted(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).toList();
        List<String> header = new ArrayList<>(List.of(t(locale, "national.network"), t(locale, "national.shares"),
                t(locale, "national.members")));
        Arrays.stream(OrganisationKind.values())
                .forEach(k -> header.add(t(locale, "national.membersOfKind", t(locale, "organisation.kind." + k))));
        for (int y : new int[] {year, year - 1}) {
            header.add(t(locale, "national.admissionsIn", String.valueOf(y)));
            header.add(t(locale, "national.endingsIn", String.valueOf(y)));
        }
        Arrays.stream(AssignmentStatus.values()).forEach(s -> header.add(
                t(locale, "national.assignmentsWithStatus", t(locale, "werkgroep.assignment.status." + s))));
        themes.forEach(theme -> header.add(t(locale, "national.assignmentsOfTheme", themeLabel(locale, theme))));
        header.add(t(locale, "national.budgetIn", String.valueOf(year)));
        header.add(t(locale, "national.realisedIn", String.valueOf(year)));
        return ExcelCsv.write(header, csv -> {
            for (NetworkFigures n : all) {
                List<Object> row = new ArrayList<>(List.of(n.name(), t(locale, n.shared() ? "national.yes" : "national.notShared")));
                if (n.shared()) {
                    row.add(n.members());
                    Arrays.stream(OrganisationKind.values()).forEach(k -> row.add(n.members(k)));
                    for (int y : new int[] {year, year - 1}) {
                        row.add(n.admissionsIn(y));
                        row.add(n.endingsIn(y));
                    }
                    Arrays.stream(AssignmentStatus.values()).forEach(s -> row.add(n.assignments(s)));
                    themes.forEach(theme -> row.add(n.assignmentsOfTheme(theme)));
                    row.add(n.budgetOf(year).map(ExcelCsv::decimal).orElse(""));
                    row.add(t(locale, "national.notYet"));
                }
                csv.printRecord(row);
            }
        });
    }

    /** A theme's name, or "(geen thema)" for assignments without one. */
    String themeLabel(Locale locale, String theme) {
        return Objects.requireNonNullElseGet(theme, () -> t(locale, "national.noTheme"));
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.translate(locale, key, args);
    }
}
