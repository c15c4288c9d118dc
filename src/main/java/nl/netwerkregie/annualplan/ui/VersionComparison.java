package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.VersionChange;
import nl.netwerkregie.annualplan.VersionInfo;
import nl.netwerkregie.annualplan.VersionPlace;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * What changed between two submitted versions, the last two to begin with: per place in the plan its old and
 * new text or amount. Shown once a plan has been submitted more than once.
 */
final class VersionComparison extends VerticalLayout {

    private final JaarplanQueries queries;
    private final long planId;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Grid<VersionChange> changes = new Grid<>();

    VersionComparison(JaarplanQueries queries, long planId) {
        this.queries = queries;
        this.planId = planId;
        setPadding(false);
        List<Integer> numbers = queries.versions(planId).stream().map(VersionInfo::number).toList();
        version(from, "jaarplan.versions.from", "version-from", numbers, numbers.get(numbers.size() - 2));
        version(to, "jaarplan.versions.to", "version-to", numbers, numbers.get(numbers.size() - 1));
        changes.setId("version-changes");
        changes.addColumn(c -> place(c.place())).setHeader(getTranslation("jaarplan.versions.place")).setFlexGrow(2);
        changes.addColumn(c -> value(c.oldText(), c.oldAmount())).setHeader(getTranslation("jaarplan.versions.old"))
                .setFlexGrow(2);
        changes.addColumn(c -> value(c.newText(), c.newAmount())).setHeader(getTranslation("jaarplan.versions.new"))
                .setFlexGrow(2);
        changes.setAllRowsVisible(true);
        Button compare = new Button(getTranslation("jaarplan.versions.compare"), e -> UiErrors.attempt(this::compare));
        compare.setId("version-compare");
        HorizontalLayout controls = new HorizontalLayout(from, to, compare);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        compare();
        add(new H3(getTranslation("jaarplan.versions.title")), controls, changes);
    }

    private void compare() {
        changes.setItems(queries.compare(planId, from.getValue(), to.getValue()));
    }

    private void version(Select<Integer> select, String labelKey, String id, List<Integer> numbers, int selected) {
        select.setItems(numbers);
        select.setLabel(getTranslation(labelKey));
        select.setId(id);
        select.setValue(selected);
    }

    /** A place in the reader's words, e.g. "Bewustwording › Catering". */
    private String place(VersionPlace place) {
        return place.parts().stream().map(p -> p.translated() ? getTranslation(p.key()) : p.name())
                .collect(Collectors.joining(" › "));
    }

    private String value(String text, BigDecimal amount) {
        if (amount != null) {
            return Formats.euro(amount, getLocale()) + (text == null ? "" : " (" + text + ")");
        }
        return text == null ? "—" : text;
    }
}
