package nl.netwerkregie.admission.ui;

import nl.netwerkregie.shared.ui.Outcome;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.admission.Admission;
import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.CriterionJudgement;
import nl.netwerkregie.admission.Judgement;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.network.AdmissionCriterion;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Aanvraag beoordelen": the coordinator judges each admission criterion of the network, then either asks the
 * applicant for more information or proposes to the board to admit or not, with a motivation.
 */
@org.springframework.stereotype.Component
class IntakeFormFactory implements TaskFormFactory {

    static final String MORE_INFO = "moreInfo";
    static final String ADMIT = "admit";
    static final String REJECT = "reject";

    private final AdmissionService admissions;
    private final AdmissionQueries queries;
    private final NetworkRules rules;

    IntakeFormFactory(AdmissionService admissions, AdmissionQueries queries, NetworkRules rules) {
        this.admissions = admissions;
        this.queries = queries;
        this.rules = rules;
    }

    @Override
    public String formKey() {
        return AdmissionProcess.FORM_INTAKE;
    }

    record CriterionLine(AdmissionCriterion criterion, RadioButtonGroup<Judgement> judgement, TextField remark) {
    }

    @Override
    public Outcome outcome(TaskRow task) {
        return new Outcome("outcome.intake", List.of(), task.caseSummary().route(), "outcome.toCase");
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        long admissionId = Long.parseLong(task.businessKey());
        Admission admission = queries.get(admissionId);
        VerticalLayout form = new VerticalLayout(new ApplicationSummary(admission, queries.organisationOf(admissionId)));
        form.setPadding(false);
        form.add(new H3(form.getTranslation("admission.intake.criteria")));
        // Most applications meet most criteria: one click marks every criterion not yet judged as met, and the
        // coordinator then changes the few that are not (the intake was 12 x 3 radios, issue 16).
        com.vaadin.flow.component.button.Button allMet = new com.vaadin.flow.component.button.Button(
                form.getTranslation("admission.intake.allMet"));
        allMet.setId("intake-all-met");
        form.add(allMet);

        Map<String, CriterionJudgement> earlier = new LinkedHashMap<>();
        admission.getJudgements().forEach(j -> earlier.put(j.criterionCode(), j));
        List<CriterionLine> lines = new ArrayList<>();
        for (AdmissionCriterion criterion : rules.current().admissionCriteria()) {
            RadioButtonGroup<Judgement> judgement = new RadioButtonGroup<>(criterion.code() + " – " + criterion.text());
            judgement.setId("criterion-" + criterion.code());
            judgement.setItems(Judgement.values());
            judgement.setItemLabelGenerator(j -> form.getTranslation("admission.judgement." + j));
            TextField remark = new TextField();
            remark.setId("remark-" + criterion.code());
            // A real label, not only a placeholder that disappears when typing; it names the criterion for a
            // screen reader, which reads the field on its own.
            remark.setLabel(form.getTranslation("admission.intake.remark"));
            remark.setAriaLabel(form.getTranslation("admission.intake.remarkFor", criterion.code()));
            remark.setWidthFull();
            CriterionJudgement before = earlier.get(criterion.code());
            if (before != null) {
                judgement.setValue(before.judgement());
                remark.setValue(before.remark() == null ? "" : before.remark());
            }
            lines.add(new CriterionLine(criterion, judgement, remark));
            form.add(judgement, remark);
        }
        allMet.addClickListener(e -> lines.stream().map(CriterionLine::judgement).filter(j -> j.getValue() == null)
                .forEach(j -> j.setValue(Judgement.MET)));

        RadioButtonGroup<String> next = new RadioButtonGroup<>(form.getTranslation("admission.intake.next"));
        next.setId("intake-next");
        next.setItems(MORE_INFO, ADMIT, REJECT);
        next.setItemLabelGenerator(v -> form.getTranslation("admission.intake.next." + v));
        TextArea text = new TextArea(form.getTranslation("admission.intake.motivation"));
        text.setId("intake-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        next.addValueChangeListener(e -> text.setLabel(form.getTranslation(MORE_INFO.equals(e.getValue())
                ? "admission.intake.informationRequest" : "admission.intake.motivation")));
        Span hint = new Span(form.getTranslation("admission.intake.hint"));

        Button done = new Button(form.getTranslation("admission.intake.submit"));
        done.setId("intake-submit");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            if (next.getValue() == null) {
                next.setErrorMessage(form.getTranslation("admission.proposalRequired"));
                next.setInvalid(true);
                return;
            }
            next.setInvalid(false);
            List<CriterionJudgement> judgements = lines.stream().filter(l -> l.judgement().getValue() != null)
                    .map(l -> new CriterionJudgement(l.criterion().code(), l.judgement().getValue(), l.remark().getValue()))
                    .toList();
            boolean moreInfo = MORE_INFO.equals(next.getValue());
            if (!moreInfo) {
                boolean allJudged = true;
                for (CriterionLine line : lines) {
                    boolean judged = line.judgement().getValue() != null;
                    line.judgement().setErrorMessage(judged ? null : form.getTranslation("admission.intake.judgeThis"));
                    line.judgement().setInvalid(!judged);
                    allJudged &= judged;
                }
                if (!allJudged) {
                    UiErrors.showError(form.getTranslation("admission.criteriaNotAllJudged"));
                    return;
                }
            }
            if (UiErrors.attempt(() -> admissions.intake(task.id(), judgements, moreInfo,
                    moreInfo ? text.getValue() : null, moreInfo ? null : ADMIT.equals(next.getValue()),
                    moreInfo ? null : text.getValue()))) {
                afterCompletion.run();
            }
        });
        form.add(next, text, hint, done);
        return form;
    }
}
