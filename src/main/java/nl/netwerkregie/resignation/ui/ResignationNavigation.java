package nl.netwerkregie.resignation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ResignationNavigation {

    @Bean
    NavigationEntry resignEntry() {
        return new NavigationEntry("nav.resign", ResignView.class, VaadinIcon.SIGN_OUT_ALT, 60,
                Set.of(Role.MEMBER_CONTACT, Role.COORDINATOR));
    }
}
