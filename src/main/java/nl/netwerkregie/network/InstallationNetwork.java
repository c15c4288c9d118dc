package nl.netwerkregie.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the network of the installation's profile as a network (on the first start, and on the first start
 * after the upgrade to many networks), with the profile's text, so the network is data from then on.
 */
@Component
@Order(1)
class InstallationNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InstallationNetwork.class);

    private final NetworkRepository networks;
    private final NetworkProfile profile;
    private final Resource location;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InstallationNetwork(NetworkRepository networks, NetworkProfile profile,
            @Value("${netwerkregie.network-profile}") Resource location, ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.networks = networks;
        this.profile = profile;
        this.location = location;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (networks.existsById(profile.id())) {
            return;
        }
        try (InputStream in = location.getInputStream()) {
            networks.save(new Network(profile.id(), profile.name(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Instant.now(clock)));
        }
        log.info("Network '{}' ({}) registered from {}", profile.id(), profile.name(), location);
        events.publishEvent(new NetworkRegistered(profile.id()));
    }
}
