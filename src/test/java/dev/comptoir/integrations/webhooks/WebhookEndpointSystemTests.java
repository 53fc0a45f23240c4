package dev.comptoir.integrations.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin routes of webhook endpoints: their life, their refusals, and who may use them. */
@SystemTest
class WebhookEndpointSystemTests {

    @Autowired
    TestTokens tokens;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static final String URL = "http://127.0.0.1:9/hook";

    @Test
    void anAdminCreatesReadsEditsAndDeletesAnEndpointWhoseSecretIsShownOnce() {
        var created = admin().contentType("application/json")
                .body(Map.of("url", URL, "events", List.of("order.paid", "order.paid", "product.created"),
                        "description", "ERP"))
                .post("/api/admin/webhooks").then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("active", equalTo(true))
                .body("events", contains("order.paid", "product.created")).body("description", equalTo("ERP"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo("/api/admin/webhooks/" + id);
        // at rest the secret is encrypted
        String stored = jdbc.queryForObject("SELECT secret FROM webhook_endpoints WHERE id = ?::uuid", String.class, id);
        assertThat(stored).startsWith("enc1:").doesNotContain(((String) created.path("secret")).substring(6));
        admin().get("/api/admin/webhooks/{id}", id).then().statusCode(200).body("url", equalTo(URL))
                .body("secret", nullValue()).body("disabledReason", nullValue());
        admin().get("/api/admin/webhooks").then().statusCode(200).body("id", hasItem(id))
                .body("secret", not(hasItem(notNullValue())));

        admin().contentType("application/json").body(Map.of("url", URL + "2", "events", List.of("*"),
                "active", false)).put("/api/admin/webhooks/{id}", id).then().statusCode(200)
                .body("url", equalTo(URL + "2")).body("events", contains("*")).body("active", equalTo(false))
                .body("description", nullValue()).body("secret", nullValue());
        admin().get("/api/admin/webhooks/{id}/deliveries", id).then().statusCode(200)
                .body("pagination.total", equalTo(0));

        admin().delete("/api/admin/webhooks/{id}", id).then().statusCode(204);
        admin().get("/api/admin/webhooks/{id}", id).then().statusCode(404).body("error", equalTo("webhook_not_found"));
        admin().delete("/api/admin/webhooks/{id}", id).then().statusCode(404).body("error", equalTo("webhook_not_found"));
        admin().contentType("application/json").body(Map.of("url", URL, "events", List.of("*")))
                .put("/api/admin/webhooks/{id}", id).then().statusCode(404).body("error", equalTo("webhook_not_found"));
        admin().contentType("application/json").post("/api/admin/webhooks/{id}/rotate-secret", id).then().statusCode(404)
                .body("error", equalTo("webhook_not_found"));
        admin().get("/api/admin/webhooks/{id}/deliveries", id).then().statusCode(404)
                .body("error", equalTo("webhook_not_found"));
    }

    @Test
    void badEndpointsAreRefusedWithAStableCode() {
        refused(Map.of("url", "ftp://example.com/hook", "events", List.of("order.paid")), "invalid_url");
        refused(Map.of("url", "https://user:secret@example.com/hook", "events", List.of("order.paid")), "invalid_url");
        refused(Map.of("url", "not a url", "events", List.of("order.paid")), "invalid_url");
        refused(Map.of("url", URL, "events", List.of("order.teleported")), "unknown_event");
        String id = admin().contentType("application/json").body(Map.of("url", URL, "events", List.of("*")))
                .post("/api/admin/webhooks").then().statusCode(201).extract().path("id");
        admin().contentType("application/json").body(Map.of("overlap", "P30D"))
                .post("/api/admin/webhooks/{id}/rotate-secret", id).then().statusCode(400)
                .body("error", equalTo("invalid_overlap"));
        Contract.invalidRequest().auth().oauth2(tokens.admin()).queryParam("status", "lost").get("/api/admin/webhooks/{id}/deliveries", id).then()
                .statusCode(400).body("error", equalTo("invalid_status"));
        admin().get("/api/admin/webhooks/{id}/deliveries/{d}", id, UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("delivery_not_found"));
        admin().post("/api/admin/webhooks/{id}/deliveries/{d}/replay", id, UUID.randomUUID()).then()
                .statusCode(404).body("error", equalTo("delivery_not_found"));
        admin().delete("/api/admin/webhooks/{id}", id).then().statusCode(204);
        // no events at all breaks the contract itself
        Contract.invalidRequest().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("url", URL, "events", List.of())).post("/api/admin/webhooks").then().statusCode(400)
                .body("error", equalTo("invalid_data"));
    }

    @Test
    void onlyAdminsManageWebhooks() {
        String staff = tokens.token(UUID.randomUUID(), "staff", Permissions.ALL);
        given().auth().oauth2(staff).get("/api/admin/webhooks").then().statusCode(403);
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("url", URL, "events", List.of("*")))
                .post("/api/admin/webhooks").then().statusCode(403);
        given().auth().oauth2(tokens.customer(UUID.randomUUID())).get("/api/admin/webhooks").then().statusCode(403);
        given().get("/api/admin/webhooks").then().statusCode(401);
    }

    private void refused(Map<String, Object> body, String code) {
        admin().contentType("application/json").body(body).post("/api/admin/webhooks").then().statusCode(400)
                .body("error", equalTo(code));
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(tokens.admin());
    }
}
