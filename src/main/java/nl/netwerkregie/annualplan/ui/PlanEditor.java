package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.shared.ui.EuroField;

/**
 * The plan's content in a form: texts and amounts, income, themes with their cost items, the split. Totals,
 * warnings and the chart follow every change, never typed. Read-only unless {@code editable}. One editor per
 * opened plan, so nothing of a plan shown before lingers in it.
 */
final class PlanEditor extends VerticalLayout {

    private final TextField title = new TextField();
    private final TextArea ambition = new TextArea();
    private final TextArea goals = new TextArea();
    private final BigDecimalField projectBudget = new EuroField();
    private final BigDecimalField contributionBase = new EuroField();
    private final IncomeLines income;
    private final ThemeEditors themes;
    private final SplitLines split;
    private final BegrotingTotals totals;

    PlanEditor(PlanContent content, boolean editable, Map<String, BigDecimal> committedPerTheme) {
        setPadding(false);
        FormFields.labelled(title, "jaarplan.field.title", "plan-title").setWidthFull();
        FormFields.labelled(ambition, "jaarplan.field.ambition", "plan-ambition").setWidthFull();
        FormFields.labelled(goals, "jaarplan.field.goals", "plan-goals").setWidthFull();
        FormFields.labelled(projectBudget, "jaarplan.field.projectBudget", "plan-project-budget").setWidth("16em");
        FormFields.labelled(contributionBase, "jaarplan.field.contributionBase", "plan-contribution-base")
                .setWidth("22em");
        contributionBase.setHelperText(getTranslation("jaarplan.field.contributionBaseHelp"));
        title.setValue(content.title() == null ? "" : content.title());
        ambition.setValue(content.ambition() == null ? "" : content.ambition());
        goals.setValue(content.goals() == null ? "" : content.goals());
        projectBudget.setValue(content.projectBudget());
        contributionBase.setValue(content.contributionBase());
        for (var field : List.of(title, ambition, goals)) {
            field.setReadOnly(!editable);
        }
        projectBudget.setReadOnly(!editable);
        contributionBase.setReadOnly(!editable);
        // The project budget is what the costs are held against; the contribution base enters no total.
        projectBudget.addValueChangeListener(e -> refresh());
        income = new IncomeLines(content.income(), editable, this::refresh);
        themes = new ThemeEditors(content.themes(), editable, this::refresh);
        split = new SplitLines(content.split(), editable, this::refresh);
        totals = new BegrotingTotals(committedPerTheme);
        add(title, ambition, goals, new HorizontalLayout(projectBudget, contributionBase));
        add(new H3(getTranslation("jaarplan.section.income")), income);
        add(new H3(getTranslation("jaarplan.section.themes")), themes);
        add(new H3(getTranslation("jaarplan.section.split")), split);
        add(totals);
        refresh();
    }

    /** The content as the form holds it now, saved or not. */
    PlanContent gather() {
        return new PlanContent(title.getValue(), ambition.getValue(), goals.getValue(), projectBudget.getValue(),
                contributionBase.getValue(), themes.value(), income.value(), split.value());
    }

    /** Shows these themes instead of the form's (an import merged into them); not saved until the plan is. */
    void replaceThemes(List<ThemePlan> merged) {
        themes.replace(merged);
        refresh();
    }

    private void refresh() {
        PlanContent content = gather();
        Begroting begroting = Begroting.of(content);
        themes.update(begroting);
        totals.show(content, begroting);
    }
}
