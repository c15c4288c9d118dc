package nl.netwerkregie.annualreport;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What submitting a report does, the first time and after a revision alike: its figures compiled now and kept as
 * they are, and the submitted version put to the board.
 */
@Component
class JaarverslagSubmissions {

    private final YearCompiler compiler;
    private final FiguresJson json;
    private final JaarverslagBoard board;
    private final Clock clock;

    JaarverslagSubmissions(YearCompiler compiler, FiguresJson json, JaarverslagBoard board, Clock clock) {
        this.compiler = compiler;
        this.json = json;
        this.board = board;
        this.clock = clock;
    }

    /** @return the board decision the submitted version was put to */
    long submit(Jaarverslag report, String by) {
        YearFigures figures = compiler.compile(report.getYear());
        report.submit(json.write(figures), by, Instant.now(clock));
        long decisionId = board.propose(report, figures, by);
        report.putToBoard(decisionId, by, Instant.now(clock));
        return decisionId;
    }
}
