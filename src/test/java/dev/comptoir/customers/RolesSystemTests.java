package dev.comptoir.customers;

import static dev.comptoir.customers.AuthSystemTests.refresh;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestAccounts;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SystemTest
class RolesSystemTests {

    @Autowired
    TestAccounts accounts;

    @Test
    void theBootstrapAdminLogsInWithEveryPermission() {
        String token = accounts.adminToken();

        given().auth().oauth2(token).get("/api/users/me").then().statusCode(200)
                .body("email", equalTo(accounts.adminEmail()))
                .body("role", equalTo("admin"))
                .body("permissions", containsInAnyOrder(Permissions.ALL.toArray()));
        JsonPath claims = Jwts.claims(token);
        assertThat(claims.getString("role")).isEqualTo("admin");
        assertThat(claims.getList("perms", String.class)).containsExactlyInAnyOrderElementsOf(Permissions.ALL);
    }

    @Test
    void aCustomerIsForbiddenFromTheAdminRoutes() {
        Account customer = accounts.register();

        given().auth().oauth2(customer.accessToken()).get("/api/admin/users").then().statusCode(403)
                .contentType("application/problem+json")
                .body("error", equalTo("forbidden"));
        changeRole(customer.accessToken(), customer.id(), "admin").then().statusCode(403);
    }

    @Test
    void theAdminRoutesNeedAToken() {
        given().get("/api/admin/users").then().statusCode(401)
                .contentType("application/problem+json")
                .body("error", equalTo("unauthorized"));
    }

    @Test
    void registeringWithARoleOrPermissionsStillMakesACustomer() {
        String email = TestAccounts.uniqueEmail();
        Response response = Contract.invalidRequest().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "firstName", "Mal",
                        "lastName", "Lory", "role", "admin", "permissions", Permissions.ALL,
                        "perms", Permissions.ALL, "id", UUID.randomUUID().toString()))
                .post("/api/auth/register");

        response.then().statusCode(202);
        String token = accounts.login(email, TestAccounts.PASSWORD).accessToken();
        given().auth().oauth2(token).get("/api/users/me").then().statusCode(200)
                .body("role", equalTo("customer"))
                .body("permissions", empty());
        assertThat(Jwts.claims(token).getString("role")).isEqualTo("customer");
        assertThat(Jwts.claims(token).getList("perms")).isEmpty();
        given().auth().oauth2(token).get("/api/admin/users").then().statusCode(403);
    }

    @Test
    void anAdminListsUsersFilteredByEmail() {
        Account account = accounts.register();
        String fragment = account.email().substring(0, account.email().indexOf('@')).toUpperCase();

        given().auth().oauth2(accounts.adminToken()).queryParam("email", fragment).queryParam("limit", 5)
                .get("/api/admin/users").then().statusCode(200)
                .body("data.email", contains(account.email()))
                .body("data[0].id", equalTo(account.id().toString()))
                .body("data[0].role", equalTo("customer"))
                .body("pagination.page", equalTo(1))
                .body("pagination.perPage", equalTo(5))
                .body("pagination.total", equalTo(1))
                .body("pagination.totalPages", equalTo(1));
    }

    @Test
    void theUserListIsPaginated() {
        accounts.register();
        accounts.register();

        given().auth().oauth2(accounts.adminToken()).queryParam("limit", 1).queryParam("page", 2)
                .get("/api/admin/users").then().statusCode(200)
                .body("data.size()", equalTo(1))
                .body("pagination.page", equalTo(2))
                .body("pagination.total", greaterThanOrEqualTo(3));
        Contract.invalidRequest().auth().oauth2(accounts.adminToken()).queryParam("limit", 101)
                .get("/api/admin/users").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void aRoleChangeEndsTheAccountsSessionsAndTakesEffectWithTheNextSignIn() {
        Account account = accounts.register();
        given().auth().oauth2(account.accessToken()).get("/api/admin/users").then().statusCode(403);

        changeRole(accounts.adminToken(), account.id(), "order_manager").then().statusCode(200)
                .body("role", equalTo("order_manager"))
                .body("permissions", containsInAnyOrder(Permissions.ORDERS_MANAGE, Permissions.CUSTOMERS_READ));

        // the old tokens stop at once (their claims name the old role); signing in again gives the new one
        given().auth().oauth2(account.accessToken()).get("/api/admin/users").then().statusCode(401)
                .body("error", equalTo("invalid_token"));
        refresh(account.refreshToken()).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
        String next = accounts.login(account.email(), account.password()).accessToken();
        assertThat(Jwts.claims(next).getString("role")).isEqualTo("order_manager");
        given().auth().oauth2(next).get("/api/admin/users").then().statusCode(200);
        // customers:read does not include managing users
        changeRole(next, account.id(), "admin").then().statusCode(403);
    }

    @Test
    void anUnknownRoleIsABadRequest() {
        Account account = accounts.register();

        changeRole(accounts.adminToken(), account.id(), "emperor").then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("unknown_role"))
                .body("roles", hasItem("catalog_manager"));
    }

    @Test
    void anAdminCannotChangeTheirOwnRole() {
        String token = accounts.adminToken();
        String adminId = given().auth().oauth2(token).get("/api/users/me").then().extract().path("id");

        changeRole(token, UUID.fromString(adminId), "customer").then().statusCode(409)
                .body("error", equalTo("cannot_change_own_role"));
        given().auth().oauth2(accounts.adminToken()).get("/api/users/me").then().body("role", equalTo("admin"));
    }

    @Test
    void changingTheRoleOfAnUnknownUserIsANotFound() {
        changeRole(accounts.adminToken(), UUID.randomUUID(), "analyst").then().statusCode(404)
                .body("error", equalTo("user_not_found"));
    }

    @Test
    void theRolesAreListedWithTheirPermissions() {
        given().auth().oauth2(accounts.adminToken()).get("/api/admin/roles").then().statusCode(200)
                .body("find { it.name == 'customer' }.permissions", empty())
                .body("find { it.name == 'marketing' }.permissions",
                        containsInAnyOrder(Permissions.COUPONS_MANAGE, Permissions.PRICING_MANAGE,
                                Permissions.ANALYTICS_READ))
                .body("find { it.name == 'admin' }.permissions", containsInAnyOrder(Permissions.ALL.toArray()));
    }

    @Test
    void theHelperGivesAnAccountAStaffRole() {
        Account analyst = accounts.withRole("analyst");

        assertThat(Jwts.claims(analyst.accessToken()).getList("perms", String.class))
                .isEqualTo(List.of(Permissions.ANALYTICS_READ));
    }

    private static Response changeRole(String token, UUID userId, String role) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("role", role))
                .put("/api/admin/users/{id}/role", userId);
    }
}
