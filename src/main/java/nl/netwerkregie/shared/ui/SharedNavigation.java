package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SharedNavigation {

    @Bean
    NavigationEntry myTasksEntry() {
        return new NavigationEntry("nav.myTasks", MyTasksView.class, VaadinIcon.TASKS, 10, Role.OF_A_NETWORK);
    }

    /** Right under Mijn taken: where a task a colleague took is still to be found. */
    @Bean
    NavigationEntry teamEntry() {
        return new NavigationEntry("nav.team", TeamView.class, VaadinIcon.GROUP, 15, Set.of(Role.COORDINATOR));
    }

    @Bean
    NavigationEntry openCasesEntry() {
        return new NavigationEntry("nav.openCases", CasesView.class, VaadinIcon.FOLDER_OPEN, 20,
                Set.of(Role.COORDINATOR, Role.SECRETARY));
    }
}
