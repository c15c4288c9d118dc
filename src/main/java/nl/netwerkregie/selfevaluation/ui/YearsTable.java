package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Locale;
import nl.netwerkregie.selfevaluation.ScoresOverYears;
import nl.netwerkregie.shared.format.Formats;

/** A member's average per section (rows) by year (columns), to compare the years. */
class YearsTable extends Grid<String> {

    YearsTable(ScoresOverYears scores, Locale locale) {
        setId("selfevaluation-years");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(s -> s).setHeader(getTranslation("selfevaluation.years.section")).setFlexGrow(3);
        for (int year : scores.years()) {
            addColumn(s -> scores.average(s, year) == null ? "–" : Formats.number(scores.average(s, year), locale))
                    .setHeader(String.valueOf(year)).setFlexGrow(1);
        }
        setItems(scores.sections());
        setAllRowsVisible(true);
    }
}
