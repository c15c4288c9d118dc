package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What was unique in the installation is unique within a network (issue 13): a werkgroep's name, and the
 * contribution base of a year. In Java, not SQL, because the constraints were declared without a name and each
 * database named them its own way (PostgreSQL {@code werkgroep_name_key}, H2 {@code CONSTRAINT_...}); the name is
 * looked up in the standard information_schema, which both have.
 */
public class V17__unique_within_a_network extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table werkgroep drop constraint "
                    + constraintOn(connection, "werkgroep", "UNIQUE", "name"));
            sql.execute("alter table werkgroep add constraint uk_werkgroep_name unique (network_id, name)");
            sql.execute("alter table contribution_base drop constraint "
                    + constraintOn(connection, "contribution_base", "PRIMARY KEY", "contribution_year"));
            sql.execute("alter table contribution_base add constraint pk_contribution_base "
                    + "primary key (network_id, contribution_year)");
        }
    }

    private static String constraintOn(Connection connection, String table, String type, String column)
            throws SQLException {
        String query = "select tc.constraint_name from information_schema.table_constraints tc "
                + "join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name "
                + "and k.table_schema = tc.table_schema and k.table_name = tc.table_name "
                + "where lower(tc.table_name) = ? and tc.constraint_type = ? and lower(k.column_name) = ? "
                + "and lower(tc.table_schema) = lower(current_schema())";
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, table);
            statement.setString(2, type);
            statement.setString(3, column);
            try (ResultSet found = statement.executeQuery()) {
                if (!found.next()) {
                    throw new SQLException("No " + type + " constraint on " + table + "." + column);
                }
                return '"' + found.getString(1) + '"';
            }
        }
    }
}
