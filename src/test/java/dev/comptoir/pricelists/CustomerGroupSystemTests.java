package dev.comptoir.pricelists;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SystemTest
class CustomerGroupSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PriceLists priceLists;

    @Test
    void anAdminCreatesReadsRenamesListsAndDeletesAGroup() {
        String name = unique("VIP");
        String id = admin().body(group(name, "Our best customers")).post("/api/admin/customer-groups")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("description", equalTo("Our best customers"))
                .body("memberCount", equalTo(0))
                .body("createdAt", notNullValue())
                .extract().path("id");

        admin().get("/api/admin/customer-groups/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(name));

        admin().body(group(name + " gold", null)).put("/api/admin/customer-groups/{id}", id).then().statusCode(200)
                .body("name", equalTo(name + " gold"))
                .body("description", nullValue());

        admin().queryParam("limit", 100).get("/api/admin/customer-groups").then().statusCode(200)
                .body("data.name", hasItem(name + " gold"))
                .body("pagination.page", equalTo(1));

        admin().delete("/api/admin/customer-groups/{id}", id).then().statusCode(204);
        admin().get("/api/admin/customer-groups/{id}", id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("error", equalTo("customer_group_not_found"));
        admin().delete("/api/admin/customer-groups/{id}", id).then().statusCode(404);
        admin().body(group(unique("x"), null)).put("/api/admin/customer-groups/{id}", id).then().statusCode(404);
    }

    @Test
    void aGroupNameIsUniqueWhateverItsCase() {
        String name = unique("Pros");
        admin().body(group(name, null)).post("/api/admin/customer-groups").then().statusCode(201);

        admin().body(group(name.toUpperCase(), null)).post("/api/admin/customer-groups").then().statusCode(409)
                .body("error", equalTo("duplicate_customer_group_name"));
        String other = admin().body(group(unique("Other"), null)).post("/api/admin/customer-groups")
                .then().statusCode(201).extract().path("id");
        admin().body(group(" " + name.toLowerCase() + " ", null)).put("/api/admin/customer-groups/{id}", other)
                .then().statusCode(409)
                .body("error", equalTo("duplicate_customer_group_name"));
    }

    @Test
    void membersAreAddedListedWithTheirEmailAndRemoved() {
        String id = newGroup();
        Account ada = accounts.register();
        Account bob = accounts.register();

        admin().body(Map.of("userIds", List.of(ada.id()))).post("/api/admin/customer-groups/{id}/members", id)
                .then().statusCode(200)
                .body("memberCount", equalTo(1));
        // adding again, with someone new: the existing member stays once
        admin().body(Map.of("userIds", List.of(bob.id(), ada.id(), bob.id())))
                .post("/api/admin/customer-groups/{id}/members", id).then().statusCode(200)
                .body("memberCount", equalTo(2));

        admin().get("/api/admin/customer-groups/{id}/members", id).then().statusCode(200)
                .body("data.userId", contains(bob.id().toString(), ada.id().toString()))
                .body("data.email", contains(bob.email(), ada.email()))
                .body("data[0].firstName", equalTo("Test"))
                .body("data[0].addedAt", notNullValue())
                .body("pagination.total", equalTo(2));
        admin().queryParam("limit", 1).queryParam("page", 2).get("/api/admin/customer-groups/{id}/members", id)
                .then().statusCode(200)
                .body("data.email", contains(ada.email()))
                .body("pagination.totalPages", equalTo(2));
        assertThat(priceLists.groupsOf(ada.id())).contains(UUID.fromString(id));

        admin().delete("/api/admin/customer-groups/{id}/members/{userId}", id, ada.id()).then().statusCode(204);
        admin().delete("/api/admin/customer-groups/{id}/members/{userId}", id, ada.id()).then().statusCode(404)
                .body("error", equalTo("member_not_found"));
        admin().get("/api/admin/customer-groups/{id}/members", id).then().statusCode(200)
                .body("data.email", contains(bob.email()));
        admin().get("/api/admin/customer-groups/{id}", id).then().body("memberCount", equalTo(1));
        assertThat(priceLists.groupsOf(ada.id())).doesNotContain(UUID.fromString(id));
    }

    @Test
    void anUnknownUserIsRefusedAndNothingIsAdded() {
        String id = newGroup();
        Account ada = accounts.register();
        UUID nobody = UUID.randomUUID();

        admin().body(Map.of("userIds", List.of(ada.id(), nobody))).post("/api/admin/customer-groups/{id}/members", id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("error", equalTo("unknown_user"))
                .body("userIds", contains(nobody.toString()))
                .body("errors[0].field", equalTo("userIds"));
        admin().get("/api/admin/customer-groups/{id}", id).then().body("memberCount", equalTo(0));

        admin().body(Map.of("userIds", List.of(ada.id())))
                .post("/api/admin/customer-groups/{id}/members", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("customer_group_not_found"));
        admin().get("/api/admin/customer-groups/{id}/members", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("customer_group_not_found"));
        admin().filter(Contract.INVALID_REQUEST).body(Map.of("userIds", List.of()))
                .post("/api/admin/customer-groups/{id}/members", id).then().statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem("userIds"));
        admin().filter(Contract.INVALID_REQUEST).body(Map.of("userIds", List.of("not-a-uuid")))
                .post("/api/admin/customer-groups/{id}/members", id).then().statusCode(400);
    }

    @Test
    void membersAddedWhileTheGroupIsDeletedAreAddedOrFindNoGroup() throws Exception {
        Account ada = accounts.register();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String id = newGroup();
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> added = pool.submit(() -> {
                    start.await();
                    return admin().body(Map.of("userIds", List.of(ada.id())))
                            .post("/api/admin/customer-groups/{id}/members", id).then().extract().statusCode();
                });
                Future<Integer> deleted = pool.submit(() -> {
                    start.await();
                    return admin().delete("/api/admin/customer-groups/{id}", id).then().extract().statusCode();
                });
                start.countDown();

                assertThat(added.get(30, TimeUnit.SECONDS)).isIn(200, 404);
                assertThat(deleted.get(30, TimeUnit.SECONDS)).isEqualTo(204);
                admin().get("/api/admin/customer-groups/{id}", id).then().statusCode(404);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(priceLists.groupsOf(ada.id())).isEmpty();
    }

    @Test
    void aDeactivatedAccountStaysListedWithoutItsEmail() {
        String id = newGroup();
        Account gone = accounts.register();
        admin().body(Map.of("userIds", List.of(gone.id()))).post("/api/admin/customer-groups/{id}/members", id)
                .then().statusCode(200);
        given().auth().oauth2(tokens.admin()).delete("/api/admin/users/{id}", gone.id()).then().statusCode(204);

        admin().get("/api/admin/customer-groups/{id}/members", id).then().statusCode(200)
                .body("data[0].userId", equalTo(gone.id().toString()))
                .body("data[0].email", nullValue());
        // and a deactivated account cannot join
        admin().body(Map.of("userIds", List.of(gone.id()))).post("/api/admin/customer-groups/{id}/members", newGroup())
                .then().statusCode(422)
                .body("error", equalTo("unknown_user"));
    }

    @Test
    void invalidGroupsAreRefusedNamingTheField() {
        assertInvalid(group("", null), "name");
        assertInvalid(group(" ", null), "name");
        assertInvalid(group("x".repeat(101), null), "name");
        assertInvalid(group(unique("long"), "d".repeat(501)), "description");
        admin().filter(Contract.INVALID_REQUEST).body("{\"name\": ").post("/api/admin/customer-groups").then()
                .statusCode(400)
                .body("error", equalTo("malformed_json"));
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        admin().filter(Contract.INVALID_REQUEST).body(body).post("/api/admin/customer-groups").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void groupsNeedThePricingPermission() {
        given().get("/api/admin/customer-groups").then().statusCode(401).body("error", equalTo("unauthorized"));
        String customer = tokens.customer(UUID.randomUUID());
        as(customer).get("/api/admin/customer-groups").then().statusCode(403).body("error", equalTo("forbidden"));

        String catalogManager = accounts.withRole("catalog_manager").accessToken();
        as(catalogManager).get("/api/admin/customer-groups").then().statusCode(403).body("error", equalTo("forbidden"));
        as(catalogManager).body(group(unique("cat"), null)).post("/api/admin/customer-groups").then().statusCode(403);

        // the marketing role holds pricing:manage (V21): a real account, signed in
        String marketing = accounts.withRole("marketing").accessToken();
        String id = as(marketing).body(group(unique("mkt"), null)).post("/api/admin/customer-groups")
                .then().statusCode(201).extract().path("id");
        as(catalogManager).delete("/api/admin/customer-groups/{id}", id).then().statusCode(403);
        as(catalogManager).get("/api/admin/customer-groups/{id}/members", id).then().statusCode(403);
        as(marketing).delete("/api/admin/customer-groups/{id}", id).then().statusCode(204);
    }

    private String newGroup() {
        return admin().body(group(unique("G"), null)).post("/api/admin/customer-groups").then().statusCode(201)
                .extract().path("id");
    }

    private RequestSpecification admin() {
        return as(tokens.staff(Permissions.PRICING_MANAGE));
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> group(String name, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", description);
        return body;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
