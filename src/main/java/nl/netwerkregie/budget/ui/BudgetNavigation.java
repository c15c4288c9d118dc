package nl.netwerkregie.budget.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BudgetNavigation {

    @Bean
    NavigationEntry realisationEntry() {
        return new NavigationEntry("nav.realisation", RealisatieView.class, VaadinIcon.EURO, 28,
                Set.of(Role.COORDINATOR, Role.BOARD_MEMBER));
    }
}
