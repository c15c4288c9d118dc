package nl.netwerkregie.architecture;

import nl.netwerkregie.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules, verified: every top-level package under {@code nl.netwerkregie} is a module, there is no
 * cycle between modules, and a module reaches another only through its API (the base package, or a named
 * interface). Also writes the module documentation into {@code docs/modules/}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
