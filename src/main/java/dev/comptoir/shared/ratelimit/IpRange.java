package dev.comptoir.shared.ratelimit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address or CIDR block ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, {@code 192.0.2.7}). Parsing never
 * touches DNS: forwarded headers come from clients, and a host name in one must not cause a lookup.
 */
public final class IpRange {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9a-fA-F:.]+)\\](?::\\d{1,5})?");

    private final byte[] network;
    private final int prefix;

    private IpRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** Parses a configured address or block; throws {@link IllegalArgumentException} with a readable reason. */
    public static IpRange parse(String text) {
        String value = text.trim();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        InetAddress parsed = literal(address)
                .filter(a -> !address.contains("[") && !IPV4_WITH_PORT.matcher(address).matches())
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not an IP address or CIDR block"));
        int bits = parsed.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String suffix = value.substring(slash + 1);
            if (!suffix.matches("\\d{1,3}") || Integer.parseInt(suffix) > bits) {
                throw new IllegalArgumentException("'" + value + "' has an invalid prefix length (0.." + bits + ")");
            }
            prefix = Integer.parseInt(suffix);
        }
        return new IpRange(mask(parsed.getAddress(), prefix), prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && java.util.Arrays.equals(mask(bytes, prefix), network);
    }

    /**
     * An IP literal as found in {@code getRemoteAddr()} or {@code X-Forwarded-For}: IPv4 (optionally with a
     * port), IPv6 (optionally in brackets with a port). Anything else, host names included, is empty.
     */
    public static Optional<InetAddress> literal(String text) {
        String value = text.trim();
        var withPort = IPV4_WITH_PORT.matcher(value);
        if (withPort.matches()) {
            value = withPort.group(1);
        }
        var v4 = IPV4.matcher(value);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return byAddress(bytes);
        }
        var bracketed = BRACKETED_IPV6.matcher(value);
        if (bracketed.matches()) {
            value = bracketed.group(1);
        }
        if (value.indexOf(':') >= 0 && IPV6.matcher(value).matches()) {
            try {
                // In brackets the JDK parses the literal and never resolves a name.
                return Optional.of(InetAddress.getByName("[" + value + "]"));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The bucket key for a client address: IPv4 as is, IPv6 by its /64, which one subscriber usually holds whole. */
    public static String clientKey(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        return byAddress(mask(address.getAddress(), 64)).orElseThrow().getHostAddress() + "/64";
    }

    private static Optional<InetAddress> byAddress(byte[] bytes) {
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            masked[i] &= (byte) (0xFF << (8 - keep));
        }
        return masked;
    }

    @Override
    public String toString() {
        return byAddress(network).map(InetAddress::getHostAddress).orElse("?") + "/" + prefix;
    }
}
