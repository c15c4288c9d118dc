package nl.netwerkregie.admission.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.OrganisationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public application form, as an anonymous visitor: every bad input gets its message at the field. */
class ApplicationViewTest extends UiTest {

    ApplicationView view;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(ApplicationView.class);
        view = _get(ApplicationView.class);
    }

    private TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private EmailField email(String id) {
        return _get(EmailField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private void fillIn(String name, String municipality) {
        text("org-name").setValue(name);
        ((ComboBox<OrganisationKind>) _get(ComboBox.class, spec -> spec.withId("org-kind"))).setValue(OrganisationKind.HOSPICE);
        ((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("org-municipality"))).setValue(municipality);
        text("org-bestuurder-name").setValue("Greet Bestuurder");
        email("org-bestuurder-email").setValue("greet@hospice.example");
        text("org-contact-name").setValue("Carla Contact");
        email("org-contact-email").setValue("carla@hospice.example");
        view.werkgroepen.setValue("Deskundigheidsbevordering");
        view.visionCommitment.setValue(true);
    }

    @Test
    void isOpenWithoutAnAccount() {
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("apply-title")).getText())
                .isEqualTo("Aanmelden als lid");
    }

    @Test
    void missingRequiredFieldsAreMarkedAndNothingIsSent() {
        text("org-name").setValue("Hospice De Linde");
        _click(view.submit);
        assertThat(email("org-bestuurder-email").isInvalid()).isTrue();
        assertThat(text("org-contact-name").getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(view.werkgroepen.isInvalid()).isTrue();
        assertThat(text("org-name").getValue()).isEqualTo("Hospice De Linde");
    }

    @Test
    void aMunicipalityOutsideTheRegionIsRefusedAtTheField() {
        fillIn("Hospice Buiten de Regio", "Zwolle");
        _click(view.submit);
        @SuppressWarnings("unchecked")
        ComboBox<String> municipality = _get(ComboBox.class, spec -> spec.withId("org-municipality"));
        assertThat(municipality.isInvalid()).isTrue();
        assertThat(municipality.getErrorMessage()).contains("niet in het werkgebied");
        assertThat(text("org-contact-name").getValue()).isEqualTo("Carla Contact");
    }

    @Test
    void anInvalidEmailAddressIsRefusedAtTheField() {
        fillIn("Hospice Mailfout", "Almelo");
        email("org-contact-email").setValue("carla-at-hospice");
        _click(view.submit);
        assertThat(email("org-contact-email").isInvalid()).isTrue();
        assertThat(email("org-contact-email").getErrorMessage()).isEqualTo("Dit is geen geldig e-mailadres.");
    }

    @Test
    void aCoordinatorEnteringADuplicateIsToldAtTheName() {
        // A stranger is thanked instead (PublicFormProbesIT): the form must not tell who applied.
        login("coordinator1");
        fillIn("Medisch Spectrum Twente", "Enschede");
        _click(view.submit);
        assertThat(text("org-name").isInvalid()).isTrue();
        assertThat(text("org-name").getErrorMessage()).contains("al een organisatie");
        assertThat(view.werkgroepen.getValue()).isEqualTo("Deskundigheidsbevordering");
    }

    @Test
    void aSeventeenMegabyteDocumentIsRefusedWithAClearMessage() {
        assertThat(view.visionUpload.getMaxFileSize()).isEqualTo(16 * 1024 * 1024);
        // The browser refuses the file before sending it (max-file-size) and reports it to the server.
        ComponentUtil.fireEvent(view.visionUpload, new FileRejectedEvent(view.visionUpload, "File is Too Big.", "visie.pdf"));
        assertThat(view.visionMessage.getText()).isEqualTo("Dit document is te groot: het maximum is 16 MB.");
        ComponentUtil.fireEvent(view.visionUpload, new FileRejectedEvent(view.visionUpload, "Incorrect File Type.", "visie.exe"));
        assertThat(view.visionMessage.getText()).contains("Alleen PDF- of Word-documenten");
    }

    @Test
    void anIndividualWithoutAnUmbrellaIsRefused() {
        fillIn("Zzp Palliatief " + System.nanoTime(), "Hengelo");
        view.individual.setValue(true);
        _click(view.submit);
        assertThat(view.representedByUmbrella.isInvalid()).isTrue();
        assertThat(view.representedByUmbrella.getErrorMessage()).contains("koepel");
    }

    @Test
    void aCompleteApplicationIsThanked() {
        fillIn("Hospice De Linde " + System.nanoTime(), "Almelo");
        _click(view.submit);
        assertThat(_get(H2.class, spec -> spec.withId("apply-thanks")).getText()).contains("ontvangen");
    }
}
