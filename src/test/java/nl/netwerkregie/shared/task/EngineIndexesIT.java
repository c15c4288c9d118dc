package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subtask lookup of every completion has its index, on a fresh database (the test databases are created
 * empty for each run, Flyway first, then the engine) and on one from before it (dropped, then a start). On H2 and
 * PostgreSQL.
 */
@Tag("persistence")
class EngineIndexesIT extends IntegrationTest {

    @Autowired DataSource dataSource;
    @Autowired EngineIndexes indexes;

    @Test
    void aFreshDatabaseHasTheIndexOnTheParentTask() throws Exception {
        assertThat(indexedColumnsOfTaskTable()).contains("PARENT_TASK_ID_");
    }

    @Test
    void anExistingDatabaseWithoutItGetsItAtTheNextStartAndASecondStartChangesNothing() throws Exception {
        new JdbcTemplate(dataSource).execute("drop index " + EngineIndexes.TASK_PARENT);
        assertThat(indexedColumnsOfTaskTable()).doesNotContain("PARENT_TASK_ID_");
        indexes.ensure();
        indexes.ensure();
        assertThat(indexedColumnsOfTaskTable()).contains("PARENT_TASK_ID_");
    }

    private List<String> indexedColumnsOfTaskTable() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
                try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("COLUMN_NAME") != null) {
                            columns.add(rs.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        return columns;
    }
}
