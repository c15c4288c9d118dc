package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WerkgroepNavigation {

    @Bean
    NavigationEntry werkgroepenEntry() {
        return new NavigationEntry("nav.werkgroepen", WerkgroepenView.class, VaadinIcon.GROUP, 33,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }

    /** Chairs see the assignments of the werkgroepen they chair; the others see all of them. */
    @Bean
    NavigationEntry assignmentsEntry() {
        return new NavigationEntry("nav.assignments", AssignmentsView.class, VaadinIcon.CLIPBOARD_CHECK, 34,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER, Role.WERKGROEP_CHAIR));
    }
}
