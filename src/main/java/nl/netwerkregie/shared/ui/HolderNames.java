package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.netwerkregie.security.UserDirectory;

/**
 * Who holds a step, as people read it: a person's full name instead of their login, a group's name ("Coördinatoren")
 * instead of its id. Names are looked up once per list.
 */
public final class HolderNames {

    private final UserDirectory users;
    private final Component translator;
    private final Map<String, String> known = new HashMap<>();

    public HolderNames(UserDirectory users, Component translator) {
        this.users = users;
        this.translator = translator;
    }

    /** One holder or several separated by commas: logins and {@code group:<id>} entries. */
    public String of(String holders) {
        if (holders == null || holders.isBlank()) {
            return "";
        }
        return Arrays.stream(holders.split(",\\s*")).map(this::one).collect(Collectors.joining(", "));
    }

    private String one(String holder) {
        return known.computeIfAbsent(holder, h -> h.startsWith("group:")
                ? translator.getTranslation("holder.group." + h.substring("group:".length()))
                : users.displayName(h));
    }
}
