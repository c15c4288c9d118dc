package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere (or to a page the user's role may not see, which Vaadin does not reveal): said in
 * Dutch, with the way back, instead of Vaadin's English "Could not navigate" or a silent jump to the login.
 */
@AnonymousAllowed
public class PageNotFoundView extends Main implements com.vaadin.flow.router.HasDynamicTitle, HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.notFound.title"));
        title.setId("not-found-title");
        Paragraph explanation = new Paragraph(getTranslation("error.notFound.text", event.getLocation().getPath()));
        add(title, explanation, new Anchor("/", getTranslation("error.back")));
        getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " – Netwerkregie";
    }
}
