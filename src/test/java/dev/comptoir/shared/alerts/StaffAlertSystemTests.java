package dev.comptoir.shared.alerts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.shared.alerts.StaffAlert.Subject;
import dev.comptoir.shared.alerts.StaffAlerts.Raise;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/admin/alerts}: listed for orders:manage, resolved by staff, refused as problems. */
@SystemTest
class StaffAlertSystemTests {

    @Autowired
    StaffAlerts alerts;
    @Autowired
    TestAccounts accounts;

    private String raiseMismatch() {
        String payment = UUID.randomUUID().toString();
        alerts.raise(new Raise(AlertKinds.PAYMENT_MISMATCH, payment, new Subject("payment", payment),
                "A payment did not match its order", "expected 10.00 EUR, received 1.00 EUR",
                Instant.parse("2026-11-30T10:00:00Z"), 1));
        return payment;
    }

    @Test
    void staffSeeAnOpenAlertAndResolveItWithANote() {
        String payment = raiseMismatch();
        String admin = accounts.adminToken();
        String id = given().auth().oauth2(admin).queryParam("kind", "payment_mismatch").queryParam("limit", 100)
                .get("/api/admin/alerts").then().statusCode(200)
                .body("data.subject.id", hasItem(payment)).body("pagination.page", equalTo(1))
                .extract().path("data.find { it.subject.id == '" + payment + "' }.id");
        given().auth().oauth2(admin).get("/api/admin/alerts/{id}", id).then().statusCode(200)
                .body("status", equalTo("open")).body("attempts", equalTo(1))
                .body("lastError", equalTo("expected 10.00 EUR, received 1.00 EUR"))
                .body("retryable", equalTo(false)).body("handledAt", nullValue());
        // a mismatch is a decision for staff, not something to retry
        given().auth().oauth2(admin).post("/api/admin/alerts/{id}/retry", id).then().statusCode(409)
                .contentType("application/problem+json").body("error", equalTo("alert_not_retryable"));
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("note", "refunded by phone"))
                .post("/api/admin/alerts/{id}/resolve", id).then().statusCode(200)
                .body("status", equalTo("resolved")).body("note", equalTo("refunded by phone"))
                .body("handledBy", equalTo("admin:" + adminId(admin)));
        // resolved alerts leave the default (open) list but stay findable
        given().auth().oauth2(admin).queryParam("kind", "payment_mismatch").queryParam("limit", 100)
                .get("/api/admin/alerts").then().statusCode(200).body("data.id", not(hasItem(id)));
        given().auth().oauth2(admin).queryParam("status", "resolved").queryParam("limit", 100)
                .get("/api/admin/alerts").then().statusCode(200).body("data.id", hasItem(id));
    }

    @Test
    void theSameFailureSeenAgainUpdatesItsAlertInsteadOfAddingOne() {
        String payment = raiseMismatch();
        raiseMismatchAgain(payment);
        given().auth().oauth2(accounts.adminToken()).queryParam("kind", "payment_mismatch").queryParam("limit", 100)
                .get("/api/admin/alerts").then().statusCode(200)
                .body("data.findAll { it.subject.id == '" + payment + "' }.size()", equalTo(1))
                .body("data.find { it.subject.id == '" + payment + "' }.attempts", equalTo(2));
    }

    private void raiseMismatchAgain(String payment) {
        alerts.raise(new Raise(AlertKinds.PAYMENT_MISMATCH, payment, new Subject("payment", payment),
                "A payment did not match its order", "seen again", Instant.parse("2026-11-30T10:00:00Z"), 2));
    }

    @Test
    void onlyStaffWhoManageOrdersSeeAlertsAndBadInputIsAProblem() {
        given().auth().oauth2(accounts.register().accessToken()).get("/api/admin/alerts").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/admin/alerts").then().statusCode(401);
        String admin = accounts.adminToken();
        Contract.invalidRequest().auth().oauth2(admin).queryParam("status", "bogus").get("/api/admin/alerts").then().statusCode(400)
                .body("error", equalTo("invalid_data"));
        Contract.invalidRequest().auth().oauth2(admin).queryParam("limit", 500).get("/api/admin/alerts").then().statusCode(400);
        given().auth().oauth2(admin).get("/api/admin/alerts/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("alert_not_found"));
        Contract.invalidRequest().auth().oauth2(admin).get("/api/admin/alerts/not-a-uuid").then().statusCode(400);
    }

    private static String adminId(String token) {
        return given().auth().oauth2(token).get("/api/users/me").then().extract().path("id");
    }
}
