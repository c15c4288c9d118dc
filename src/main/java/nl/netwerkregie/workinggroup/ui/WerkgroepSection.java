package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.ui.OrganisationSection;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.workinggroup.Participation;
import nl.netwerkregie.workinggroup.WerkgroepService;

/**
 * On an organisation's page: the werkgroepen it takes part in, with its people and their roles (an admission
 * criterion: each member takes part in at least one werkgroep).
 */
@org.springframework.stereotype.Component
class WerkgroepSection implements OrganisationSection {

    private final WerkgroepService werkgroepen;

    WerkgroepSection(WerkgroepService werkgroepen) {
        this.werkgroepen = werkgroepen;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(Organisation organisation) {
        List<Participation> seats = werkgroepen.participationOf(organisation.getId());
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("werkgroep-section");
        section.add(new H3(section.getTranslation("werkgroep.section.title")));
        if (seats.isEmpty()) {
            section.add(new Span(section.getTranslation("werkgroep.section.none")));
            return Optional.of(section);
        }
        UnorderedList list = new UnorderedList();
        for (Participation seat : seats) {
            ListItem item = new ListItem(new Anchor("werkgroepen/" + seat.werkgroepId(), seat.werkgroepName()),
                    new Span(": " + seat.personName() + " (" + section.getTranslation("werkgroep.role." + seat.role()) + ", "
                            + Formats.date(seat.startDate(), com.vaadin.flow.component.UI.getCurrent().getLocale())
                            + (seat.endDate() == null ? "" : " – " + Formats.date(seat.endDate(), com.vaadin.flow.component.UI.getCurrent().getLocale())) + ")"));
            list.add(item);
        }
        section.add(list);
        return Optional.of(section);
    }
}
