package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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

/**
 * The frame of every page after login: network name, menu per role, new tasks, user, language, log out. On a
 * phone the navbar keeps the menu button, the title and the new tasks; the rest moves into the drawer (issue 16).
 * The page's content is the one {@code main} landmark, reached by a skip link, and its heading takes the focus
 * after each navigation so keyboard and screen-reader users start at the content, not 13 Tabs before it.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    /** The id of the content's landmark, the skip link's target. */
    static final String MAIN_ID = "main-content";

    private final NetworkChoice choice;
    private final NewTasksBadge newTasks;
    private final Main main = new Main();

    public MainLayout(List<NavigationEntry> entries, CurrentUser currentUser, NetworkRules rules,
            AuthenticationContext authentication, UserDirectory users, NetworkChoice choice, NewTasks newTasks) {
        this.choice = choice;
        this.newTasks = new NewTasksBadge(newTasks);
        addAttachListener(attach -> ModalInert.install(attach.getUI()));
        H1 title = new H1("Netwerkregie");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span network = new Span(choice.worksForNoNetwork() ? "" : rules.current().name());
        network.addClassName("network-name");

        // The person's name; the login stays at hand as the tooltip (and for support questions).
        Span user = new Span(users.displayName(currentUser.username()));
        user.getElement().setAttribute("title", currentUser.username());
        user.setId("current-user");
        HorizontalLayout account = new HorizontalLayout(user, new LanguageSwitch(), logoutButton("logout", authentication));
        account.addClassName("navbar-account");
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!choice.mustChoose() && choice.available().size() > 1) {
            account.addComponentAsFirst(switchNetworkButton("switch-network"));
        }
        HorizontalLayout right = new HorizontalLayout(this.newTasks, account);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");

        HorizontalLayout header = new HorizontalLayout(title, network);
        header.addClassName("navbar-title");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("nav.menu"));
        addToNavbar(skipLink(), menu, header, right);
        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("main-content");
        setContent(main);

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
        addToDrawer(drawerAccount(users.displayName(currentUser.username()),
                choice.worksForNoNetwork() ? "" : rules.current().name(), authentication));
    }

    /** On a phone the navbar has no room: who is logged in, the network, language and log out, in the menu. */
    private VerticalLayout drawerAccount(String name, String networkName, AuthenticationContext authentication) {
        Span who = new Span(name);
        who.setId("drawer-user");
        Span ofNetwork = new Span(networkName);
        ofNetwork.addClassName("network-name");
        LanguageSwitch language = new LanguageSwitch();
        language.setId("drawer-language");
        VerticalLayout account = new VerticalLayout(who, ofNetwork, language, logoutButton("drawer-logout", authentication));
        if (!choice.mustChoose() && choice.available().size() > 1) {
            account.add(switchNetworkButton("drawer-switch-network"));
        }
        account.addClassName("drawer-account");
        account.setSpacing(false);
        return account;
    }

    private Button logoutButton(String id, AuthenticationContext authentication) {
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.setId(id);
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }

    private Button switchNetworkButton(String id) {
        Button other = new Button(getTranslation("network.switch"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ChooseNetworkView.class)));
        other.setId(id);
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return other;
    }

    /** The first stop of the Tab key: "Naar de inhoud", visible when focused, moves the focus to the content. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("nav.skipToContent"));
        skip.setRouterIgnore(true);
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault(); "
                + "const m = document.getElementById($0); if (m) { m.focus(); } })", MAIN_ID);
        return skip;
    }

    /** The route's view goes inside the one {@code main} landmark instead of straight into the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** The count changes as the user opens tasks and as work comes in; each page shows it afresh. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (choice.mustChoose() || choice.worksForNoNetwork()) {
            newTasks.setVisible(false);
        } else {
            newTasks.refresh();
        }
        // The page's heading takes the focus (not a field: the user first hears where they are), unless the
        // view already put it somewhere on purpose.
        main.getElement().executeJs("const m = this; requestAnimationFrame(() => {"
                + " if (m.contains(document.activeElement)) { return; }"
                + " const h = m.querySelector('h1, h2');"
                + " if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: true}); } })");
    }

    /** Someone who works for several networks chooses one before any page of a network. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (choice.mustChoose()) {
            event.forwardTo(ChooseNetworkView.class);
        }
    }
}
