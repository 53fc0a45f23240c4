package dev.comptoir.markets;

import static dev.comptoir.markets.MarketBodies.japan;
import static dev.comptoir.markets.MarketBodies.switzerland;
import static dev.comptoir.markets.MarketBodies.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which market a request is in: the {@code market} query parameter, else the {@code X-Market} header,
 * else the market listing the {@code country} query parameter, else the default — read through
 * {@code GET /api/markets/current}, which any module's {@code @RequestMarket} parameter resolves alike.
 */
@SystemTest
class MarketResolutionSystemTests {

    @Autowired
    TestTokens tokens;

    String swiss;
    String japanese;

    @BeforeEach
    void createMarkets() {
        swiss = uniqueCode("ch");
        japanese = uniqueCode("jp");
        for (Map<String, Object> body : List.of(switzerland(swiss), japan(japanese))) {
            given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(body)
                    .post("/api/admin/markets").then().statusCode(201);
        }
    }

    @AfterEach
    void deleteMarkets() {
        for (String code : List.of(swiss, japanese)) {
            given().auth().oauth2(tokens.admin()).delete("/api/admin/markets/{code}", code).then().statusCode(204);
        }
    }

    @Test
    void withoutAChoiceARequestIsInTheDefaultMarket() {
        given().get("/api/markets/current").then().statusCode(200)
                .body("code", equalTo("default"))
                .body("currency", equalTo("EUR"))
                .body("taxInclusive", equalTo(false))
                .body("isDefault", equalTo(true));
    }

    @Test
    void theMarketParameterOrHeaderNamesTheMarket() {
        assertThatMarket(given().queryParam("market", swiss).get("/api/markets/current").then().statusCode(200)
                .extract().jsonPath(), swiss, "CHF");
        assertThatMarket(given().queryParam("market", japanese.toUpperCase()).get("/api/markets/current").then()
                .statusCode(200).extract().jsonPath(), japanese, "JPY");
        assertThatMarket(given().header("X-Market", japanese).get("/api/markets/current").then().statusCode(200)
                .extract().jsonPath(), japanese, "JPY");
        // the parameter wins over the header, and either over the country
        assertThatMarket(given().queryParam("market", swiss).header("X-Market", japanese)
                .get("/api/markets/current").then().statusCode(200).extract().jsonPath(), swiss, "CHF");
        assertThatMarket(given().header("X-Market", "default").queryParam("country", "JP")
                .get("/api/markets/current").then().statusCode(200).extract().jsonPath(), "default", "EUR");
    }

    @Test
    void aCountryChoosesTheMarketListingIt() {
        given().queryParam("country", "li").get("/api/markets/current").then().statusCode(200)
                .body("code", equalTo(swiss))
                .body("countries", contains("CH", "LI"))
                .body("locales", contains("fr", "de", "en"));
        given().queryParam("country", "JP").get("/api/markets/current").then().statusCode(200)
                .body("code", equalTo(japanese));
        // a country of the default market, and one no market lists
        given().queryParam("country", "DE").get("/api/markets/current").then().statusCode(200)
                .body("code", equalTo("default"));
        given().queryParam("country", "US").get("/api/markets/current").then().statusCode(200)
                .body("code", equalTo("default"));
    }

    @Test
    void anUnknownMarketOrABadCountryIsRefused() {
        given().queryParam("market", "atlantis").get("/api/markets/current").then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("unknown_market"))
                .body("market", equalTo("atlantis"));
        given().header("X-Market", "atlantis").get("/api/markets/current").then().statusCode(400)
                .body("error", equalTo("unknown_market"));
        given().queryParam("country", "XX").get("/api/markets/current").then().statusCode(400)
                .body("error", equalTo("invalid_country"));
    }

    @Test
    void theDocumentListsTheInputsThatChooseTheMarket() {
        JsonPath doc = given().get("/api/docs/openapi.json").then().statusCode(200).extract().jsonPath();
        String operation = "paths.'/api/markets/current'.get";
        org.assertj.core.api.Assertions.assertThat(doc.getList(operation + ".parameters.name", String.class))
                .containsExactlyInAnyOrder("market", "X-Market", "country");
        org.assertj.core.api.Assertions.assertThat(doc.getString(operation + ".responses.'400'.content"))
                .contains("unknown_market", "invalid_country");
    }

    private static void assertThatMarket(JsonPath market, String code, String currency) {
        org.assertj.core.api.Assertions.assertThat(market.getString("code")).isEqualTo(code);
        org.assertj.core.api.Assertions.assertThat(market.getString("currency")).isEqualTo(currency);
    }
}
