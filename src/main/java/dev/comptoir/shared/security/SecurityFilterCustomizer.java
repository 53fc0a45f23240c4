package dev.comptoir.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** Lets platform features (rate limits) add their filters to the one security chain. */
@FunctionalInterface
public interface SecurityFilterCustomizer {

    void customize(HttpSecurity http) throws Exception;
}
