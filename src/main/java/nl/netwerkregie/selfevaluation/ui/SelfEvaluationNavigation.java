package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SelfEvaluationNavigation {

    /** After the member list (35) and the contributions (37). */
    @Bean
    NavigationEntry selfEvaluationsEntry() {
        return new NavigationEntry("nav.selfEvaluations", SelfEvaluationsView.class, VaadinIcon.CLIPBOARD_TEXT, 38,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }
}
