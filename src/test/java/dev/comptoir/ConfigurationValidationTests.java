package dev.comptoir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad setting stops the start with one line that names it and says why. */
@SystemTest
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void aPoolSizeOfZeroStopsTheStart(CapturedOutput output) {
        assertStartFails(Map.of("comptoir.db.pool-max", "0"), output,
                "Invalid configuration: DB_POOL_MAX must be between 1 and 500 (got 0)");
    }

    @Test
    void anUnknownSearchBackendStopsTheStart(CapturedOutput output) {
        assertStartFails(Map.of("comptoir.search.backend", "solr"), output,
                "Invalid configuration: SEARCH_BACKEND must be lucene or elasticsearch (got 'solr')");
    }

    @Test
    void anElasticsearchBackendWithoutHostsStopsTheStart(CapturedOutput output) {
        assertStartFails(Map.of("comptoir.search.backend", "elasticsearch"), output,
                "Invalid configuration: SEARCH_HOSTS must list the Elasticsearch/OpenSearch hosts");
    }

    @Test
    void aShortJwtSecretStopsTheStart(CapturedOutput output) {
        assertStartFails(Map.of("comptoir.jwt.secret", "too-short"), output,
                "Invalid configuration: JWT_SECRET must be at least 32 characters");
    }

    @Test
    void aNonPostgresDatabaseUrlStopsTheStart(CapturedOutput output) {
        assertStartFails(Map.of("comptoir.db.url", "jdbc:mysql://localhost/shop"), output,
                "Invalid configuration: DB_URL must be a PostgreSQL JDBC URL");
    }

    @Test
    void aMalformedCorsOriginStopsTheStart(CapturedOutput output) {
        assertStartFails(Map.of("comptoir.http.cors-origins", "shop.example.com/path"), output,
                "Invalid configuration: CORS_ORIGINS 'shop.example.com/path' is not an origin");
    }

    @Test
    void aPortThatIsNotANumberStopsTheStart(CapturedOutput output) {
        assertStartFails(Map.of("server.port", "abc"), output,
                "Invalid value 'abc' for configuration property 'server.port'");
    }

    @Test
    void anAmqpUrlThatIsNotAmqpStopsTheStartWithoutShowingItsPassword(CapturedOutput output) {
        assertStartFails(Map.of("comptoir.amqp.url", "https://streamer:s3cret-pw@broker.example.com"), output,
                "Invalid configuration: AMQP_URL must be amqp://user:password@host:port[/vhost] (or amqps://)");
        assertThat(output.getAll()).doesNotContain("s3cret-pw");
    }

    private void assertStartFails(Map<String, Object> settings, CapturedOutput output, String line) {
        assertThatThrownBy(() -> ExtraInstance.start(dataSource, settings)).isInstanceOf(Exception.class);
        assertThat(output.getAll()).contains(line);
    }
}
