package nl.netwerkregie.people.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PeopleNavigation {

    @Bean
    NavigationEntry peopleEntry() {
        return new NavigationEntry("nav.people", PeopleView.class, VaadinIcon.USERS, 60,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.OPERATOR));
    }

    /** Everyone of a network has their own settings; last in the menu. */
    @Bean
    NavigationEntry mySettingsEntry() {
        return new NavigationEntry("nav.mySettings", MySettingsView.class, VaadinIcon.COG, 900, Role.OF_A_NETWORK);
    }
}
