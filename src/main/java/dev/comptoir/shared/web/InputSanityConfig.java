package dev.comptoir.shared.web;

import dev.comptoir.shared.error.Problems;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No text in a JSON body may hold a NUL character: PostgreSQL cannot store one, and the failure it
 * gives deep in a transaction (an integrity error) would be taken for a duplicate. It is a 400 naming
 * the field instead (the query string gets the same rule in {@link QueryStringGuard}).
 */
@Configuration(proxyBeanMethods = false)
class InputSanityConfig {

    @Bean
    JacksonModule nulRefusingStrings() {
        return new SimpleModule("nul-refusing-strings").addDeserializer(String.class, new NulRefusingStrings());
    }

    static final class NulRefusingStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, Problems.NUL_TEXT, "(text with NUL)", String.class);
            }
            return value;
        }
    }
}
