package nl.netwerkregie.annualplan;

import java.util.List;
import java.util.stream.Collectors;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * The plan's side of the board decision: putting a submitted version to the board, and reading back why the
 * board rejected it. One place, so the advice command and the revision step speak of the decision alike.
 */
@Component
class JaarplanBoard {

    private static final int MAX_REMARKS = 8000;

    private final BoardDecisionService board;
    private final TranslationProvider translations;

    JaarplanBoard(BoardDecisionService board, TranslationProvider translations) {
        this.board = board;
        this.translations = translations;
    }

    /** Prepares the board's online decision on the plan's current version. @return the decision's id */
    long propose(Jaarplan plan, String advice, String skipReason, String by) {
        return board.prepare(new JaarplanProposals(translations).decisionRequest(plan, advice, skipReason), by);
    }

    /** The reasons given with the NO votes, one per line; a fixed text when nobody gave one. */
    String remarks(Jaarplan plan) {
        List<String> reasons = plan.getDecisionId() == null ? List.of()
                : board.reasonsGiven(plan.getDecisionId(), VoteChoice.NO);
        String remarks = reasons.isEmpty() ? translations.dutch("jaarplan.noRemarks")
                : reasons.stream().map(r -> "- " + r).collect(Collectors.joining("\n"));
        return Texts.limit(remarks, MAX_REMARKS);
    }
}
