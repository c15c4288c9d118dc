package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class JaarplanNavigation {

    @Bean
    NavigationEntry jaarplannenEntry() {
        return new NavigationEntry("nav.jaarplannen", JaarplannenView.class, VaadinIcon.BOOK, 27,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }
}
