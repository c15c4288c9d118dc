package nl.netwerkregie.annualreport.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jaarverslag's menu entry: coordinators, the secretary and the board, right after the jaarplannen. */
@Configuration
class AnnualReportNavigation {

    @Bean
    NavigationEntry jaarverslagenEntry() {
        return new NavigationEntry("nav.jaarverslagen", JaarverslagenView.class, VaadinIcon.FILE_TEXT_O, 28,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }
}
