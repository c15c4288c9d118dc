package nl.netwerkregie.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's settings that security depends on (issue 17), in one place:
 * <ul>
 * <li>passwords hashed with PBKDF2 ({@link Pbkdf2PasswordEncryptor}); Camunda's old single-round SHA-512 hashes
 * still verify, and are replaced at the next good login ({@link PasswordHashUpgrade});</li>
 * <li>no expressions in queries, stored (filters) or ad hoc: a filter saved through the REST API would otherwise
 * evaluate its JUEL in this JVM;</li>
 * <li>Camunda's authorization check guards the operators' doors ({@link EngineGrants}); the people of the
 * application never act through those doors (every step goes through a feature's service, which checks the role,
 * the network and the task), so the engine makes no authorizations for their tasks and instances
 * ({@link OperatorsOnlyAuthorizations}).</li>
 * </ul>
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    private final int hashIterations;

    EngineHardening(@Value("${netwerkregie.password-hash.iterations:600000}") int hashIterations) {
        this.hashIterations = hashIterations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new Pbkdf2PasswordEncryptor(hashIterations));
        // Camunda's PasswordManager keeps checking its own SHA-512 hashes beside the encryptor set here.
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);
        configuration.setResourceAuthorizationProvider(new OperatorsOnlyAuthorizations());
    }
}
