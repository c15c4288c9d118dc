package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AdmissionNavigation {

    /** Coordinators enter an application on an applicant's behalf through the public form. */
    @Bean
    NavigationEntry newApplicationEntry() {
        return new NavigationEntry("nav.newApplication", ApplicationView.class, VaadinIcon.FILE_ADD, 40,
                Set.of(Role.COORDINATOR));
    }
}
