package nl.netwerkregie.national.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.netwerkregie.annualplan.JaarplanFigures;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.national.NetworkFigures;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.workinggroup.AssignmentFigures;

/** One network's figures below the comparison: members by kind, admissions and endings by year, themes, jaarplannen. */
class NetworkDetail extends VerticalLayout {

    NetworkDetail() {
        setId("national-detail");
        setPadding(false);
    }

    void show(NetworkFigures network) {
        removeAll();
        if (network == null) {
            add(new Paragraph(getTranslation("national.detail.choose")));
            return;
        }
        add(new H3(getTranslation("national.detail.title", network.name())));
        if (!network.shared()) {
            add(new Paragraph(getTranslation("national.detail.notShared", network.name())));
            return;
        }
        Grid<Map.Entry<OrganisationKind, Long>> kinds = grid("national-detail-kinds", network.membersByKind().entrySet().stream().toList());
        kinds.addColumn(e -> getTranslation("organisation.kind." + e.getKey())).setHeader(getTranslation("national.kind"));
        kinds.addColumn(Map.Entry::getValue).setHeader(getTranslation("national.count"));

        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(network.admissions().keySet());
        years.addAll(network.endings().keySet());
        Grid<Integer> perYear = grid("national-detail-years", List.copyOf(years));
        perYear.addColumn(String::valueOf).setHeader(getTranslation("national.year"));
        perYear.addColumn(network::admissionsIn).setHeader(getTranslation("national.admissions"));
        perYear.addColumn(network::endingsIn).setHeader(getTranslation("national.endings"));

        Grid<AssignmentFigures.Count> themes = grid("national-detail-themes", network.assignments());
        themes.addColumn(c -> c.theme() == null ? getTranslation("national.noTheme") : c.theme())
                .setHeader(getTranslation("national.theme")).setFlexGrow(2);
        themes.addColumn(c -> getTranslation("werkgroep.assignment.status." + c.status()))
                .setHeader(getTranslation("national.status"));
        themes.addColumn(AssignmentFigures.Count::count).setHeader(getTranslation("national.count"));

        Grid<JaarplanFigures.Budget> budgets = grid("national-detail-budgets", network.budgets());
        budgets.addColumn(JaarplanFigures.Budget::year).setHeader(getTranslation("national.year"));
        budgets.addColumn(b -> getTranslation("jaarplan.status." + b.status())).setHeader(getTranslation("national.status"));
        budgets.addColumn(b -> Formats.euro(b.projectCosts(), getLocale())).setHeader(getTranslation("national.budget"));
        budgets.addColumn(b -> Formats.euro(b.income(), getLocale())).setHeader(getTranslation("national.income"));
        budgets.addColumn(b -> getTranslation("national.notYet")).setHeader(getTranslation("national.realised"));

        add(new H4(getTranslation("national.detail.members")), kinds, new H4(getTranslation("national.detail.years")),
                perYear, new H4(getTranslation("national.detail.assignments")), themes,
                new H4(getTranslation("national.detail.budgets")), budgets,
                new Paragraph(getTranslation("national.realisedNote")));
    }

    private static <T> Grid<T> grid(String id, List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.setItems(items);
        return grid;
    }
}
