package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EvaluationNavigation {

    @Bean
    NavigationEntry evaluationsEntry() {
        return new NavigationEntry("nav.evaluations", EvaluationsView.class, VaadinIcon.CLIPBOARD_CHECK, 28,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }
}
