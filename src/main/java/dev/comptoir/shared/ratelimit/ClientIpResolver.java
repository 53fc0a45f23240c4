package dev.comptoir.shared.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is, by address. {@code X-Forwarded-For} is read only when the direct peer is a trusted
 * proxy, and then from the right: the first address that is not a trusted proxy is the client, so a
 * client cannot buy a fresh budget by sending its own header (the proxy appends the real address).
 */
final class ClientIpResolver {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<IpRange> trustedProxies;

    ClientIpResolver(List<IpRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** The key of the calling client: an IPv4 address or an IPv6 /64. */
    String clientKey(HttpServletRequest request) {
        List<String> forwarded = trustedProxies.isEmpty() ? List.of()
                : Collections.list(request.getHeaders(FORWARDED_FOR));
        String peer = request.getRemoteAddr();
        return resolve(peer, forwarded).map(IpRange::clientKey).orElse(peer);
    }

    /**
     * Whether the client's address is one that trusted proxies forwarded rather than the direct peer's:
     * then it tells shoppers apart even behind a server that carries a publishable key.
     */
    boolean forwarded(HttpServletRequest request) {
        if (trustedProxies.isEmpty() || request.getHeader(FORWARDED_FOR) == null) {
            return false;
        }
        String peer = request.getRemoteAddr();
        return !resolve(peer, Collections.list(request.getHeaders(FORWARDED_FOR))).equals(IpRange.literal(peer));
    }

    Optional<InetAddress> resolve(String remoteAddr, List<String> forwardedHeaders) {
        Optional<InetAddress> peer = IpRange.literal(remoteAddr);
        if (peer.isEmpty() || !trusted(peer.get())) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedHeaders) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        InetAddress client = peer.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpRange.literal(hops.get(i));
            if (hop.isEmpty()) {
                break; // garbage a trusted proxy passed on: keep the last address we can vouch for
            }
            client = hop.get();
            if (!trusted(client)) {
                break;
            }
        }
        return Optional.of(client);
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
