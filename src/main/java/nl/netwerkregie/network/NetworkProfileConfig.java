package nl.netwerkregie.network;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the network profile named by {@code netwerkregie.network-profile} (default: the Twente profile).
 * Switching networks is that one property; another network supplies its own file ({@code file:...}).
 */
@Configuration
class NetworkProfileConfig {

    @Bean
    NetworkProfile networkProfile(@Value("${netwerkregie.network-profile}") Resource location) throws IOException {
        return read(location);
    }

    static NetworkProfile read(Resource location) throws IOException {
        YAMLMapper mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .findAndAddModules()
                .build();
        try (InputStream in = location.getInputStream()) {
            return mapper.readValue(in, NetworkProfile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read network profile " + location + ": " + e.getMessage(), e);
        }
    }
}
