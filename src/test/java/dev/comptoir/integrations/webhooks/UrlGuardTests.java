package dev.comptoir.integrations.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.error.BadRequestException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard with WEBHOOKS_ALLOW_PRIVATE off (the test profile turns it on for the loopback
 * receivers). Literal addresses only: they resolve without DNS.
 */
class UrlGuardTests {

    private final UrlGuard guard = new UrlGuard(properties(false));

    static WebhookProperties properties(boolean allowPrivate) {
        return new WebhookProperties(allowPrivate, Duration.ofSeconds(2), List.of(), Duration.ofSeconds(1), 4, null,
                Duration.ofDays(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/hook", "http://127.8.9.10/hook", "https://localhost/hook", // loopback
        "http://10.0.0.1/", "http://10.255.255.255/", // 10/8
        "http://172.16.0.1/", "http://172.31.255.254/", // 172.16/12
        "http://192.168.1.10:8080/", // 192.168/16
        "http://169.254.169.254/latest/meta-data/", // link-local, the cloud metadata address
        "http://100.64.0.1/", "http://100.127.255.254/", // 100.64/10, CGNAT
        "http://0.0.0.0/", "http://0.1.2.3/", // unspecified, "this network"
        "http://224.0.0.1/", "http://255.255.255.255/", "http://198.18.0.1/", // multicast, broadcast, benchmarking
        "http://[::1]/", "http://[::]/", // IPv6 loopback, unspecified
        "http://[fc00::1]/", "http://[fd12:3456::1]/", // fc00::/7, unique local
        "http://[fe80::1]/", "http://[febf::1]/", // fe80::/10, link-local
        "http://[ff02::1]/", // IPv6 multicast
        "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/", "http://[::ffff:169.254.169.254]/", // IPv4-mapped
        "http://[::127.0.0.1]/", "http://[64:ff9b::10.0.0.1]/" // IPv4-compatible, NAT64
    })
    void anAddressThatIsNotPublicIsRefused(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(BadRequestException.class)
                .hasFieldOrPropertyWithValue("code", "webhook_url_not_allowed");
        assertThat(guard.refusal(URI.create(url))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "http://8.8.8.8:8080/x?y=1", "http://172.32.0.1/",
        "http://100.128.0.1/", "http://192.169.0.1/", "https://[2606:4700:4700::1111]/", "http://[64:ff9b::8.8.8.8]/"})
    void aPublicAddressIsAllowed(String url) {
        assertThat(guard.check(url)).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/", "file:///etc/passwd", "gopher://93.184.215.14/",
        "https://user:pass@93.184.215.14/", "https://user@93.184.215.14/", "/relative/path", "not a url",
        "https:///no-host", "https://93.184.215.14/#fragment", "", "javascript:alert(1)"})
    void aUrlThatIsNotAPlainHttpUrlIsInvalid(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(BadRequestException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_url");
    }

    @org.junit.jupiter.api.Test
    void aHostThatDoesNotResolveIsRefused() {
        assertThatThrownBy(() -> guard.check("https://no-such-host.invalid/hook"))
                .isInstanceOf(BadRequestException.class)
                .hasFieldOrPropertyWithValue("code", "webhook_url_not_allowed");
    }

    @org.junit.jupiter.api.Test
    void privateAddressesAreAllowedWhenConfigured() {
        UrlGuard open = new UrlGuard(properties(true));
        assertThat(open.check("http://127.0.0.1:9000/hook")).hasHost("127.0.0.1");
        assertThat(open.refusal(URI.create("http://[::1]/"))).isNull();
        assertThatThrownBy(() -> open.check("https://user:pass@127.0.0.1/")).isInstanceOf(BadRequestException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_url");
    }
}
