package nl.netwerkregie.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A database outage is told apart from other errors (issue 19): then the user gets "gegevens even niet bereikbaar,
 * wat u invulde staat er nog" instead of "er ging iets mis"; a constraint or a bug stays what it was.
 */
class DatabaseUnreachableTest {

    @Test
    void connectionFailuresAsSpringThePoolOrTheEngineReportThem() {
        assertThat(UiErrors.databaseUnreachable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(UiErrors.databaseUnreachable(new ProcessEngineException("ENGINE-03004 database operation",
                new RuntimeException(new SQLException("Connection refused", "08001"))))).isTrue();
        assertThat(UiErrors.databaseUnreachable(new ProcessEngineException("terminating connection",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void otherErrorsAreNot() {
        assertThat(UiErrors.databaseUnreachable(new IllegalStateException("a bug"))).isFalse();
        assertThat(UiErrors.databaseUnreachable(new ProcessEngineException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    }
}
