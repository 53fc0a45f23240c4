package dev.comptoir.shared.ratelimit;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * Rate limits ({@code comptoir.rate-limit}): route groups by path pattern, each with a limit per window for
 * anonymous clients (keyed by IP) and for authenticated ones (keyed by user id). A group without an
 * {@code authenticated} limit uses its anonymous one. A group {@code per: ip} is keyed by the client IP
 * whatever token the request carries (sign-in routes: a token must not buy a fresh budget), so it has
 * no {@code authenticated} limit. {@code X-Forwarded-For} is believed only from
 * {@code trusted-proxies}. A publishable API key has a budget of its own in each group not limited per ip:
 * its {@code rateLimit}, else {@code publishable-key-limit}, per the group's anonymous window. Every value is checked here so that a bad one stops the start with one line.
 */
@ConfigurationProperties("comptoir.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        List<String> trustedProxies,
        @DefaultValue("comptoir:rl:") String redisKeyPrefix,
        @DefaultValue("100000") long localMaxEntries,
        Map<String, Group> groups,
        @DefaultValue("10000") long publishableKeyLimit) {

    private static final String PREFIX = "comptoir.rate-limit.";

    public RateLimitProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String proxy : trustedProxies) {
            try {
                IpRange.parse(proxy);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException(PREFIX + "trusted-proxies (TRUSTED_PROXIES)", e.getMessage());
            }
        }
        if (redisKeyPrefix == null || redisKeyPrefix.isBlank()) {
            throw new InvalidConfigurationException(PREFIX + "redis-key-prefix", "must not be empty");
        }
        if (publishableKeyLimit < 1) {
            throw new InvalidConfigurationException(PREFIX + "publishable-key-limit (API_KEYS_PUBLISHABLE_LIMIT)",
                    "must be at least 1");
        }
        if (localMaxEntries < 1) {
            throw new InvalidConfigurationException(PREFIX + "local-max-entries", "must be at least 1");
        }
        Map<String, Group> checked = new LinkedHashMap<>();
        if (groups != null) {
            groups.forEach((name, group) -> checked.put(name, checked(name, group)));
        }
        groups = Map.copyOf(checked);
    }

    private static Group checked(String name, Group group) {
        String at = PREFIX + "groups." + name + ".";
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidConfigurationException(PREFIX + "groups." + name,
                    "is not a valid group name (lower-case letters, digits and '-')");
        }
        if (group == null || group.paths() == null || group.paths().isEmpty()) {
            throw new InvalidConfigurationException(at + "paths", "must list at least one path pattern like /api/x/**");
        }
        List<String> paths = group.paths().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String path : paths) {
            checkPattern(at + "paths", path);
        }
        Limit anonymous = checked(at + "anonymous", group.anonymous());
        Per per = group.per() == null ? Per.CALLER : group.per();
        if (per == Per.IP && group.authenticated() != null) {
            throw new InvalidConfigurationException(at + "authenticated",
                    "cannot be set on a group limited per ip (every request counts against its address)");
        }
        Limit authenticated = group.authenticated() == null ? anonymous
                : checked(at + "authenticated", group.authenticated());
        return new Group(paths, anonymous, authenticated, per);
    }

    private static void checkPattern(String setting, String path) {
        if (!path.startsWith("/")) {
            throw new InvalidConfigurationException(setting, "'" + path + "' must start with /");
        }
        try {
            PathPatternParser.defaultInstance.parse(path);
        } catch (PatternParseException e) {
            throw new InvalidConfigurationException(setting, "'" + path + "' is not a path pattern: " + e.getMessage());
        }
    }

    private static Limit checked(String at, Limit limit) {
        if (limit == null || limit.limit() == null) {
            throw new InvalidConfigurationException(at + ".limit", "is required");
        }
        if (limit.limit() < 1) {
            throw new InvalidConfigurationException(at + ".limit", "must be at least 1 (got " + limit.limit() + ")");
        }
        if (limit.window() == null) {
            throw new InvalidConfigurationException(at + ".window", "is required (e.g. 15m)");
        }
        if (limit.window().compareTo(Duration.ofSeconds(1)) < 0) {
            throw new InvalidConfigurationException(at + ".window", "must be at least 1s (got " + limit.window() + ")");
        }
        return limit;
    }

    public List<IpRange> trustedProxyRanges() {
        return trustedProxies.stream().map(IpRange::parse).toList();
    }

    /** A route group: the paths it covers, its two budgets and how its callers are told apart. */
    public record Group(List<String> paths, Limit anonymous, Limit authenticated, Per per) {}

    /** {@code caller}: the user of a verified token, else the IP; {@code ip}: always the IP. */
    public enum Per { CALLER, IP }

    /** {@code limit} requests per {@code window}; the whole budget comes back at the end of each window. */
    public record Limit(Long limit, Duration window) {}
}
