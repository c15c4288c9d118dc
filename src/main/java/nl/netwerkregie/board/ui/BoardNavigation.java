package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BoardNavigation {

    @Bean
    NavigationEntry decisionListEntry() {
        return new NavigationEntry("nav.decisions", DecisionListView.class, VaadinIcon.GAVEL, 25,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }

    @Bean
    NavigationEntry boardSeatsEntry() {
        return new NavigationEntry("nav.boardSeats", BoardSeatsView.class, VaadinIcon.GROUP, 26,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }
}
