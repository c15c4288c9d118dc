package nl.netwerkregie.annualreport;

import java.util.List;
import java.util.stream.Collectors;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * The report's side of the board decision: putting a submitted version to the board with its key figures, and
 * reading back why the board did not adopt it. In Dutch, the board's language.
 */
@Component
class JaarverslagBoard {

    private static final int MAX_REMARKS = 8000;
    private static final int MAX_PROPOSAL = 8000;

    private final BoardDecisionService board;
    private final TranslationProvider translations;

    JaarverslagBoard(BoardDecisionService board, TranslationProvider translations) {
        this.board = board;
        this.translations = translations;
    }

    /** Prepares the board's online decision on the submitted version. @return the decision's id */
    long propose(Jaarverslag report, YearFigures figures, String by) {
        String year = String.valueOf(report.getYear());
        YearFigures.Members members = figures.members();
        String proposal = translations.dutch("jaarverslag.board.proposal", year,
                String.valueOf(report.getSubmittedVersions()))
                + "\n\n" + translations.dutch("jaarverslag.board.figures", String.valueOf(members.atStart()),
                        String.valueOf(members.atEnd()), String.valueOf(members.admitted().size()),
                        String.valueOf(members.ended().size()), String.valueOf(figures.decisions().size()),
                        String.valueOf(figures.werkgroepen().stream().mapToInt(w -> w.assignments().size()).sum()));
        return board.prepare(new DecisionRequest(JaarverslagService.CASE_TYPE, String.valueOf(report.getId()),
                translations.dutch("jaarverslag.board.subject", year),
                translations.dutch("jaarverslag.board.question", year, String.valueOf(report.getSubmittedVersions())),
                Texts.limit(proposal, MAX_PROPOSAL), DecisionMode.ONLINE, null), by);
    }

    /** The reasons given with the NO votes, one per line; a fixed text when nobody gave one. */
    String remarks(Jaarverslag report) {
        List<String> reasons = report.getDecisionId() == null ? List.of()
                : board.reasonsGiven(report.getDecisionId(), VoteChoice.NO);
        String remarks = reasons.isEmpty() ? translations.dutch("jaarverslag.noRemarks")
                : reasons.stream().map(r -> "- " + r).collect(Collectors.joining("\n"));
        return Texts.limit(remarks, MAX_REMARKS);
    }
}
