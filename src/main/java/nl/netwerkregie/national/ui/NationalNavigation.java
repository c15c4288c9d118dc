package nl.netwerkregie.national.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NationalNavigation {

    @Bean
    NavigationEntry nationalEntry() {
        return new NavigationEntry("nav.national", NationalView.class, VaadinIcon.CHART_GRID, 8,
                Set.of(Role.NATIONAL, Role.OPERATOR));
    }

    @Bean
    NavigationEntry networkSharingEntry() {
        return new NavigationEntry("nav.networkSharing", SharingView.class, VaadinIcon.CHART, 95,
                Set.of(Role.COORDINATOR));
    }
}
