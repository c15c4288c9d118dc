package nl.netwerkregie.annualreport;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The year's evaluations as the jaarverslag takes them up: the yearly evaluation of the cooperation (its
 * conclusions and proposals) and the members' self-evaluations (who did one, when). Until those features are
 * wired in, the section lists none.
 */
@Component
class EvaluationsOfTheYear {

    List<YearFigures.Evaluation> of(int year) {
        return List.of();
    }
}
