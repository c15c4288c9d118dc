package nl.netwerkregie.shared.task;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.network.CurrentNetwork;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * The engine side of many networks (ADR 0010). The processes are deployed once, for all networks; every process
 * instance carries its network as Camunda tenant id (a called process its caller's), so task lists and case
 * overviews filter by it. An instance from before the tenant ids is given the installation's network
 * ({@link OldInstancesToTheInstallationNetwork}).
 * <p>
 * A job (an async step, a timer) runs for its instance's network: {@link NetworkOfJobs} sets it before the
 * command that executes the job begins, because the JPA transaction, and with it Hibernate's network, begins
 * with the command, so a delegate would be too late.
 */
@Component
class NetworkOfProcesses extends AbstractProcessEnginePlugin {

    private final CurrentNetwork network;

    NetworkOfProcesses(CurrentNetwork network) {
        this.network = network;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> before = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            before.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        before.add(new NetworkOfJobs());
        configuration.setCustomPreCommandInterceptorsTxRequired(before);
        configuration.setTenantIdProvider(new TenantIdProvider() {
            @Override
            public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
                return ctx.getSuperExecution() != null && ctx.getSuperExecution().getTenantId() != null
                        ? ctx.getSuperExecution().getTenantId() : network.id();
            }

            @Override
            public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
                return network.id();
            }

            @Override
            public String provideTenantIdForHistoricDecisionInstance(
                    TenantIdProviderHistoricDecisionInstanceContext ctx) {
                return network.id();
            }
        });
    }
}
