package nl.netwerkregie.annualreport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.board.BoardDecision;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.membership.ContributionLine;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.ClockConfig;
import org.springframework.stereotype.Component;

/**
 * Compiles a year's figures from the features that hold them, each through its own public query (which checks
 * the reader's role): the membership, the board's decisions closed in the year, the werkgroepen, the adopted
 * jaarplan with its spending, the contributions and the evaluations.
 */
@Component
class YearCompiler {

    private final MembershipOfTheYear members;
    private final BoardDecisionService board;
    private final WerkgroepenOfTheYear werkgroepen;
    private final PlanOfTheYear plans;
    private final ContributionService contributions;
    private final EvaluationsOfTheYear evaluations;
    private final NetworkRules rules;
    private final Clock clock;

    YearCompiler(MembershipOfTheYear members, BoardDecisionService board, WerkgroepenOfTheYear werkgroepen,
            PlanOfTheYear plans, ContributionService contributions, EvaluationsOfTheYear evaluations,
            NetworkRules rules, Clock clock) {
        this.members = members;
        this.board = board;
        this.werkgroepen = werkgroepen;
        this.plans = plans;
        this.contributions = contributions;
        this.evaluations = evaluations;
        this.rules = rules;
        this.clock = clock;
    }

    YearFigures compile(int year) {
        return new YearFigures(year, rules.current().name(), LocalDate.now(clock), members.of(year),
                decisions(year), werkgroepen.of(year), plans.of(year), finances(year), evaluations.of(year));
    }

    /** The decisions closed in the year, oldest first; a meeting's decision on the meeting's date. */
    private List<YearFigures.Decision> decisions(int year) {
        return board.all().stream().filter(BoardDecision::isClosed)
                .map(d -> new YearFigures.Decision(dateOf(d), d.getSubject(),
                        d.getOutcome() == null ? null : d.getOutcome().name(), count(d.getYesCount()),
                        count(d.getNoCount()), count(d.getAbstainCount())))
                .filter(d -> d.date() != null && d.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(YearFigures.Decision::date))
                .toList();
    }

    private static LocalDate dateOf(BoardDecision decision) {
        if (decision.getMeetingDate() != null) {
            return decision.getMeetingDate();
        }
        return decision.getClosedAt() == null ? null
                : LocalDate.ofInstant(decision.getClosedAt(), ClockConfig.NETWORK_ZONE);
    }

    private static int count(Integer count) {
        return count == null ? 0 : count;
    }

    private YearFigures.Finances finances(int year) {
        List<ContributionLine> lines = contributions.year(year);
        BigDecimal due = lines.stream().map(ContributionLine::due).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal received = lines.stream().map(ContributionLine::paid).filter(p -> p != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int outstanding = (int) lines.stream().filter(ContributionLine::outstanding).count();
        BigDecimal subsidyBudgeted = plans.adopted(year).map(p -> p.begroting().totalSubsidy()).orElse(null);
        return new YearFigures.Finances(due, received, outstanding, subsidyBudgeted,
                plans.subsidyReceived(year));
    }
}
