package nl.netwerkregie.myorganisation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MyOrganisationNavigation {

    /** First in a member contact's menu (before Mijn taken, order 10), and where they land without tasks. */
    @Bean
    NavigationEntry myOrganisationEntry() {
        return new NavigationEntry("nav.myOrganisation", MyOrganisationsView.class, VaadinIcon.HOME, 5,
                Set.of(Role.MEMBER_CONTACT));
    }
}
