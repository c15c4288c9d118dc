package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.InformationRequest;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.ui.LanguageSwitch;

/** The page behind the link in the mail: the applicant reads what the coordinator asks and answers it. */
@Route("aanvraag/informatie/:token")
@AnonymousAllowed
public class InformationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AdmissionService admissions;
    private final AdmissionQueries queries;

    InformationView(AdmissionService admissions, AdmissionQueries queries) {
        this.admissions = admissions;
        this.queries = queries;
        setMaxWidth("50em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new LanguageSwitch());
        String token = event.getRouteParameters().get("token").orElse("");
        InformationRequest request;
        try {
            request = queries.informationRequest(token);
        } catch (DomainException e) {
            H2 invalid = new H2(getTranslation(e.messageKey()));
            invalid.setId("information-invalid");
            add(invalid);
            return;
        }
        H1 title = new H1(getTranslation("admission.information.title", request.organisationName()));
        Paragraph asked = new Paragraph(request.request());
        asked.setId("information-request");
        asked.getStyle().set("white-space", "pre-wrap");
        TextArea answer = new TextArea(getTranslation("admission.information.answer"));
        answer.setId("information-answer");
        answer.setWidthFull();
        answer.setMaxLength(4000);
        answer.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("admission.information.send"));
        send.setId("information-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                admissions.provideInformation(token, answer.getValue());
                removeAll();
                H2 thanks = new H2(getTranslation("admission.information.thanks"));
                thanks.setId("information-thanks");
                add(new LanguageSwitch(), thanks);
            } catch (DomainException ex) {
                answer.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                answer.setInvalid(true);
            }
        });
        add(title, new Paragraph(getTranslation("admission.information.intro")), asked, answer, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.information.pageTitle") + " – Netwerkregie";
    }
}
