package nl.netwerkregie.annualplan;

import java.util.List;
import nl.netwerkregie.shared.theme.PlanThemes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers the jaarplan's themes to werkgroepen and assignments: the plan of the year, else the newest before it. */
@Component
class JaarplanThemes implements PlanThemes {

    private final JaarplanRepository plans;

    JaarplanThemes(JaarplanRepository plans) {
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> themeNames(int year) {
        return plans.findAllByOrderByYearDesc().stream().filter(p -> p.getYear() <= year).findFirst()
                .map(p -> p.content().themes().stream().map(ThemePlan::name).toList()).orElse(List.of());
    }
}
