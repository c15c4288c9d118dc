package nl.netwerkregie.membership.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MembershipNavigation {

    @Bean
    NavigationEntry organisationsEntry() {
        return new NavigationEntry("nav.organisations", OrganisationsView.class, VaadinIcon.BUILDING, 30,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }

    @Bean
    NavigationEntry contributionsEntry() {
        return new NavigationEntry("nav.contributions", ContributionsView.class, VaadinIcon.EURO, 37,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER));
    }

    @Bean
    NavigationEntry memberListEntry() {
        return new NavigationEntry("nav.memberList", MemberListView.class, VaadinIcon.USERS, 35, Role.OF_A_NETWORK);
    }
}
