package nl.netwerkregie.network;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Reads the profile named by {@code netwerkregie.network-profile} (default: the Twente profile): the network an
 * installation registers on its first start (ADR 0010). From then on a network's rules are data
 * ({@link NetworkRules}); the YAML stays their import and export format.
 */
@Configuration
class NetworkProfileConfig {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .findAndAddModules()
            .build();

    @Bean
    InstallationProfile installationProfile(@Value("${netwerkregie.network-profile}") Resource location)
            throws IOException {
        try (InputStream in = location.getInputStream()) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new InstallationProfile(parse(yaml, location.toString()), yaml, location.toString());
        }
    }

    static NetworkProfile read(Resource location) throws IOException {
        try (InputStream in = location.getInputStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), location.toString());
        }
    }

    /** The profile in the YAML text, or {@link IllegalStateException} saying what is wrong with it. */
    static NetworkProfile parse(String yaml, String source) {
        try {
            NetworkProfile profile = MAPPER.readValue(yaml, NetworkProfile.class);
            if (profile == null) {
                throw new IllegalStateException("Network profile " + source + " is empty");
            }
            return profile;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Cannot read network profile " + source + ": " + e.getMessage(), e);
        }
    }

    /** The profile the installation was started with: its network's first rules. */
    record InstallationProfile(NetworkProfile profile, String yaml, String source) {
    }
}
