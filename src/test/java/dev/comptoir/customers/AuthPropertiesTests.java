package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/** The shipped auth settings, bound the way Spring Boot binds application.yml, and their checks. */
class AuthPropertiesTests {

    @Test
    void theRefreshReuseGraceIsThirtySecondsUnlessRefreshReuseGraceSaysOtherwise() throws Exception {
        assertThat(bind(Map.of()).refreshReuseGrace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(bind(Map.of("REFRESH_REUSE_GRACE", "5s")).refreshReuseGrace()).isEqualTo(Duration.ofSeconds(5));
        assertThat(bind(Map.of("REFRESH_REUSE_GRACE", "0s")).refreshReuseGrace()).isZero();
    }

    @Test
    void aNegativeOrLongGraceStopsTheStartNamingTheSetting() {
        for (Duration bad : new Duration[] {Duration.ofSeconds(-1), Duration.ofMinutes(6)}) {
            assertThatThrownBy(() -> new AuthProperties(10, bad))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .satisfies(e -> assertThat(((InvalidConfigurationException) e).setting())
                            .isEqualTo("REFRESH_REUSE_GRACE"));
        }
    }

    private static AuthProperties bind(Map<String, String> settings) throws Exception {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("overrides", new HashMap<>(settings)));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                .bindOrCreate("comptoir.auth", AuthProperties.class);
    }
}
