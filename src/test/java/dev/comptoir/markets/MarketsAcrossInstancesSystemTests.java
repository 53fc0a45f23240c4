package dev.comptoir.markets;

import static dev.comptoir.markets.MarketBodies.japan;
import static dev.comptoir.markets.MarketBodies.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A market change made on one instance reaches another one sharing the database once that instance's
 * markets cache expires (1 s here, 5 s by default), while the writing instance shows it at once.
 */
@SystemTest
class MarketsAcrossInstancesSystemTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    TestTokens tokens;

    @Test
    void anotherInstanceSeesAMarketChangeWithinItsCacheTtl() {
        try (ConfigurableApplicationContext other = ExtraInstance.start(dataSource,
                Map.of("comptoir.markets.cache-ttl", "1s"))) {
            int port = ExtraInstance.port(other);
            // the other instance has read (and cached) the markets before the change
            given().port(port).queryParam("country", "JP").get("/api/markets/current").then().statusCode(200)
                    .body("code", equalTo("default"));

            String code = uniqueCode("jp");
            given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(japan(code))
                    .post("/api/admin/markets").then().statusCode(201);
            given().queryParam("country", "JP").get("/api/markets/current").then().statusCode(200)
                    .body("code", equalTo(code));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().port(port)
                    .queryParam("country", "JP").get("/api/markets/current").then().statusCode(200)
                    .body("code", equalTo(code)).body("currency", equalTo("JPY")));
            given().port(port).get("/api/markets").then().body("code", hasItem(code));

            given().auth().oauth2(tokens.admin()).delete("/api/admin/markets/{code}", code).then().statusCode(204);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().port(port)
                    .queryParam("country", "JP").get("/api/markets/current").then().statusCode(200)
                    .body("code", equalTo("default")));
        }
    }
}
