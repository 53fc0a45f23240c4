package dev.comptoir.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientIpResolverTests {

    private final ClientIpResolver behindProxies = new ClientIpResolver(
            Stream.of("10.0.0.0/8", "192.168.1.5", "fd00::/8").map(IpRange::parse).toList());

    @Test
    void withoutTrustedProxiesTheDirectPeerIsTheClientWhateverTheHeaderSays() {
        ClientIpResolver direct = new ClientIpResolver(List.of());
        assertThat(direct.clientKey(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void anUntrustedPeerCannotNameAnotherClient() {
        assertThat(behindProxies.clientKey(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedPeerNamesTheRightMostAddressThatIsNotATrustedProxy() {
        assertThat(behindProxies.clientKey(request("10.1.2.3", "1.1.1.1, 198.51.100.7, 10.9.9.9, 192.168.1.5")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void severalForwardedForHeadersAreReadAsOneListInOrder() {
        MockHttpServletRequest request = request("10.1.2.3", "1.1.1.1");
        request.addHeader("X-Forwarded-For", "198.51.100.8, 10.0.0.1");
        assertThat(behindProxies.clientKey(request)).isEqualTo("198.51.100.8");
    }

    @Test
    void aCidrBlockTrustsItsWholeRangeAndNothingBeyond() {
        assertThat(behindProxies.clientKey(request("10.255.255.255", "198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(behindProxies.clientKey(request("11.0.0.0", "198.51.100.7"))).isEqualTo("11.0.0.0");
        assertThat(behindProxies.clientKey(request("192.168.1.6", "198.51.100.7"))).isEqualTo("192.168.1.6");
    }

    @Test
    void aTrustedPeerWithoutTheHeaderIsItselfTheClient() {
        assertThat(behindProxies.clientKey(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertThat(behindProxies.clientKey(request("10.1.2.3", "10.7.7.7, 10.8.8.8"))).isEqualTo("10.7.7.7");
    }

    @Test
    void garbageOrHostNamesStopTheWalkAtTheLastAddressWeCanVouchFor() {
        assertThat(behindProxies.clientKey(request("10.1.2.3", "198.51.100.7, localhost, 10.0.0.2")))
                .isEqualTo("10.0.0.2");
        assertThat(behindProxies.clientKey(request("10.1.2.3", "not-an-ip"))).isEqualTo("10.1.2.3");
        assertThat(behindProxies.clientKey(request("10.1.2.3", "999.1.1.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void portsAndBracketsAreUnderstood() {
        assertThat(behindProxies.clientKey(request("10.1.2.3", "198.51.100.7:4711"))).isEqualTo("198.51.100.7");
        assertThat(behindProxies.clientKey(request("10.1.2.3", "[2001:db8::1]:443"))).isEqualTo("2001:db8:0:0:0:0:0:0/64");
    }

    @Test
    void ipv6ClientsAreKeyedByTheirSlash64AndTrustedByCidr() {
        assertThat(behindProxies.clientKey(request("2001:db8:1:2:aaaa::1", null))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(behindProxies.clientKey(request("2001:db8:1:2:bbbb::2", null))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(behindProxies.clientKey(request("fd12::1", "2001:db8:9::5"))).isEqualTo("2001:db8:9:0:0:0:0:0/64");
    }

    @Test
    void ipv4MappedIpv6IsTheIpv4Address() throws Exception {
        assertThat(IpRange.literal("::ffff:10.1.2.3")).contains(InetAddress.getByName("10.1.2.3"));
        assertThat(behindProxies.clientKey(request("::ffff:10.1.2.3", "198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void configuredRangesMustBeAddressesOrCidrBlocks() {
        assertThat(IpRange.parse("0.0.0.0/0").contains(IpRange.literal("8.8.8.8").orElseThrow())).isTrue();
        assertThat(IpRange.parse("::1").contains(IpRange.literal("::1").orElseThrow())).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("10.0.0.0/33"));
        assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("fd00::/129"));
        assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("proxy.internal"));
        assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("10.0.0.1:80"));
        assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("10.0.0.0/x"));
        assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("256.0.0.1"));
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/products");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
