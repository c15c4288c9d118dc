package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.ApplicationForm;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.ui.OrganisationForm;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.shared.ui.LanguageSwitch;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * The network's public intake page ("Aanmelden"): an organisation applies for membership, without an
 * account. Coordinators use the same page to enter an application on an applicant's behalf.
 * Every message appears at its field; a refused application keeps everything typed.
 */
@Route("aanmelden")
@AnonymousAllowed
public class ApplicationView extends VerticalLayout implements HasDynamicTitle {

    /** Larger documents are refused at the field; a vision document is a few pages. */
    static final int MAX_DOCUMENT_BYTES = DocumentService.MAX_BYTES;

    final OrganisationForm organisation;
    final Checkbox individual = new Checkbox();
    final Checkbox representedByUmbrella = new Checkbox();
    final TextField werkgroepen = new TextField();
    final Upload visionUpload;
    final Span visionMessage = new Span();
    final Checkbox visionCommitment = new Checkbox();
    final Button submit = new Button();
    private final AtomicReference<UploadedDocument> receivedDocument = new AtomicReference<>();
    private String visionDocumentName;

    ApplicationView(AdmissionService admissions, NetworkRules rules) {
        setMaxWidth("60em");
        getStyle().set("margin", "0 auto");
        H1 title = new H1(getTranslation("admission.apply.title"));
        title.setId("apply-title");
        add(new LanguageSwitch(), title, new Paragraph(getTranslation("admission.apply.intro", rules.current().name())));

        organisation = new OrganisationForm(rules);
        individual.setLabel(getTranslation("admission.apply.individual"));
        individual.setId("apply-individual");
        representedByUmbrella.setLabel(getTranslation("admission.apply.umbrella"));
        representedByUmbrella.setId("apply-umbrella");
        representedByUmbrella.setVisible(false);
        individual.addValueChangeListener(e -> representedByUmbrella.setVisible(e.getValue()));
        werkgroepen.setLabel(getTranslation("admission.apply.werkgroepen"));
        werkgroepen.setHelperText(getTranslation("admission.apply.werkgroepenHelp"));
        werkgroepen.setId("apply-werkgroepen");
        werkgroepen.setRequiredIndicatorVisible(true);
        werkgroepen.setWidthFull();

        UI ui = UI.getCurrent();
        // The upload arrives in its own request; the page is updated through the UI's lock.
        visionUpload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            receivedDocument.set(new UploadedDocument(metadata.fileName(), metadata.contentType(), data));
            visionDocumentName = metadata.fileName();
            showVisionMessage(getTranslation("admission.apply.documentReceived", metadata.fileName()), false);
        })));
        visionUpload.setId("apply-vision-upload");
        visionUpload.setAcceptedFileTypes("application/pdf", ".pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
        visionUpload.setMaxFiles(1);
        visionUpload.setMaxFileSize(MAX_DOCUMENT_BYTES);
        visionUpload.addFileRemovedListener(e -> {
            visionDocumentName = null;
            receivedDocument.set(null);
            visionMessage.setText("");
        });
        String tooLarge = getTranslation("admission.apply.documentTooLarge", MAX_DOCUMENT_BYTES / (1024 * 1024));
        String wrongType = getTranslation("admission.apply.documentWrongType");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admission.apply.uploadButton"))
                .setMany(getTranslation("admission.apply.uploadButton")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admission.apply.dropHere"))
                .setMany(getTranslation("admission.apply.dropHere")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooLarge).setIncorrectFileType(wrongType)
                .setTooManyFiles(getTranslation("admission.apply.oneDocument")));
        visionUpload.setI18n(i18n);
        // The browser checks size and type and reports a refusal with the message above (or, unlocalised,
        // Vaadin's English default "File is Too Big."); either way the user reads ours.
        visionUpload.addFileRejectedListener(e -> showVisionMessage(
                tooLarge.equals(e.getErrorMessage()) || String.valueOf(e.getErrorMessage()).toLowerCase().contains("big")
                        ? tooLarge : wrongType, true));
        visionMessage.setId("apply-vision-message");
        visionCommitment.setLabel(getTranslation("admission.apply.visionCommitment"));
        visionCommitment.setId("apply-vision-commitment");

        submit.setText(getTranslation("admission.apply.submit"));
        submit.setId("apply-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(admissions));

        add(organisation, individual, representedByUmbrella, werkgroepen,
                new Span(getTranslation("admission.apply.vision")), visionUpload, visionMessage, visionCommitment, submit);
    }

    private void showVisionMessage(String text, boolean error) {
        visionMessage.setText(text);
        visionMessage.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    private void submit(AdmissionService admissions) {
        boolean werkgroepenGiven = !werkgroepList().isEmpty();
        werkgroepen.setErrorMessage(werkgroepenGiven ? null : getTranslation("validation.required"));
        werkgroepen.setInvalid(!werkgroepenGiven);
        var details = organisation.validDetails();
        if (details.isEmpty() || !werkgroepenGiven) {
            return;
        }
        ApplicationForm form = new ApplicationForm(details.get(), individual.getValue(), representedByUmbrella.getValue(),
                werkgroepList(), visionDocumentName, visionCommitment.getValue());
        try {
            admissions.apply(form, visionDocumentName == null ? null : receivedDocument.get());
            showThanks(details.get());
        } catch (DomainException ex) {
            if (!organisation.showAtField(ex) && !showAtOwnField(ex)) {
                UiErrors.showError(getTranslation(ex.messageKey(), ex.arguments()));
            }
        } catch (ConstraintViolationException ex) {
            UiErrors.attempt(() -> {
                throw ex;
            });
        }
    }

    private boolean showAtOwnField(DomainException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        switch (e.messageKey()) {
            case "admission.individualNotRepresented" -> {
                representedByUmbrella.setVisible(true);
                representedByUmbrella.setErrorMessage(message);
                representedByUmbrella.setInvalid(true);
            }
            case "admission.visionRequired", "document.tooLarge", "document.wrongType", "document.empty" ->
                    showVisionMessage(message, true);
            default -> {
                return false;
            }
        }
        return true;
    }

    private List<String> werkgroepList() {
        String value = werkgroepen.getValue() == null ? "" : werkgroepen.getValue();
        return Arrays.stream(value.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void showThanks(OrganisationDetails details) {
        removeAll();
        H2 thanks = new H2(getTranslation("admission.apply.thanks.title"));
        thanks.setId("apply-thanks");
        add(new LanguageSwitch(), thanks, new Paragraph(getTranslation("admission.apply.thanks.text", details.name(),
                details.contacts().get(0).email())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.apply.title") + " – Netwerkregie";
    }
}
