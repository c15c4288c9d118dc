package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.netwerkregie.security.Role;

/**
 * A menu item a feature contributes to the main layout (as a bean), shown to the roles that may open it.
 *
 * @param order position in the menu, low first
 */
public record NavigationEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order,
        Set<Role> roles) {
}
