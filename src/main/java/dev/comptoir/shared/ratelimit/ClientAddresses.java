package dev.comptoir.shared.ratelimit;

import dev.comptoir.shared.Hashes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who the client is, for rules other than rate limits (unpaid orders per client): the key the rate
 * limits use — an IPv4 address or an IPv6 /64, {@code X-Forwarded-For} believed only from
 * TRUSTED_PROXIES — as a SHA-256, so that what is stored is never the address itself.
 */
@Component
public class ClientAddresses {

    private final ClientIpResolver resolver;

    ClientAddresses(RateLimitProperties properties) {
        this.resolver = new ClientIpResolver(properties.trustedProxyRanges());
    }

    public String hashedKey(HttpServletRequest request) {
        return Hashes.sha256Hex(resolver.clientKey(request));
    }
}
