package nl.netwerkregie.network;

import nl.netwerkregie.network.NetworkProfileConfig.InstallationProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Registers the network of the installation's profile as a network (on the first start, and on the first start
 * after the upgrade to many networks), with the profile's text, so the network is data from then on.
 */
@Component
@Order(1)
class InstallationNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InstallationNetwork.class);

    private final Networks networks;
    private final InstallationProfile installation;

    InstallationNetwork(Networks networks, InstallationProfile installation) {
        this.networks = networks;
        this.installation = installation;
    }

    @Override
    public void run(ApplicationArguments args) {
        NetworkProfile profile = installation.profile();
        if (networks.exists(profile.id())) {
            return;
        }
        networks.register(profile.id(), profile.name(), installation.yaml(), "system");
        log.info("Network '{}' ({}) registered from {}", profile.id(), profile.name(), installation.source());
    }
}
