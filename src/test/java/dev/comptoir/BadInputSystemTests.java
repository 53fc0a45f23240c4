package dev.comptoir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Bad values are 400 problems, never a 500, an HTML page, a false 409 or SQL in the log: each kind of
 * bad value goes to every list and search route, and NUL bytes to a few write routes.
 */
@SystemTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputSystemTests {

    /** Every list or search route, with who may call it. */
    private static final List<String> CUSTOMER_LISTS = List.of("/api/users/me/wishlist", "/api/users/me/addresses",
            "/api/users/me/reviews", "/api/orders");
    private static final List<String> PUBLIC_LISTS = List.of("/api/products", "/api/products/suggest",
            "/api/categories");
    private static final List<String> ADMIN_LISTS = List.of("/api/admin/coupons", "/api/admin/users",
            "/api/admin/reviews", "/api/admin/products", "/api/admin/orders", "/api/admin/inventory",
            "/api/admin/inventory/movements", "/api/admin/analytics/low-stock", "/api/admin/alerts",
            "/api/admin/analytics/top-products", "/api/admin/analytics/top-categories",
            "/api/admin/analytics/summary", "/api/admin/analytics/series");

    /** Lists without pages (a tree, an address book) ignore paging parameters, as any unknown one. */
    private static final List<String> UNPAGED = List.of("/api/users/me/addresses", "/api/categories",
            "/api/products/suggest", "/api/admin/analytics/summary", "/api/admin/analytics/series",
            "/api/admin/analytics/top-products", "/api/admin/analytics/top-categories");

    /** Query strings no route may answer with anything but a 400 problem. */
    private static final Map<String, String> BAD_QUERIES = Map.of(
            "q=%C3%28", "invalid_encoding",
            "q=a%00b", "invalid_data",
            "email=a%00b", "invalid_data",
            "status=%00", "invalid_data");

    @Autowired
    TestTokens tokens;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;

    private RequestSpecification as(String token) {
        return Contract.invalidRequest().auth().oauth2(token).urlEncodingEnabled(false);
    }

    private static ValidatableResponse isProblem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("error", equalTo(code)).body("requestId", notNullValue())
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", notNullValue());
    }

    private void everyListRefuses(String query, String code, boolean pagedOnly) {
        String customer = accounts.register().accessToken();
        String productReviews = "/api/products/" + catalog.product("5.00", 1).productId() + "/reviews";
        for (String route : CUSTOMER_LISTS) {
            if (!pagedOnly || !UNPAGED.contains(route)) {
                isProblem(as(customer).get(route + "?" + query).then(), 400, code);
            }
        }
        for (String route : PUBLIC_LISTS) {
            if (!pagedOnly || !UNPAGED.contains(route)) {
                isProblem(Contract.invalidRequest().urlEncodingEnabled(false).get(route + "?" + query).then(), 400,
                        code);
            }
        }
        isProblem(Contract.invalidRequest().urlEncodingEnabled(false).get(productReviews + "?" + query).then(), 400,
                code);
        for (String route : ADMIN_LISTS) {
            if (!pagedOnly || !UNPAGED.contains(route)) {
                isProblem(as(tokens.admin()).get(route + "?" + query).then(), 400, code);
            }
        }
    }

    @Test
    void everyListAndSearchRouteRefusesBadQueryValuesWithA400Problem() {
        BAD_QUERIES.forEach((query, code) -> everyListRefuses(query, code, false));
    }

    @Test
    void aPageNumberPastAnyPageIsA400OnEveryPagedList() {
        everyListRefuses("page=2147483647", "invalid_data", true);
        everyListRefuses("page=2147483647&limit=100", "invalid_data", true);
    }

    @Test
    void aPriceFilterBeyondAnyPriceIsA400() {
        for (String query : List.of("minPrice=1e400", "maxPrice=1e400", "minRating=1e400")) {
            isProblem(Contract.invalidRequest().urlEncodingEnabled(false).get("/api/products?" + query).then(), 400,
                    "invalid_data").body("errors.field", hasItem(query.substring(0, query.indexOf('='))));
        }
    }

    @Test
    void aPathWithANulOrAnEncodedTraversalIsAProblemWithSecurityHeaders() {
        for (String path : List.of("/api/products/%00", "/api/..%2fadmin/users", "/api/products/..%2f..%2fadmin",
                "/%00")) {
            isProblem(Contract.invalidRequest().urlEncodingEnabled(false).get(path).then(), 400, "invalid_url")
                    .header("Strict-Transport-Security", notNullValue());
        }
    }

    @Test
    void aNulInAnyTextOfABodyIsA400NamingTheFieldAndLogsNoSql(CapturedOutput output) {
        String email = TestAccounts.uniqueEmail();
        isProblem(Contract.invalidRequest().contentType("application/json")
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "firstName", "A\u0000da",
                        "lastName", "Lovelace"))
                .post("/api/auth/register").then(), 400, "invalid_data")
                .body("errors.field", hasItem("firstName")).body("error", not(equalTo("email_taken")));
        // the address is still free: nothing was half-written
        Contract.request().contentType("application/json")
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "firstName", "Ada",
                        "lastName", "Lovelace"))
                .post("/api/auth/register").then().statusCode(202);

        isProblem(as(tokens.admin()).contentType("application/json")
                .body(Map.of("name", "Lampe\u0000", "price", 10, "sku", "NUL-" + System.nanoTime(), "stock", 1))
                .post("/api/products").then(), 400, "invalid_data").body("errors.field", hasItem("name"));
        isProblem(as(accounts.register().accessToken()).contentType("application/json")
                .body(Map.of("label", "Home", "firstName", "Ada", "lastName", "L", "line1", "1 rue\u0000",
                        "city", "Paris", "postalCode", "75001", "country", "FR"))
                .post("/api/users/me/addresses").then(), 400, "invalid_data").body("errors.field", hasItem("line1"));
        isProblem(Contract.invalidRequest().contentType("application/json")
                .body(Map.of("email", "a\u0000@example.com", "password", "whatever-long-enough"))
                .post("/api/auth/login").then(), 400, "invalid_data");

        assertThat(output.getAll()).doesNotContain("$2a$", "$2b$", "insert into", "INSERT INTO", "0x00",
                TestAccounts.PASSWORD);
    }

    @Test
    void aCustomerPostingAnInvalidBodyToAnAdminRouteIsForbiddenNotToldWhatIsInvalid() {
        String customer = accounts.register().accessToken();
        for (String route : List.of("/api/admin/coupons", "/api/products", "/api/categories",
                "/api/admin/inventory/adjustments")) {
            isProblem(as(customer).contentType("application/json").body("{\"nonsense\": true}").post(route).then(),
                    403, "forbidden").body("$", not(org.hamcrest.Matchers.hasKey("errors")));
            isProblem(Contract.invalidRequest().contentType("application/json").body("{}").post(route).then(), 401,
                    "unauthorized");
        }
    }
}
