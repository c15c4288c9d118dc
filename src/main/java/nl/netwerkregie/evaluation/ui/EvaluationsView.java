package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.netwerkregie.evaluation.EvaluationOfYear;
import nl.netwerkregie.evaluation.EvaluationQuestions;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.evaluation.YearlyEvaluationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.NarrowScreens;
import nl.netwerkregie.shared.ui.RowOpening;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * Evaluaties: the evaluations of the cooperation per year with their status and response rate. Coordinators start
 * one in between and keep the network's list of questions here.
 */
@Route(value = "evaluaties", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class EvaluationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<EvaluationOfYear> grid = new Grid<>();

    EvaluationsView(YearlyEvaluationService evaluations, YearlyEvaluationQueries queries,
            EvaluationQuestions questions, CurrentUser currentUser) {
        add(new H2(getTranslation("evaluation.list.title")), new Paragraph(getTranslation("evaluation.list.intro")));
        if (currentUser.has(Role.COORDINATOR)) {
            Button start = new Button(getTranslation("evaluation.list.start"), e -> {
                long[] id = new long[1];
                if (UiErrors.attempt(() -> id[0] = evaluations.startByHand())) {
                    UiErrors.showSuccess(getTranslation("evaluation.list.started"));
                    grid.setItems(queries.all());
                }
            });
            start.setId("evaluation-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start);
        }
        grid.setId("evaluations-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Grid.Column<EvaluationOfYear> year = grid.addColumn(EvaluationOfYear::year)
                .setHeader(getTranslation("evaluation.column.year")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.yearly() ? "evaluation.yearly" : "evaluation.interim"))
                .setHeader(getTranslation("evaluation.column.kind"));
        Grid.Column<EvaluationOfYear> status = grid.addColumn(e -> getTranslation("evaluation.status." + e.status()))
                .setHeader(getTranslation("evaluation.column.status"));
        grid.addColumn(e -> Formats.date(e.deadline(), getLocale())).setHeader(getTranslation("evaluation.deadline"));
        Grid.Column<EvaluationOfYear> rate = grid.addColumn(e -> getTranslation("evaluation.rate", e.answered(),
                e.respondents(), e.responseRate())).setHeader(getTranslation("evaluation.column.rate"));
        NarrowScreens.keepOnly(grid, year, status, rate);
        grid.setItems(queries.all());
        RowOpening.onClickOrEnter(grid, row -> getUI().ifPresent(ui -> ui.navigate(EvaluationPage.class,
                new RouteParameters("id", String.valueOf(row.id())))));
        add(grid);
        if (currentUser.has(Role.COORDINATOR)) {
            QuestionsEditor editor = new QuestionsEditor(questions.list());
            Button save = new Button(getTranslation("evaluation.questions.save"), e -> {
                if (UiErrors.attempt(() -> questions.replace(editor.questions()))) {
                    UiErrors.showSuccess(getTranslation("evaluation.questions.saved"));
                }
            });
            save.setId("evaluation-questions-save");
            VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("evaluation.questions.intro")),
                    editor, save);
            content.setPadding(false);
            Details list = new Details(getTranslation("evaluation.questions.title"), content);
            list.setId("evaluation-questions");
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.list.title") + " – Netwerkregie";
    }
}
