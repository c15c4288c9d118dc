package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A list's search kept in the address ({@code besluiten?zoek=scholing}): a search survives a reload, the back
 * button and a link sent to a colleague. The address is replaced, not pushed, so typing leaves no trail of
 * history entries.
 */
public final class SearchInUrl {

    public static final String PARAMETER = "zoek";

    private SearchInUrl() {
    }

    /**
     * Makes {@code search} a list's search box: labelled for screen readers, applied a moment after typing
     * ({@code onChange}) and kept in the address of {@code route}.
     */
    public static void configure(TextField search, String id, String label, String route, Runnable onChange) {
        search.setId(id);
        search.setPlaceholder(label);
        search.setAriaLabel(label);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> onChange.run());
        keep(search, route);
    }

    /** Writes the field's value into the address of {@code route} whenever the user changes it. */
    public static void keep(TextField search, String route) {
        search.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                String value = change.getValue().strip();
                UI.getCurrent().getPage().getHistory().replaceState(null, value.isEmpty() ? route
                        : route + "?" + PARAMETER + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
    }

    /** The search in the address being entered, or "". */
    public static String from(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(PARAMETER).orElse("");
    }
}
