package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Loading the entity a page shows from its {@code :id} route parameter. A malformed id, an unknown one or one
 * the user may not see gives the page a plain "not found" heading instead of an error.
 */
public final class EntityPage {

    private EntityPage() {
    }

    /**
     * @param notFoundKey translation key of the heading shown when there is nothing to show; gets the id as {0}
     */
    public static <T> Optional<T> load(BeforeEnterEvent event, HasComponents page, LongFunction<T> loader,
            String notFoundKey) {
        String raw = event.getRouteParameters().get("id").orElse("");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            page.add(new H2(UiErrors.translate(notFoundKey, raw)));
            return Optional.empty();
        }
        Object[] found = new Object[1];
        if (!UiErrors.attempt(() -> found[0] = loader.apply(id))) {
            page.add(new H2(UiErrors.translate(notFoundKey, String.valueOf(id))));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T entity = (T) found[0];
        return Optional.of(entity);
    }
}
