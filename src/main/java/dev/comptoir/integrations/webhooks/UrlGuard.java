package dev.comptoir.integrations.webhooks;

import dev.comptoir.shared.error.BadRequestException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * No server-side request forgery through an endpoint URL: http(s) only, no credentials in it, and
 * every address its host resolves to must be public — not loopback, private, link-local (the cloud
 * metadata address), unique-local, shared (CGNAT), multicast or unspecified — unless
 * {@code WEBHOOKS_ALLOW_PRIVATE}. Checked when the endpoint is saved and again before every attempt,
 * since a name can resolve elsewhere later.
 */
@Component
class UrlGuard {

    private final boolean allowPrivate;

    UrlGuard(WebhookProperties properties) {
        this.allowPrivate = properties.allowPrivate();
    }

    /** The URL as an endpoint may hold it; 400 {@code invalid_url} or {@code webhook_url_not_allowed}. */
    URI check(String url) {
        URI uri = parse(url);
        String refusal = refusal(uri);
        if (refusal != null) {
            throw new BadRequestException("webhook_url_not_allowed", "The webhook URL " + refusal);
        }
        return uri;
    }

    /** Why a delivery must not go to {@code uri} now, or null when it may. */
    String refusal(URI uri) {
        if (allowPrivate) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return "has a host that does not resolve";
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return "resolves to a private, loopback or link-local address";
            }
        }
        return null;
    }

    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw invalid();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null || url.length() > 2048) {
            throw invalid();
        }
        return uri;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            // (::ffff:a.b.c.d, IPv4-mapped, is already an Inet4Address: Java reads it as the IPv4 address)
            if (embedsIpv4(b)) {
                return isPublic(ipv4(b[12], b[13], b[14], b[15]));
            }
            return (b[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // 0.0.0.0/8, "this network"
                && !(first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10, shared (CGNAT)
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15, benchmarking
                && first < 240; // reserved and broadcast
    }

    /** ::a.b.c.d (IPv4-compatible) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address inside them. */
    private static boolean embedsIpv4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return compatible || nat64;
    }

    private static InetAddress ipv4(byte... address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static BadRequestException invalid() {
        return new BadRequestException("invalid_url",
                "The webhook URL must be an absolute http or https URL without credentials (at most 2048 characters)");
    }
}
