package nl.netwerkregie.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.ApplicationForm;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.UnicodeText;
import nl.netwerkregie.shared.document.DocumentInfo;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public application form as an attacker tries it (issue 17, item 6 and the input part of 7): a stranger on
 * {@code /aanmelden}, each probe from an address of its own so the throttle of one does not stop another.
 */
class PublicFormProbesIT extends UiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.4 visie op palliatieve zorg".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    OrganisationService organisations;
    @Autowired
    AdmissionService admissions;
    @Autowired
    DocumentService documents;

    private final String address = "198.51.100." + ADDRESSES.incrementAndGet();

    @Test
    void twentyFiveSubmissionsFromOneAddressInAMinuteAreThrottledAndKeepWhatWasTyped() {
        try (var log = SecurityLogCapture.open()) {
            int thanked = 0;
            for (int i = 0; i < 25; i++) {
                openForm();
                fillIn("Bot Zorg " + System.nanoTime());
                if (send()) {
                    thanked++;
                }
            }
            assertThat(thanked).isEqualTo(5);
            assertThat(text("org-name").getValue()).startsWith("Bot Zorg ");
            assertThat(text("org-contact-name").getValue()).isEqualTo("Carla Contact");
            assertThat(_get(Span.class, spec -> spec.withId("apply-form-message")).getText())
                    .startsWith("Dit formulier is vanaf uw adres in korte tijd vaak verstuurd. Probeer het over")
                    .contains("wat u invulde blijft staan");
            assertThat(log.lines()).filteredOn(l -> l.contains("event=throttled") && l.contains("source=\"" + address + "\""))
                    .hasSize(20);
        }
    }

    @Test
    void aDuplicateWithZeroWidthAndNoBreakSpacesIsCaughtAndTheStrangerIsNotToldSo() {
        String known = "Hospice De Es " + System.nanoTime();
        openForm();
        fillIn(known);
        assertThat(send()).isTrue();

        String disguised = "hospice\u200B De\u00A0\u00A0es\u202F" + known.substring("Hospice De Es ".length()) + "\uFEFF";
        openForm();
        fillIn(disguised);
        assertThat(send()).as("the stranger is thanked as for a new application").isTrue();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Dank u. Als ") && t.contains("nog niet bekend is bij het netwerk"));
        loginAs("coordinator1");
        assertThat(organisations.all()).filteredOn(o -> UnicodeText.comparable(o.getName()).equals(UnicodeText.comparable(known)))
                .hasSize(1);

        login("coordinator1");
        openForm();
        fillIn(disguised);
        assertThat(send()).isFalse();
        assertThat(text("org-name").getErrorMessage()).contains("al een organisatie");
    }

    @Test
    void aFilledHoneypotIsThankedAndDiscarded() {
        String name = "Honing Zorg " + System.nanoTime();
        try (var log = SecurityLogCapture.open()) {
            openForm();
            fillIn(name);
            TextField honeypot = text("apply-extra");
            assertThat(honeypot.getElement().getParent().getAttribute("aria-hidden")).isEqualTo("true");
            assertThat(honeypot.getTabIndex()).isEqualTo(-1);
            honeypot.setValue("https://spam.example");
            assertThat(send()).isTrue();
            assertThat(log.lines()).anyMatch(l -> l.contains("event=input-refused") && l.contains("honeypot")
                    && l.contains(address));
        }
        loginAs("coordinator1");
        assertThat(organisations.all()).extracting(o -> o.getName()).doesNotContain(name);
    }

    @Test
    void anExeNamedPdfIsRefusedAndAPdfIsStoredAsWhatItIs() {
        String name = "Hospice Exe " + System.nanoTime();
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        try (var log = SecurityLogCapture.open()) {
            openForm();
            fillIn(name);
            upload("visie.pdf", "text/html", exe);
            assertThat(send()).isFalse();
            assertThat(_get(Span.class, spec -> spec.withId("apply-vision-message")).getText())
                    .startsWith("Alleen PDF- of Word-documenten").contains("inhoud");
            assertThat(log.lines()).anyMatch(l -> l.contains("event=input-refused") && l.contains("upload refused"));
        }
        loginAs("coordinator1");
        assertThat(organisations.all()).extracting(o -> o.getName()).doesNotContain(name);
        long id = documents.store("PROBE", name, "vision", new UploadedDocument("visie.pdf", "text/html", PDF), "probe");
        assertThat(documents.of("PROBE", name)).extracting(DocumentInfo::id, DocumentInfo::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "application/pdf"));
    }

    @Test
    void bidirectionalControlsAreRefusedInANameAndInAFileName() {
        try (var log = SecurityLogCapture.open()) {
            openForm();
            fillIn("Hospice \u202Eknil " + System.nanoTime());
            assertThat(send()).isFalse();
            assertThat(text("org-name").getErrorMessage()).contains("leesrichting");

            openForm();
            fillIn("Hospice Bidi " + System.nanoTime());
            upload("visie\u202Efdp.docx", "application/pdf", PDF);
            assertThat(send()).isFalse();
            assertThat(_get(Span.class, spec -> spec.withId("apply-vision-message")).getText()).contains("leesrichting");
            assertThat(log.lines()).filteredOn(l -> l.contains("event=input-refused") && l.contains("bidirectional"))
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        assertThatThrownBy(() -> documents.store("PROBE", "bidi", "vision",
                new UploadedDocument("visie\u202Excod.pdf", "application/pdf", PDF), "probe"))
                .isInstanceOf(DomainException.class).hasMessageContaining("document.bidiName");
    }

    @Test
    void aOneMegabyteContactNameIsAFieldMessage() {
        String huge = "A".repeat(1024 * 1024);
        openForm();
        fillIn("Hospice Groot " + System.nanoTime());
        text("org-contact-name").setValue(huge);
        assertThat(send()).isFalse();
        assertThat(text("org-contact-name").getErrorMessage()).isEqualTo("Deze tekst is te lang: hoogstens 200 tekens.");
        assertThat(text("org-contact-name").getValue()).isEqualTo(huge);

        // Past the form, the service says the same, never the database.
        OrganisationDetails details = new OrganisationDetails("Hospice Groot " + System.nanoTime(), OrganisationKind.HOSPICE,
                "Almelo", new BigDecimal("4"), 30, false, "Greet Bestuurder", "greet@hospice.example",
                List.of(new OrganisationDetails.Contact(huge, "carla@hospice.example", null, null)));
        assertThatThrownBy(() -> admissions.apply(new ApplicationForm(details, false, false, List.of("PR"), null, true)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("contacts[0].name");
    }

    // --- the stranger's browser

    private void openForm() {
        // Another page first: navigating to the page that is open would keep the one already shown.
        UI.getCurrent().navigate("account/wachtwoord-vergeten");
        UI.getCurrent().navigate("aanmelden");
    }

    private TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private void fillIn(String name) {
        text("org-name").setValue(name);
        ((ComboBox<OrganisationKind>) _get(ComboBox.class, spec -> spec.withId("org-kind"))).setValue(OrganisationKind.HOSPICE);
        ((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("org-municipality"))).setValue("Almelo");
        text("org-bestuurder-name").setValue("Greet Bestuurder");
        _get(EmailField.class, spec -> spec.withId("org-bestuurder-email")).setValue("greet@hospice.example");
        text("org-contact-name").setValue("Carla Contact");
        _get(EmailField.class, spec -> spec.withId("org-contact-email")).setValue("carla@hospice.example");
        text("apply-werkgroepen").setValue("Deskundigheidsbevordering");
        _get(Checkbox.class, spec -> spec.withId("apply-vision-commitment")).setValue(true);
    }

    private void upload(String fileName, String type, byte[] content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("apply-vision-upload")), fileName, type, content);
        MockVaadin.clientRoundtrip();
    }

    /** Sends the form from this probe's address; true when the visitor was thanked. */
    private boolean send() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        HttpServletRequest fromAddress = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String getRemoteAddr() {
                return address;
            }
        };
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(fromAddress, current.getService()));
        try {
            _click(_get(Button.class, spec -> spec.withId("apply-submit")));
        } finally {
            CurrentInstance.set(VaadinRequest.class, current);
        }
        return !_find(H2.class, spec -> spec.withId("apply-thanks")).isEmpty();
    }
}
