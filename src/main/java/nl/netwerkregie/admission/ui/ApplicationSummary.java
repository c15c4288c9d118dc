package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import nl.netwerkregie.admission.Admission;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.shared.format.Formats;

/** The application as the coordinator (and board) read it: organisation, size, people, werkgroepen, vision. */
class ApplicationSummary extends FormLayout {

    ApplicationSummary(Admission admission, Organisation o) {
        getStyle().set("--vaadin-form-item-label-width", "13em");
        setId("application-summary");
        Span name = new Span(o.getName());
        name.setId("application-organisation");
        addFormItem(name, getTranslation("organisation.name"));
        addFormItem(new Span(getTranslation("organisation.kind." + o.getKind().name())), getTranslation("organisation.kind"));
        addFormItem(new Span(o.getMunicipality()), getTranslation("organisation.municipality"));
        addFormItem(new Span((o.getFte() == null ? "–" : Formats.number(o.getFte(), getLocale())) + " fte, "
                + (o.getEmployeesOrMembers() == null ? "–" : o.getEmployeesOrMembers()) + " "
                + getTranslation("admission.summary.employees")), getTranslation("admission.summary.size"));
        addFormItem(new Span(getTranslation(o.isVolunteerOrganisation() ? "common.yes" : "common.no")),
                getTranslation("organisation.volunteer"));
        addFormItem(new Span(o.getBestuurderName() + " <" + o.getBestuurderEmail() + ">"), getTranslation("organisation.bestuurderName"));
        addFormItem(new Span(o.getContacts().stream().map(c -> c.name() + " <" + c.email() + ">")
                .collect(Collectors.joining(", "))), getTranslation("organisation.contacts"));
        addFormItem(new Span(String.join(", ", admission.getWerkgroepen())), getTranslation("admission.apply.werkgroepen"));
        addFormItem(new Span(admission.getVisionDocumentName() != null ? admission.getVisionDocumentName()
                : getTranslation(admission.isVisionCommitment() ? "admission.summary.visionPromised" : "admission.summary.visionNone")),
                getTranslation("admission.apply.vision"));
        if (admission.isIndividual()) {
            addFormItem(new Span(getTranslation("admission.summary.individual")), getTranslation("admission.apply.individual"));
        }
        if (admission.getInformationRequest() != null) {
            addFormItem(new Span(admission.getInformationRequest()), getTranslation("admission.summary.asked"));
            addFormItem(new Span(admission.getInformationResponse() == null ? "–" : admission.getInformationResponse()),
                    getTranslation("admission.summary.answered"));
        }
    }
}
