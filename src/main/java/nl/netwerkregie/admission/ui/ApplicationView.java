package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.admission.ApplicationForm;
import nl.netwerkregie.admission.PublicApplications;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.ui.OrganisationForm;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.ui.LanguageSwitch;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * The network's public intake page ("Aanmelden"): an organisation applies for membership, without an
 * account. Coordinators use the same page to enter an application on an applicant's behalf.
 * Every message appears at its field; a refused application keeps everything typed. Strangers pass
 * {@link PublicApplications}: throttled, a honeypot, and a thank-you that does not say whether the organisation was
 * known already.
 */
@Route("aanmelden")
@AnonymousAllowed
public class ApplicationView extends VerticalLayout implements HasDynamicTitle {

    /** The column holding the werkgroepen together (V3__admission.sql). */
    private static final int MAX_WERKGROEPEN = 1000;

    final OrganisationForm organisation;
    final Checkbox individual = new Checkbox();
    final Checkbox representedByUmbrella = new Checkbox();
    final TextField werkgroepen = new TextField();
    final VisionDocumentField vision = new VisionDocumentField();
    final Upload visionUpload = vision.upload;
    final Span visionMessage = vision.message;
    final Checkbox visionCommitment = new Checkbox();
    final TextField honeypot = new TextField();
    final Span formMessage = new Span();
    final Button submit = new Button();

    ApplicationView(PublicApplications applications, NetworkRules rules) {
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
        werkgroepen.setMaxLength(MAX_WERKGROEPEN);
        werkgroepen.setWidthFull();
        visionCommitment.setLabel(getTranslation("admission.apply.visionCommitment"));
        visionCommitment.setId("apply-vision-commitment");

        formMessage.setId("apply-form-message");
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        submit.setText(getTranslation("admission.apply.submit"));
        submit.setId("apply-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(applications));

        add(organisation, individual, representedByUmbrella, werkgroepen,
                new Span(getTranslation("admission.apply.vision")), vision, visionCommitment, hiddenFromPeople(),
                formMessage, submit);
    }

    /**
     * The honeypot: a field no person sees or reaches (off-screen, hidden from screen readers, out of the tab
     * order, no autofill), which scripts that fill in every field do fill in. Its label asks to leave it empty,
     * for whoever reaches it anyway.
     */
    private Div hiddenFromPeople() {
        honeypot.setLabel(getTranslation("admission.apply.honeypot"));
        honeypot.setId("apply-extra");
        honeypot.setTabIndex(-1);
        honeypot.setAutocomplete(Autocomplete.OFF);
        Div offScreen = new Div(honeypot);
        offScreen.getElement().setAttribute("aria-hidden", "true");
        offScreen.getStyle().set("position", "absolute").set("left", "-10000px").set("top", "auto")
                .set("width", "1px").set("height", "1px").set("overflow", "hidden");
        return offScreen;
    }

    private void submit(PublicApplications applications) {
        formMessage.setText("");
        boolean werkgroepenGiven = !werkgroepList().isEmpty();
        boolean werkgroepenFit = werkgroepen.getValue() == null || werkgroepen.getValue().length() <= MAX_WERKGROEPEN;
        werkgroepen.setErrorMessage(!werkgroepenGiven ? getTranslation("validation.required")
                : werkgroepenFit ? null : getTranslation("validation.tooLongMax", MAX_WERKGROEPEN));
        werkgroepen.setInvalid(!werkgroepenGiven || !werkgroepenFit);
        var details = organisation.validDetails();
        if (details.isEmpty() || !werkgroepenGiven || !werkgroepenFit) {
            return;
        }
        ApplicationForm form = new ApplicationForm(details.get(), individual.getValue(), representedByUmbrella.getValue(),
                werkgroepList(), vision.fileName(), visionCommitment.getValue());
        try {
            applications.submit(new PublicApplications.Submission(form, vision.document(), honeypot.getValue(),
                    sourceAddress()));
            vision.forget();
            showThanks(details.get());
        } catch (DomainException ex) {
            if (!organisation.showAtField(ex) && !showAtOwnField(ex)) {
                formMessage.setText(getTranslation(ex.messageKey(), ex.arguments()));
                UiErrors.showError(formMessage.getText());
            }
        } catch (ConstraintViolationException ex) {
            if (!organisation.showAtFields(withoutOwnFields(ex))) {
                UiErrors.attempt(() -> {
                    throw ex;
                });
            }
        }
    }

    /** Shows the werkgroepen' and the document name's violations here; returns the others, for the organisation. */
    private ConstraintViolationException withoutOwnFields(ConstraintViolationException ex) {
        Set<ConstraintViolation<?>> others = new HashSet<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            if (path.startsWith("werkgroepen")) {
                werkgroepen.setErrorMessage(UiErrors.fieldMessage(violation));
                werkgroepen.setInvalid(true);
            } else if (path.startsWith("visionDocumentName")) {
                vision.show(UiErrors.fieldMessage(violation), true);
            } else {
                others.add(violation);
            }
        }
        return new ConstraintViolationException(others);
    }

    /** The address the form came from (the proxy's forwarded one when the server trusts it), for the throttle. */
    private static String sourceAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private boolean showAtOwnField(DomainException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        switch (e.messageKey()) {
            case "admission.individualNotRepresented" -> {
                representedByUmbrella.setVisible(true);
                representedByUmbrella.setErrorMessage(message);
                representedByUmbrella.setInvalid(true);
            }
            case "admission.visionRequired", "document.tooLarge", "document.wrongType", "document.empty",
                    "document.bidiName", "document.nameTooLong" -> vision.show(message, true);
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
