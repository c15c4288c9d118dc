package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import nl.netwerkregie.security.RequestSource;
import nl.netwerkregie.security.SecurityLog;
import nl.netwerkregie.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a user action and turns what can go wrong into a clear message in the user's language.
 * The form stays as it is, so nothing typed is lost.
 */
public final class UiErrors {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UiErrors.class);

    private UiErrors() {
    }

    /** Runs the action; returns true when it succeeded, false when the user was told what went wrong. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            showError(translate(e.messageKey(), e.arguments()));
            UI ui = UI.getCurrent();
            if (ui != null && TaskTakenMeanwhile.MESSAGE_KEY.equals(e.messageKey())) {
                ComponentUtil.fireEvent(ui, new TaskTakenMeanwhile(ui));
            }
        } catch (AccessDeniedException e) {
            logDenial(e);
            showError(translate("error.accessDenied"));
        } catch (ConstraintViolationException e) {
            showError(e.getConstraintViolations().stream()
                    .map(v -> ViolationMessages.of(v, UiErrors::translate))
                    .collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            if (!databaseUnreachable(e)) {
                throw e;
            }
            // A database outage (issue 19): nothing was stored, the form keeps what was typed; the pool reconnects.
            LOG.warn("Action not done, the database did not answer: {}", e.toString());
            showError(translate("error.unavailable"));
        }
        return false;
    }

    /**
     * The database did not answer (down, restarting, no connection within the pool's timeout): a connection
     * failure anywhere in the causes, as JDBC, Spring or the pool reports it (SQL state class 08, or 57P: the server
     * shutting down).
     */
    public static boolean databaseUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** A service said no (a task that is not the user's, a role the user lacks): written to the security log. */
    private static void logDenial(AccessDeniedException e) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        UI ui = UI.getCurrent();
        SecurityLog.write(SecurityLog.Event.ACCESS_DENIED, user == null ? null : user.getName(), RequestSource.current(),
                (ui == null ? "" : "on /" + ui.getActiveViewLocation().getPath() + ": ") + e.getMessage());
    }

    /** A broken rule's message in the user's language, without the field's label: for the field itself. */
    public static String fieldMessage(jakarta.validation.ConstraintViolation<?> violation) {
        return ViolationMessages.withoutLabel(violation, UiErrors::translate);
    }

    public static void showError(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    public static void showSuccess(String message) {
        Notification notification = new Notification(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }

    public static String translate(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }
}
