package dev.comptoir.promotions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@SystemTest
class CouponAdminSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    PromotionService promotions;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAdminCreatesReadsUpdatesListsAndDeletesACoupon() {
        String code = uniqueCode("welcome");
        Map<String, Object> body = coupon(code, "percentage", 15);
        body.put("minSubtotal", 20);
        body.put("startsAt", "2026-01-01T00:00:00Z");
        body.put("endsAt", "2027-01-01T00:00:00Z");
        body.put("usageLimit", 100);
        body.put("perCustomerLimit", 1);
        body.put("description", "Welcome offer");

        String id = admin().body(body).post("/api/admin/coupons").then().statusCode(201)
                .body("code", equalTo(code.toUpperCase()))
                .body("type", equalTo("percentage"))
                .body("value", equalTo(15.00f))
                .body("minSubtotal", equalTo(20.00f))
                .body("startsAt", equalTo("2026-01-01T00:00:00Z"))
                .body("endsAt", equalTo("2027-01-01T00:00:00Z"))
                .body("usageLimit", equalTo(100))
                .body("perCustomerLimit", equalTo(1))
                .body("usedCount", equalTo(0))
                .body("isActive", equalTo(true))
                .body("description", equalTo("Welcome offer"))
                .body("createdAt", notNullValue())
                .extract().path("id");

        admin().get("/api/admin/coupons/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("code", equalTo(code.toUpperCase()));

        Map<String, Object> changed = coupon(code, "fixed_amount", 7.5);
        changed.put("isActive", false);
        admin().body(changed).put("/api/admin/coupons/{id}", id).then().statusCode(200)
                .body("type", equalTo("fixed_amount"))
                .body("value", equalTo(7.50f))
                .body("minSubtotal", equalTo(0.00f))
                .body("usageLimit", nullValue())
                .body("startsAt", nullValue())
                .body("isActive", equalTo(false));

        admin().queryParam("q", code.substring(0, code.length() - 2).toLowerCase()).queryParam("active", false)
                .get("/api/admin/coupons").then().statusCode(200)
                .body("data.id", hasItem(id))
                .body("data.isActive", everyItem(equalTo(false)))
                .body("pagination.page", equalTo(1));
        admin().queryParam("q", code).queryParam("active", true)
                .get("/api/admin/coupons").then().statusCode(200)
                .body("data.id", not(hasItem(id)));

        admin().delete("/api/admin/coupons/{id}", id).then().statusCode(204);
        admin().get("/api/admin/coupons/{id}", id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("error", equalTo("coupon_not_found"));
    }

    @Test
    void theListIsPaginatedNewestFirst() {
        String prefix = uniqueCode("page");
        for (int i = 1; i <= 3; i++) {
            admin().body(coupon(prefix + "-" + i, "fixed_amount", i)).post("/api/admin/coupons").then().statusCode(201);
        }

        admin().queryParam("q", prefix).queryParam("limit", 2).get("/api/admin/coupons").then().statusCode(200)
                .body("data.code", contains(prefix.toUpperCase() + "-3", prefix.toUpperCase() + "-2"))
                .body("pagination.perPage", equalTo(2))
                .body("pagination.total", equalTo(3))
                .body("pagination.totalPages", equalTo(2));
        admin().queryParam("q", prefix).queryParam("limit", 2).queryParam("page", 2).get("/api/admin/coupons")
                .then().statusCode(200)
                .body("data.code", contains(prefix.toUpperCase() + "-1"));
        admin().filter(Contract.INVALID_REQUEST).queryParam("limit", 101).get("/api/admin/coupons").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void couponsNeedTheCouponsPermission() {
        given().get("/api/admin/coupons").then().statusCode(401)
                .contentType("application/problem+json")
                .body("error", equalTo("unauthorized"));
        given().contentType(ContentType.JSON).body(coupon(uniqueCode("anon"), "free_shipping", 0))
                .post("/api/admin/coupons").then().statusCode(401);

        String customer = tokens.customer(UUID.randomUUID());
        as(customer).get("/api/admin/coupons").then().statusCode(403).body("error", equalTo("forbidden"));
        as(customer).body(coupon(uniqueCode("cust"), "free_shipping", 0)).post("/api/admin/coupons")
                .then().statusCode(403);

        String catalogStaff = tokens.staff(Permissions.CATALOG_WRITE);
        as(catalogStaff).get("/api/admin/coupons").then().statusCode(403).body("error", equalTo("forbidden"));
        as(catalogStaff).body(coupon(uniqueCode("cat"), "free_shipping", 0)).post("/api/admin/coupons")
                .then().statusCode(403);

        String couponStaff = tokens.staff(Permissions.COUPONS_MANAGE);
        String id = as(couponStaff).body(coupon(uniqueCode("staff"), "free_shipping", 0))
                .post("/api/admin/coupons").then().statusCode(201)
                .body("value", equalTo(0.00f))
                .extract().path("id");
        as(couponStaff).get("/api/admin/coupons").then().statusCode(200);
        as(catalogStaff).delete("/api/admin/coupons/{id}", id).then().statusCode(403);
        as(couponStaff).delete("/api/admin/coupons/{id}", id).then().statusCode(204);
    }

    @Test
    void invalidCouponsAreRefusedNamingTheField() {
        assertInvalid(with(coupon(uniqueCode("p"), "percentage", 150)), "value");
        assertInvalid(with(coupon(uniqueCode("p"), "percentage", 0)), "value");
        assertInvalid(with(coupon(uniqueCode("f"), "fixed_amount", -5)), "value");
        assertInvalid(with(coupon(uniqueCode("f"), "fixed_amount", 10.005)), "value");
        assertInvalid(without(coupon(uniqueCode("f"), "fixed_amount", 1), "value"), "value");
        assertInvalid(with(coupon(uniqueCode("m"), "fixed_amount", 5), "minSubtotal", -1), "minSubtotal");
        assertInvalid(with(with(coupon(uniqueCode("d"), "fixed_amount", 5), "startsAt", "2026-06-01T00:00:00Z"),
                "endsAt", "2026-05-01T00:00:00Z"), "endsAt");
        assertInvalid(with(coupon(uniqueCode("u"), "fixed_amount", 5), "usageLimit", 0), "usageLimit");
        assertInvalid(with(coupon(uniqueCode("u"), "fixed_amount", 5), "perCustomerLimit", -1), "perCustomerLimit");
        assertInvalid(coupon("no spaces allowed", "fixed_amount", 5), "code");
        assertInvalid(without(coupon(uniqueCode("t"), "fixed_amount", 5), "type"), "type");
        assertInvalid(coupon(uniqueCode("t"), "half_price", 5), "type");
        assertInvalid(with(coupon(uniqueCode("s"), "fixed_amount", 5), "startsAt", "next tuesday"), "startsAt");
        assertInvalid(with(coupon(uniqueCode("u"), "fixed_amount", 5), "usageLimit", "many"), "usageLimit");

        admin().filter(Contract.INVALID_REQUEST).body("{\"code\": ").post("/api/admin/coupons").then().statusCode(400)
                .body("error", equalTo("malformed_json"));
    }

    @Test
    void aCodeIsUniqueWhateverItsCase() {
        String code = uniqueCode("dup");
        admin().body(coupon(code.toLowerCase(), "percentage", 10)).post("/api/admin/coupons").then().statusCode(201);

        admin().body(coupon(code.toUpperCase(), "fixed_amount", 5)).post("/api/admin/coupons").then().statusCode(409)
                .contentType("application/problem+json")
                .body("error", equalTo("duplicate_coupon_code"));

        String other = admin().body(coupon(uniqueCode("other"), "fixed_amount", 5)).post("/api/admin/coupons")
                .then().statusCode(201).extract().path("id");
        admin().body(coupon(" " + code.toUpperCase() + " ", "fixed_amount", 5)).put("/api/admin/coupons/{id}", other)
                .then().statusCode(409)
                .body("error", equalTo("duplicate_coupon_code"));
    }

    @Test
    void anUnknownCouponIsNotFound() {
        admin().get("/api/admin/coupons/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("coupon_not_found"));
        admin().body(coupon(uniqueCode("x"), "fixed_amount", 5)).put("/api/admin/coupons/{id}", UUID.randomUUID())
                .then().statusCode(404);
        admin().delete("/api/admin/coupons/{id}", UUID.randomUUID()).then().statusCode(404);
        admin().filter(Contract.INVALID_REQUEST).get("/api/admin/coupons/not-a-uuid").then().statusCode(400);
    }

    @Test
    void deletingAUsedCouponDeactivatesItAndKeepsItsHistory() {
        String code = uniqueCode("used");
        Map<String, Object> body = coupon(code, "fixed_amount", 5);
        body.put("usageLimit", 3);
        String id = admin().body(body).post("/api/admin/coupons").then().statusCode(201).extract().path("id");
        transactions.executeWithoutResult(tx -> promotions.redeem(code, UUID.randomUUID(), new BigDecimal("20.00"),
                null, "buyer@example.com", Instant.now()));
        transactions.executeWithoutResult(tx -> promotions.redeem(code, UUID.randomUUID(), new BigDecimal("20.00"),
                null, "other@example.com", Instant.now()));

        // the uses already made cannot be undone by lowering the limit
        body.put("usageLimit", 1);
        admin().body(body).put("/api/admin/coupons/{id}", id).then().statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors[0].field", equalTo("usageLimit"));
        body.put("usageLimit", 2);
        admin().body(body).put("/api/admin/coupons/{id}", id).then().statusCode(200)
                .body("usedCount", equalTo(2))
                .body("usageLimit", equalTo(2));

        admin().delete("/api/admin/coupons/{id}", id).then().statusCode(204);
        admin().get("/api/admin/coupons/{id}", id).then().statusCode(200)
                .body("isActive", equalTo(false))
                .body("usedCount", equalTo(2));
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        Response response = admin().filter(Contract.INVALID_REQUEST).body(body).post("/api/admin/coupons");
        response.then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem(field));
    }

    private RequestSpecification admin() {
        return as(tokens.staff(Permissions.COUPONS_MANAGE));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> coupon(String code, String type, Number value) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("type", type);
        body.put("value", value);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body) {
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    private static Map<String, Object> without(Map<String, Object> body, String key) {
        body.remove(key);
        return body;
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
