package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.netwerkregie.network.Network;
import nl.netwerkregie.network.NetworkChoice;

/**
 * After login, for someone who works for several networks: which one now. Also reached from the header to switch.
 * The page reloads afterwards, so every part of the screen shows the chosen network.
 */
@Route("netwerk-kiezen")
@PermitAll
public class ChooseNetworkView extends VerticalLayout implements HasDynamicTitle {

    ChooseNetworkView(NetworkChoice choice) {
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
        add(new H1(getTranslation("network.choose.title")), new Paragraph(getTranslation("network.choose.intro")));
        for (Network network : choice.available()) {
            Button button = new Button(network.getName(), e -> {
                choice.choose(network.getId());
                e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            });
            button.setId("network-" + network.getId());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setWidthFull();
            add(button);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.choose.title") + " – Netwerkregie";
    }
}
