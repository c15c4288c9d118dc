package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.ui.OrganisationSection;
import nl.netwerkregie.shared.format.Formats;

/** On an organisation's page: its admission case (where it stands, trial year) and the board's decisions on it. */
@org.springframework.stereotype.Component
class AdmissionSection implements OrganisationSection {

    private final AdmissionQueries admissions;
    private final BoardDecisionService decisions;
    private final DocumentService documents;

    AdmissionSection(AdmissionQueries admissions, BoardDecisionService decisions, DocumentService documents) {
        this.admissions = admissions;
        this.decisions = decisions;
        this.documents = documents;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(Organisation organisation) {
        return admissions.latestOf(organisation.getId()).map(admission -> {
            VerticalLayout section = new VerticalLayout();
            section.setPadding(false);
            section.setId("admission-section");
            FormLayout facts = new FormLayout();
            facts.getStyle().set("--vaadin-form-item-label-width", "13em");
            Span status = new Span(section.getTranslation("admission.status." + admission.getStatus()));
            status.setId("admission-status");
            facts.addFormItem(status, section.getTranslation("admission.section.status"));
            facts.addFormItem(new Span(Formats.date(admission.getCreatedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale())),
                    section.getTranslation("admission.section.applied"));
            if (admission.getTrialStart() != null) {
                facts.addFormItem(new Span(Formats.date(admission.getTrialStart(), com.vaadin.flow.component.UI.getCurrent().getLocale()) + " – "
                        + Formats.date(admission.getTrialEnd(), com.vaadin.flow.component.UI.getCurrent().getLocale())), section.getTranslation("admission.review.trial"));
            }
            facts.addFormItem(new Span(String.join(", ", admission.getWerkgroepen())),
                    section.getTranslation("admission.review.werkgroepenNamed"));
            VerticalLayout decided = new VerticalLayout();
            decided.setPadding(false);
            decisions.ofCase("ADMISSION", String.valueOf(admission.getId())).forEach(d -> decided.add(new Anchor(
                    "besluiten/" + d.getId(), d.getQuestion() + " – " + section.getTranslation("board.status." + d.getStatus())
                    + (d.getOutcome() == null ? "" : " (" + section.getTranslation("board.outcome." + d.getOutcome()) + ")"))));
            VerticalLayout sent = new VerticalLayout();
            sent.setPadding(false);
            sent.setId("admission-documents");
            documents.of(AdmissionService.DOCUMENT_OWNER, String.valueOf(organisation.getId())).forEach(d -> {
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                    UploadedDocument file = documents.content(d.id());
                    return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                            file.contentType(), file.content().length);
                }), d.fileName() + " (" + Math.max(1, d.sizeBytes() / 1024) + " kB)");
                sent.add(download);
            });
            // An empty list says so, instead of a heading followed by nothing.
            if (sent.getComponentCount() == 0) {
                sent.add(new Span(section.getTranslation("admission.section.noDocuments")));
            }
            if (decided.getComponentCount() == 0) {
                decided.add(new Span(section.getTranslation("admission.section.noDecisions")));
            }
            section.add(new H3(section.getTranslation("admission.section.title")), facts,
                    new Span(section.getTranslation("admission.section.documents")), sent,
                    new Span(section.getTranslation("admission.section.decisions")), decided);
            return section;
        });
    }
}
