package nl.netwerkregie.hosting.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class HostingNavigation {

    @Bean
    NavigationEntry networksEntry() {
        return new NavigationEntry("nav.networks", NetworksView.class, VaadinIcon.CLUSTER, 70, Set.of(Role.OPERATOR));
    }
}
