package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.ReviewEvidence;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Evaluatie voorbereiden": the trial year nears its end; the coordinator reads the evidence the system has,
 * adds notes and proposes to the board: permanent member or not.
 */
@org.springframework.stereotype.Component
class ReviewFormFactory implements TaskFormFactory {

    private final AdmissionService admissions;
    private final AdmissionQueries queries;

    ReviewFormFactory(AdmissionService admissions, AdmissionQueries queries) {
        this.admissions = admissions;
        this.queries = queries;
    }

    @Override
    public String formKey() {
        return AdmissionProcess.FORM_REVIEW;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        long admissionId = Long.parseLong(task.businessKey());
        ReviewEvidence evidence = queries.reviewEvidence(admissionId);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        FormLayout facts = new FormLayout();
        facts.setId("review-evidence");
        facts.addFormItem(new Span(evidence.organisationName()), form.getTranslation("organisation.name"));
        facts.addFormItem(new Span(Formats.date(evidence.trialStart(), com.vaadin.flow.component.UI.getCurrent().getLocale()) + " – "
                + Formats.date(evidence.trialEnd(), com.vaadin.flow.component.UI.getCurrent().getLocale())), form.getTranslation("admission.review.trial"));
        facts.addFormItem(new Span(String.join(", ", evidence.werkgroepen())), form.getTranslation("admission.review.werkgroepenNamed"));
        Span seats = new Span(evidence.werkgroepSeats().isEmpty() ? form.getTranslation("admission.review.noSeats")
                : String.join(", ", evidence.werkgroepSeats()));
        seats.setId("review-werkgroep-seats");
        if (evidence.werkgroepSeats().isEmpty()) {
            // Taking part in a werkgroep is a condition of membership: its absence is what the review must see.
            seats.getElement().getThemeList().add("badge error");
        }
        facts.addFormItem(seats, form.getTranslation("admission.review.werkgroepSeats"));
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Span contribution = new Span(Formats.euro(evidence.contribution(), locale) + " · " + (evidence.contributionPaidOn() == null
                ? form.getTranslation("admission.review.contributionOpen")
                : form.getTranslation("admission.review.contributionPaid", Formats.date(evidence.contributionPaidOn(), locale))));
        contribution.setId("review-contribution");
        facts.addFormItem(contribution, form.getTranslation("admission.review.contribution"));
        facts.addFormItem(new Span(form.getTranslation(evidence.visionDocumentReceived()
                ? "admission.board.visionReceived" : "admission.board.visionMissing")), form.getTranslation("admission.apply.vision"));
        facts.addFormItem(new Span(String.join(", ", evidence.contacts())), form.getTranslation("organisation.contacts"));
        Span selfEvaluation = new Span(selfEvaluationText(evidence.selfEvaluation(), form, locale));
        selfEvaluation.setId("review-self-evaluation");
        facts.addFormItem(selfEvaluation, form.getTranslation("admission.review.selfEvaluation"));

        TextArea notes = new TextArea(form.getTranslation("admission.review.notes"));
        notes.setId("review-notes");
        notes.setWidthFull();
        notes.setMaxLength(4000);
        RadioButtonGroup<Boolean> proposal = new RadioButtonGroup<>(form.getTranslation("admission.review.proposal"));
        proposal.setId("review-proposal");
        proposal.setItems(true, false);
        proposal.setItemLabelGenerator(b -> form.getTranslation(b ? "admission.review.permanent" : "admission.review.end"));
        TextArea motivation = new TextArea(form.getTranslation("admission.intake.motivation"));
        motivation.setId("review-motivation");
        motivation.setWidthFull();
        motivation.setMaxLength(4000);
        Button submit = new Button(form.getTranslation("admission.review.submit"));
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            if (UiErrors.attempt(() -> admissions.prepareReview(task.id(), notes.getValue(), proposal.getValue(),
                    motivation.getValue()))) {
                afterCompletion.run();
            }
        });
        form.add(new H3(form.getTranslation("admission.review.evidence")), facts, notes, proposal, motivation, submit);
        return form;
    }

    /** "Ingediend op 12 mrt. 2026 · Structuur: 3,5; Proactieve zorgplanning: 2,5", or that there is none. */
    private static String selfEvaluationText(nl.netwerkregie.admission.SelfEvaluationFacts.Fact fact,
            VerticalLayout form, java.util.Locale locale) {
        if (fact == null) {
            return form.getTranslation("admission.review.noSelfEvaluation");
        }
        return form.getTranslation("admission.review.selfEvaluationOn", Formats.date(fact.submittedOn(), locale))
                + " · " + fact.sections().stream().map(s -> s.name() + ": " + (s.average() == null ? "–"
                        : Formats.number(s.average(), locale))).collect(java.util.stream.Collectors.joining("; "));
    }
}
