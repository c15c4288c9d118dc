package nl.netwerkregie.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;

/**
 * The figures of each section as tables of text, in the reader's language: the page and the PDF both show these
 * same tables, so what the board reads on the screen is what the members get on paper.
 */
public final class ReportTables {

    /** A table of one section; {@code rows} may be empty, then {@code emptyText} says why. */
    public record Table(String id, List<String> headers, List<List<String>> rows, String emptyText) {
    }

    private final TranslationProvider translations;
    private final Locale locale;

    public ReportTables(TranslationProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    /** The section's tables, in order; the introduction has none. */
    public List<Table> of(Section section, YearFigures figures) {
        return switch (section) {
            case INTRODUCTION -> List.of();
            case MEMBERS -> members(figures.members());
            case DECISIONS -> List.of(decisions(figures.decisions()));
            case WERKGROEPEN -> List.of(werkgroepen(figures.werkgroepen()));
            case JAARPLAN -> List.of(plan(figures.plan(), figures.year()));
            case FINANCES -> List.of(finances(figures.finances()));
            case EVALUATIONS -> List.of(evaluations(figures.evaluations()));
        };
    }

    private List<Table> members(YearFigures.Members members) {
        List<List<String>> counts = List.of(
                List.of(t("jaarverslag.members.atStart"), String.valueOf(members.atStart())),
                List.of(t("jaarverslag.members.atEnd"), String.valueOf(members.atEnd())),
                List.of(t("jaarverslag.members.admitted"), String.valueOf(members.admitted().size())),
                List.of(t("jaarverslag.members.trialsCompleted"), String.valueOf(members.trialsCompleted().size())),
                List.of(t("jaarverslag.members.ended"), String.valueOf(members.ended().size())));
        List<List<String>> changes = new ArrayList<>();
        members.admitted().forEach(c -> changes.add(change("jaarverslag.members.admittedOne", c)));
        members.trialsCompleted().forEach(c -> changes.add(change("jaarverslag.members.trialCompletedOne", c)));
        members.ended().forEach(c -> changes.add(change("jaarverslag.members.endedOne", c)));
        return List.of(new Table("members-counts", List.of(t("jaarverslag.column.what"), t("jaarverslag.column.number")),
                        counts, ""),
                new Table("members-changes", List.of(t("jaarverslag.column.date"), t("jaarverslag.column.organisation"),
                        t("jaarverslag.column.change"), t("jaarverslag.column.reason")), changes,
                        t("jaarverslag.members.noChanges")));
    }

    private List<String> change(String kindKey, YearFigures.MemberChange change) {
        return List.of(date(change.date()), change.organisation(), t(kindKey), text(change.reason()));
    }

    private Table decisions(List<YearFigures.Decision> decisions) {
        List<List<String>> rows = decisions.stream().map(d -> List.of(date(d.date()), d.subject(),
                d.outcome() == null ? "" : t("board.outcome." + d.outcome()),
                t("jaarverslag.decisions.votes", d.yes(), d.no(), d.abstain()))).toList();
        return new Table("decisions", List.of(t("jaarverslag.column.date"), t("jaarverslag.column.subject"),
                t("jaarverslag.column.outcome"), t("jaarverslag.column.votes")), rows, t("jaarverslag.decisions.none"));
    }

    private Table werkgroepen(List<YearFigures.Werkgroep> werkgroepen) {
        List<List<String>> rows = new ArrayList<>();
        for (YearFigures.Werkgroep werkgroep : werkgroepen) {
            for (YearFigures.Assignment a : werkgroep.assignments()) {
                rows.add(List.of(werkgroep.name(), a.doel(), text(a.gewenstResultaat()), text(a.achieved()),
                        a.closedOn() == null ? t("jaarverslag.werkgroepen.running")
                                : t("jaarverslag.werkgroepen.closedOn", date(a.closedOn())),
                        euro(a.budget()), euro(a.budgetUsed())));
            }
        }
        return new Table("werkgroepen", List.of(t("jaarverslag.column.werkgroep"), t("werkgroep.assignment.doel"),
                t("werkgroep.assignment.result"), t("jaarverslag.column.achieved"), t("jaarverslag.column.status"),
                t("jaarverslag.column.budgeted"), t("jaarverslag.column.used")), rows,
                t("jaarverslag.werkgroepen.none"));
    }

    private Table plan(YearFigures.Plan plan, int year) {
        if (plan == null) {
            return new Table("jaarplan", List.of(), List.of(), t("jaarverslag.jaarplan.none", String.valueOf(year)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (YearFigures.Theme theme : plan.themes()) {
            rows.add(List.of(theme.name(), euro(theme.budgeted()), euro(theme.spent()),
                    euro(remaining(theme.budgeted(), theme.spent()))));
        }
        rows.add(List.of(t("jaarverslag.total"), euro(plan.totalBudgeted()), euro(plan.totalSpent()),
                euro(remaining(plan.totalBudgeted(), plan.totalSpent()))));
        return new Table("jaarplan", List.of(t("jaarverslag.column.theme"), t("jaarverslag.column.budgeted"),
                t("jaarverslag.column.spent"), t("jaarverslag.column.remaining")), rows, "");
    }

    private Table finances(YearFigures.Finances finances) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("jaarverslag.finances.contributions"), euro(finances.contributionsDue()),
                euro(finances.contributionsReceived())));
        rows.add(List.of(t("jaarverslag.finances.subsidy"), euro(finances.subsidyBudgeted()),
                euro(finances.subsidyReceived())));
        rows.add(List.of(t("jaarverslag.finances.outstanding"), String.valueOf(finances.outstanding()), ""));
        return new Table("finances", List.of(t("jaarverslag.column.what"), t("jaarverslag.column.expected"),
                t("jaarverslag.column.received")), rows, "");
    }

    private Table evaluations(List<YearFigures.Evaluation> evaluations) {
        List<List<String>> rows = evaluations.stream().map(e -> List.of(date(e.date()),
                t("jaarverslag.evaluation." + e.kind()), e.subject(), text(e.summary()))).toList();
        return new Table("evaluations", List.of(t("jaarverslag.column.date"), t("jaarverslag.column.kind"),
                t("jaarverslag.column.subject"), t("jaarverslag.column.summary")), rows,
                t("jaarverslag.evaluations.none"));
    }

    /** What is left of the budget; nothing to say when nothing was budgeted or nothing recorded. */
    static BigDecimal remaining(BigDecimal budgeted, BigDecimal spent) {
        return budgeted == null || spent == null ? null : budgeted.subtract(spent);
    }

    private String euro(BigDecimal amount) {
        return amount == null ? "–" : Formats.euro(amount, locale);
    }

    private String date(LocalDate date) {
        return date == null ? "" : Formats.date(date, locale);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private String t(String key, Object... args) {
        return translations.translate(locale, key, args);
    }
}
