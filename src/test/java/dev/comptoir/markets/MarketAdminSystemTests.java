package dev.comptoir.markets;

import static dev.comptoir.markets.MarketBodies.japan;
import static dev.comptoir.markets.MarketBodies.market;
import static dev.comptoir.markets.MarketBodies.switzerland;
import static dev.comptoir.markets.MarketBodies.uniqueCode;
import static dev.comptoir.markets.MarketBodies.with;
import static dev.comptoir.markets.MarketBodies.withZone;
import static dev.comptoir.markets.MarketBodies.zone;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The markets admin over HTTP: CRUD, who may use it, the problems a bad market gets, and the default
 * market built from the configuration. Test markets use countries outside the default market (CH, LI,
 * JP, NZ...) and are deleted after each test, since all system tests share one database.
 */
@SystemTest
class MarketAdminSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    TestAccounts accounts;

    private final ConcurrentLinkedQueue<String> toDelete = new ConcurrentLinkedQueue<>();

    @AfterEach
    void deleteTestMarkets() {
        toDelete.forEach(code -> admin().delete("/api/admin/markets/{code}", code));
    }

    @Test
    void anAdminCreatesReadsReplacesListsAndDeletesAMarket() {
        String code = uniqueCode("ch");
        toDelete.add(code);
        admin().body(switzerland(code.toUpperCase())).post("/api/admin/markets").then().statusCode(201)
                .body("code", equalTo(code))
                .body("name", equalTo("Switzerland"))
                .body("countries", contains("CH", "LI"))
                .body("currency", equalTo("CHF"))
                .body("taxInclusive", equalTo(true))
                .body("defaultLocale", equalTo("fr"))
                .body("locales", contains("fr", "de", "en"))
                .body("shippingZones[0].name", equalTo("switzerland"))
                .body("shippingZones[0].countries", contains("CH", "LI"))
                .body("shippingZones[0].flatRate", equalTo(9.00f))
                .body("shippingZones[0].freeAbove", equalTo(100.00f))
                .body("shippingZones[0].deliveryDaysMin", equalTo(1))
                .body("shippingZones[0].deliveryDaysMax", equalTo(3))
                .body("isDefault", equalTo(false))
                .body("createdAt", notNullValue());

        admin().get("/api/admin/markets/{code}", code.toUpperCase()).then().statusCode(200)
                .body("code", equalTo(code));

        Map<String, Object> changed = market(null, "Suisse", List.of("LI", "CH"), "chf", false, "de",
                List.of("de", "fr"), List.of(zone("alpine", List.of("*"), "12.50", null, 2, 4)));
        admin().body(changed).put("/api/admin/markets/{code}", code).then().statusCode(200)
                .body("code", equalTo(code))
                .body("name", equalTo("Suisse"))
                .body("countries", contains("LI", "CH"))
                .body("currency", equalTo("CHF"))
                .body("taxInclusive", equalTo(false))
                .body("locales", contains("de", "fr"))
                .body("shippingZones[0].countries", contains("*"))
                .body("shippingZones[0].flatRate", equalTo(12.50f))
                .body("shippingZones[0].freeAbove", nullValue());

        admin().get("/api/admin/markets").then().statusCode(200)
                .body("[0].code", equalTo("default"))
                .body("code", hasItem(code));
        // the public list shows the change at once: the write evicted this instance's cache
        given().get("/api/markets").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.name", equalTo("Suisse"))
                .body("find { it.code == '" + code + "' }.countries", contains("LI", "CH"))
                .body("find { it.code == '" + code + "' }.shippingZones", nullValue());

        admin().delete("/api/admin/markets/{code}", code).then().statusCode(204);
        admin().get("/api/admin/markets/{code}", code).then().statusCode(404)
                .contentType("application/problem+json")
                .body("error", equalTo("market_not_found"));
        given().get("/api/markets").then().statusCode(200).body("code", not(hasItem(code)));
        // its countries are free again
        String again = uniqueCode("li");
        toDelete.add(again);
        admin().body(switzerland(again)).post("/api/admin/markets").then().statusCode(201);
    }

    @Test
    void theDefaultMarketIsBuiltFromTheConfiguration() {
        admin().get("/api/admin/markets/default").then().statusCode(200)
                .body("isDefault", equalTo(true))
                .body("currency", equalTo("EUR"))
                .body("taxInclusive", equalTo(false))
                .body("countries[0]", equalTo("FR"))
                .body("countries[1]", equalTo("MC"))
                .body("countries", hasItem("DE"))
                .body("countries", not(hasItem("*")))
                .body("countries.size()", equalTo(28))
                .body("defaultLocale", equalTo("en"))
                .body("locales", contains("en", "fr"))
                .body("shippingZones.name", contains("france", "eu", "world"))
                .body("shippingZones[0].flatRate", equalTo(4.90f))
                .body("shippingZones[0].freeAbove", equalTo(50.00f))
                .body("shippingZones[2].countries", contains("*"))
                .body("shippingZones[2].freeAbove", nullValue());
        given().get("/api/markets").then().statusCode(200)
                .body("[0].code", equalTo("default"))
                .body("[0].isDefault", equalTo(true))
                .body("[0].currency", equalTo("EUR"));
    }

    @Test
    void marketsNeedTheMarketsPermission() {
        String code = uniqueCode("perm");
        given().get("/api/admin/markets").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().contentType(ContentType.JSON).body(japan(code)).post("/api/admin/markets").then().statusCode(401);

        // a real catalog manager account, signed in
        String catalogManager = accounts.withRole("catalog_manager").accessToken();
        as(catalogManager).get("/api/admin/markets").then().statusCode(403).body("error", equalTo("forbidden"));
        as(catalogManager).get("/api/admin/markets/default").then().statusCode(403);
        as(catalogManager).body(japan(code)).post("/api/admin/markets").then().statusCode(403);
        as(catalogManager).body(japan(code)).put("/api/admin/markets/default").then().statusCode(403);
        as(catalogManager).delete("/api/admin/markets/default").then().statusCode(403);
        as(tokens.customer(UUID.randomUUID())).get("/api/admin/markets").then().statusCode(403);

        String marketsStaff = tokens.staff(Permissions.MARKETS_MANAGE);
        toDelete.add(code);
        as(marketsStaff).body(japan(code)).post("/api/admin/markets").then().statusCode(201);
        as(catalogManager).delete("/api/admin/markets/{code}", code).then().statusCode(403);
        // the bootstrap admin, signed in for real, holds the new permission
        as(accounts.adminToken()).delete("/api/admin/markets/{code}", code).then().statusCode(204);
    }

    @Test
    void aBadMarketIsRefusedNamingWhatIsWrong() {
        Map<String, Object> ok = japan(uniqueCode("jp"));
        refused(with(ok, "countries", List.of("JP", "XX")), 400, "invalid_country", "countries[1]");
        refused(withZone(ok, "countries", List.of("JP", "QZ")), 400, "invalid_country",
                "shippingZones[0].countries[1]");
        refused(with(ok, "currency", "KWD"), 400, "unsupported_currency", "currency"); // three decimals
        refused(with(ok, "currency", "BHD"), 400, "unsupported_currency", "currency");
        refused(with(ok, "currency", "XAU"), 400, "unsupported_currency", "currency"); // no decimals defined
        refused(with(ok, "currency", "ABC"), 400, "unsupported_currency", "currency"); // no such currency
        refused(withZone(ok, "flatRate", new java.math.BigDecimal("1500.5")), 400, "invalid_amount",
                "shippingZones[0].flatRate"); // JPY has no decimals
        refused(withZone(switzerland(uniqueCode("ch")), "freeAbove", new java.math.BigDecimal("99.999")), 400,
                "invalid_amount", "shippingZones[0].freeAbove");
        refused(with(ok, "defaultLocale", "fr"), 400, "invalid_data", "defaultLocale"); // not among the locales
        refused(with(ok, "locales", List.of("ja", "zz")), 400, "invalid_data", "locales[1]");
        refused(with(ok, "locales", List.of("ja", "JA")), 400, "invalid_data", "locales[1]");
        refused(with(ok, "countries", List.of("JP", "jp")), 400, "invalid_data", "countries[1]");
        refused(with(ok, "countries", List.of("JP", "KR")), 400, "invalid_data", "shippingZones"); // KR in no zone
        refused(with(ok, "shippingZones", List.of(zone("a", List.of("JP"), "1500", null, 1, 2),
                zone("b", List.of("*", "JP"), "2000", null, 1, 2))), 400, "invalid_data",
                "shippingZones[1].countries[1]");
        refused(with(ok, "shippingZones", List.of(zone("a", List.of("JP"), "1500", null, 1, 2),
                zone("A", List.of("*"), "2000", null, 1, 2))), 400, "invalid_data", "shippingZones[1].name");
        refused(withZone(ok, "deliveryDaysMax", 1), 400, "invalid_data", "shippingZones[0].deliveryDaysMax");

        // against the published schema: refused by validation, naming the field
        invalid(with(ok, "name", " "), "name");
        invalid(with(ok, "countries", List.of()), "countries");
        invalid(with(ok, "countries", List.of("JPN")), "countries[0]");
        invalid(with(ok, "currency", "YEN!"), "currency");
        invalid(with(ok, "code", "no spaces"), "code");
        invalid(with(ok, "shippingZones", List.of()), "shippingZones");
        invalid(withZone(ok, "flatRate", -1), "shippingZones[0].flatRate");
        invalid(withZone(ok, "deliveryDaysMin", null), "shippingZones[0].deliveryDaysMin");
        admin().filter(Contract.INVALID_REQUEST).body(with(ok, "code", null)).post("/api/admin/markets")
                .then().statusCode(400).body("error", equalTo("invalid_data"))
                .body("errors[0].field", equalTo("code"));
        admin().filter(Contract.INVALID_REQUEST).body("{\"code\": ").post("/api/admin/markets").then()
                .statusCode(400).body("error", equalTo("malformed_json"));
        given().get("/api/markets").then().statusCode(200).body("code", not(hasItem(ok.get("code"))));
    }

    @Test
    void aCountryBelongsToOneMarket() {
        Map<String, Object> withGermany = market(uniqueCode("de"), "Germany", List.of("DE"), "EUR", true, "de",
                List.of("de"), List.of(zone("de", List.of("DE"), "4.90", null, 1, 2)));
        admin().body(withGermany).post("/api/admin/markets").then().statusCode(409)
                .body("error", equalTo("country_in_other_market"))
                .body("country", equalTo("DE"))
                .body("market", equalTo("default"))
                .body("errors[0].field", equalTo("countries[0]"));

        String japan = uniqueCode("jp");
        toDelete.add(japan);
        admin().body(japan(japan)).post("/api/admin/markets").then().statusCode(201);
        admin().body(japan(japan.toUpperCase())).post("/api/admin/markets").then().statusCode(409)
                .body("error", equalTo("duplicate_market_code"));
        String other = uniqueCode("ch");
        toDelete.add(other);
        admin().body(switzerland(other)).post("/api/admin/markets").then().statusCode(201);
        Map<String, Object> withJapan = with(with(switzerland(other), "countries", List.of("CH", "JP")),
                "shippingZones", List.of(zone("everywhere", List.of("*"), "9.00", null, 1, 3)));
        admin().body(withJapan).put("/api/admin/markets/{code}", other)
                .then().statusCode(409)
                .body("error", equalTo("country_in_other_market"))
                .body("market", equalTo(japan))
                .body("errors[0].field", equalTo("countries[1]"));
    }

    @Test
    void aMarketKeepsItsCodeAndCurrencyAndTheDefaultStays() {
        String code = uniqueCode("jp");
        toDelete.add(code);
        admin().body(japan(code)).post("/api/admin/markets").then().statusCode(201);

        admin().body(with(japan(code), "currency", "EUR")).put("/api/admin/markets/{code}", code).then()
                .statusCode(409)
                .body("error", equalTo("market_currency_fixed"))
                .body("currency", equalTo("JPY"));
        admin().body(with(japan(code), "code", uniqueCode("jp"))).put("/api/admin/markets/{code}", code).then()
                .statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors[0].field", equalTo("code"));
        admin().body(japan(code)).put("/api/admin/markets/{code}", uniqueCode("none")).then().statusCode(404)
                .body("error", equalTo("market_not_found"));
        admin().delete("/api/admin/markets/{code}", uniqueCode("none")).then().statusCode(404);

        admin().delete("/api/admin/markets/default").then().statusCode(409)
                .body("error", equalTo("default_market"));
        admin().get("/api/admin/markets/default").then().statusCode(200);
    }

    @Test
    void twoAdminsRacingForOneCountryGiveItToOneMarket() throws Exception {
        int racers = 8;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        String token = tokens.admin();
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                String code = uniqueCode("nz");
                toDelete.add(code);
                Map<String, Object> body = market(code, "New Zealand", List.of("NZ"), "NZD", true, "en",
                        List.of("en"), List.of(zone("nz", List.of("NZ"), "8.00", null, 2, 4)));
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                            .post("/api/admin/markets").then().extract().statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        admin().get("/api/admin/markets").then().statusCode(200)
                .body("findAll { it.countries.contains('NZ') }.size()", equalTo(1));
    }

    private void refused(Map<String, Object> body, int status, String error, String field) {
        admin().body(body).post("/api/admin/markets").then().statusCode(status)
                .contentType("application/problem+json")
                .body("error", equalTo(error))
                .body("errors[0].field", equalTo(field));
    }

    private void invalid(Map<String, Object> body, String field) {
        admin().filter(Contract.INVALID_REQUEST).body(body).post("/api/admin/markets").then().statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem(field));
    }

    private RequestSpecification admin() {
        return as(tokens.admin());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
