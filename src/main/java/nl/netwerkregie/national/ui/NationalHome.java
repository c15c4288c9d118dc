package nl.netwerkregie.national.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.netwerkregie.network.NetworkChoice;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ui.MyTasksView;
import org.springframework.stereotype.Component;

/**
 * The national organisation's start page is the national view: it has no tasks of a network, so after login (the
 * address "/", Mijn taken) it goes there.
 */
@Component
class NationalHome implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final NetworkChoice choice;

    NationalHome(CurrentUser currentUser, NetworkChoice choice) {
        this.currentUser = currentUser;
        this.choice = choice;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::forward));
    }

    void forward(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == MyTasksView.class && currentUser.isAuthenticated()
                && currentUser.has(Role.NATIONAL) && choice.worksForNoNetwork()) {
            event.forwardTo(NationalView.class);
        }
    }
}
