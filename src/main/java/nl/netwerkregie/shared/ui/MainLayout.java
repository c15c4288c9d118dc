package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import nl.netwerkregie.network.NetworkChoice;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.task.NewTasks;

/** The frame of every page after login: network name, menu per role, new tasks, user, language, log out. */
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final NetworkChoice choice;
    private final NewTasksBadge newTasks;

    public MainLayout(List<NavigationEntry> entries, CurrentUser currentUser, NetworkRules rules,
            AuthenticationContext authentication, UserDirectory users, NetworkChoice choice, NewTasks newTasks) {
        this.choice = choice;
        this.newTasks = new NewTasksBadge(newTasks);
        H1 title = new H1("Netwerkregie");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span network = new Span(choice.worksForNoNetwork() ? "" : rules.current().name());
        network.addClassName("network-name");

        // The person's name; the login stays at hand as the tooltip (and for support questions).
        Span user = new Span(users.displayName(currentUser.username()));
        user.getElement().setAttribute("title", currentUser.username());
        user.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout right = new HorizontalLayout(this.newTasks, user, new LanguageSwitch(), logout);
        if (!choice.mustChoose() && choice.available().size() > 1) {
            Button other = new Button(getTranslation("network.switch"), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(ChooseNetworkView.class)));
            other.setId("switch-network");
            other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            right.addComponentAsFirst(other);
        }
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");

        HorizontalLayout header = new HorizontalLayout(title, network);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        addToNavbar(new DrawerToggle(), header, right);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        entries.stream()
                .filter(e -> e.roles().stream().anyMatch(currentUser::has))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .forEach(e -> nav.addItem(new SideNavItem(getTranslation(e.labelKey()), e.view(), e.icon().create())));
        if (currentUser.has(Role.OPERATOR)) {
            Anchor cockpit = new Anchor("/camunda/app/cockpit/", getTranslation("nav.cockpit"));
            cockpit.setRouterIgnore(true);
            cockpit.setId("cockpit-link");
            cockpit.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
            addToDrawer(nav, cockpit);
        } else {
            addToDrawer(nav);
        }
    }

    /** The count changes as the user opens tasks and as work comes in; each page shows it afresh. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (choice.mustChoose() || choice.worksForNoNetwork()) {
            newTasks.setVisible(false);
        } else {
            newTasks.refresh();
        }
    }

    /** Someone who works for several networks chooses one before any page of a network. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (choice.mustChoose()) {
            event.forwardTo(ChooseNetworkView.class);
        }
    }
}
