package nl.netwerkregie.shared.task;

import java.util.List;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.NetworkRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upgrade of a single-network installation on the engine side (ADR 0010): process instances started before
 * instances carried their network get the installation's network, with their tasks, jobs, variables and history,
 * so they stay in its task lists. Camunda has no API to set an instance's tenant, hence SQL on its tables; rows
 * of the process definitions themselves (shared by all networks) keep no tenant. Runs once, when the
 * installation's network is registered (its first start after the upgrade), not at every start: the updates scan
 * the engine's history tables.
 */
@Component
class OldInstancesToTheInstallationNetwork {

    private static final Logger log = LoggerFactory.getLogger(OldInstancesToTheInstallationNetwork.class);

    /** Each table with the condition that picks the rows of instances (not of definitions). */
    private static final List<String> ROWS_OF_INSTANCES = List.of(
            "ACT_RU_EXECUTION where PROC_INST_ID_ is not null",
            "ACT_RU_TASK where PROC_INST_ID_ is not null",
            "ACT_RU_VARIABLE where PROC_INST_ID_ is not null",
            "ACT_RU_JOB where PROCESS_INSTANCE_ID_ is not null",
            "ACT_RU_EVENT_SUBSCR where PROC_INST_ID_ is not null",
            "ACT_RU_INCIDENT where PROC_INST_ID_ is not null",
            "ACT_RU_EXT_TASK where PROC_INST_ID_ is not null",
            "ACT_HI_PROCINST where PROC_INST_ID_ is not null",
            "ACT_HI_TASKINST where PROC_INST_ID_ is not null",
            "ACT_HI_ACTINST where PROC_INST_ID_ is not null",
            "ACT_HI_VARINST where PROC_INST_ID_ is not null");

    private final JdbcTemplate jdbc;
    private final CurrentNetwork currentNetwork;

    OldInstancesToTheInstallationNetwork(JdbcTemplate jdbc, CurrentNetwork currentNetwork) {
        this.jdbc = jdbc;
        this.currentNetwork = currentNetwork;
    }

    @EventListener
    @Transactional
    public void on(NetworkRegistered registered) {
        // Only the installation's own network had instances before; a network the operator adds starts empty.
        if (!registered.networkId().equals(currentNetwork.installationNetworkId())) {
            return;
        }
        int moved = 0;
        for (String rows : ROWS_OF_INSTANCES) {
            String table = rows.substring(0, rows.indexOf(' '));
            String condition = rows.substring(rows.indexOf(" where ") + 7);
            moved += jdbc.update("update " + table + " set TENANT_ID_ = ? where TENANT_ID_ is null and " + condition,
                    registered.networkId());
        }
        if (moved > 0) {
            log.info("{} engine rows of earlier process instances given to network '{}'", moved,
                    registered.networkId());
        }
    }
}
