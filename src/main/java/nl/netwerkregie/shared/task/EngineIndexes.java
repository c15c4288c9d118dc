package nl.netwerkregie.shared.task;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks and our load needs (issue 15). Every task completion asks
 * {@code select ... from ACT_RU_TASK where PARENT_TASK_ID_ = ?} (the subtasks), and Camunda 7.24 has no index on
 * that column, so each completion scans all open tasks: 196 completions a second at 2k open tasks, 100 at 20k.
 * <p>
 * Made here, after the engine built its schema, and not by Flyway: on a fresh database Flyway runs before the
 * engine creates {@code ACT_RU_TASK}. {@code if not exists} makes it right on a fresh and on an existing database
 * alike, on H2 and on PostgreSQL, and harmless on every later start.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "NR_IDX_TASK_PARENT";
    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final DataSource dataSource;

    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ensure();
    }

    void ensure() {
        new JdbcTemplate(dataSource).execute("create index if not exists " + TASK_PARENT
                + " on ACT_RU_TASK (PARENT_TASK_ID_)");
        log.debug("Index {} on ACT_RU_TASK(PARENT_TASK_ID_) is there", TASK_PARENT);
    }
}
