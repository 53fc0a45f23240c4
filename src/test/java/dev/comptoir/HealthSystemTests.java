package dev.comptoir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.zaxxer.hikari.HikariDataSource;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TcpProxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** /health follows the database: degraded while it is unreachable, healthy again once it is back. */
@SystemTest
class HealthSystemTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    dev.comptoir.shared.Startup startup;

    @Test
    void healthSaysStartingAndReadinessIsDownUntilTheStartsWorkIsDone() {
        startup.begin("test-start-task");
        try {
            given().get("/health").then().statusCode(503).body("status", equalTo("starting"))
                    .body("services.database", equalTo("healthy"));
            given().get("/actuator/health/readiness").then().statusCode(503);
            given().get("/actuator/health/liveness").then().statusCode(200);
        } finally {
            startup.end("test-start-task");
        }
        given().get("/health").then().statusCode(200).body("status", equalTo("healthy"));
        given().get("/actuator/health/readiness").then().statusCode(200);
    }

    @Test
    void healthTurnsDegradedWhenTheDatabaseGoesAwayAndRecoversWithoutARestart() throws Exception {
        String jdbcUrl = ((HikariDataSource) dataSource).getJdbcUrl();
        URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(db.getHost(), db.getPort())) {
            String proxied = jdbcUrl.replace(db.getHost() + ":" + db.getPort(), "127.0.0.1:" + proxy.port());
            try (ConfigurableApplicationContext instance = ExtraInstance.start(dataSource,
                    Map.of("comptoir.db.url", proxied, "comptoir.db.connection-timeout", "1s"))) {
                int port = ExtraInstance.port(instance);
                given().port(port).get("/health").then().statusCode(200).body("status", equalTo("healthy"));

                given().port(port).get("/actuator/health/readiness").then().statusCode(200);
                proxy.cut();
                given().port(port).get("/health").then().statusCode(503)
                        .body("status", equalTo("degraded"))
                        .body("services.database", equalTo("unhealthy"));
                given().port(port).get("/actuator/health/readiness").then().statusCode(503);

                proxy.restore();
                Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
                int status;
                do {
                    status = given().port(port).get("/health").statusCode();
                } while (status != 200 && Instant.now().isBefore(deadline));
                given().port(port).get("/health").then().statusCode(200).body("services.database", equalTo("healthy"));
                given().port(port).get("/actuator/health/readiness").then().statusCode(200);
            }
        }
    }
}
