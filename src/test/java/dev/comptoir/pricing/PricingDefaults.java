package dev.comptoir.pricing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Binds {@code comptoir.pricing} from the shipped application.yml, without a Spring context, so that
 * plain unit tests check the real defaults; {@code overrides} replace single properties.
 */
final class PricingDefaults {

    private PricingDefaults() {}

    static PricingProperties load() {
        return load(Map.of());
    }

    static PricingProperties load(Map<String, Object> overrides) {
        try {
            MutablePropertySources sources = new MutablePropertySources();
            sources.addFirst(new MapPropertySource("overrides", overrides));
            for (PropertySource<?> yaml : new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"))) {
                sources.addLast(yaml);
            }
            Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                    new PropertySourcesPlaceholdersResolver(sources));
            return binder.bindOrCreate("comptoir.pricing", PricingProperties.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
