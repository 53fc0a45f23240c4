package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.comptoir.integrations.webhooks.WebhookReceiver;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Webhook endpoints on the dashboard: an admin's, with the secret shown once, the log and a replay. */
@BrowserTest
class WebhooksBrowserTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;
    @Value("${comptoir.admin.password}")
    String adminPassword;

    @Test
    void anAdminAddsAnEndpointSeesItFailSwitchesItBackOnAndReplaysTheDelivery(AdminUi ui) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String url = receiver.path("dashboard");
            receiver.alwaysAnswer(url, 500);
            ui.signIn(accounts.adminEmail(), adminPassword);
            ui.go("#/webhooks", "Webhooks");
            ui.page().getByText("New endpoint").click();
            assertThat(ui.heading()).containsText("New endpoint");
            ui.page().getByLabel("URL").fill(url);
            ui.page().getByLabel("Description").fill("Dashboard receiver");
            ui.page().getByLabel("product.created").check();
            ui.button("Create the endpoint").click();

            // the secret, this once
            Locator secret = ui.page().locator("[data-test=secret] code");
            assertThat(secret).containsText("whsec_");
            String first = secret.textContent();
            assertThat(ui.heading()).containsText("Webhook endpoint");
            ui.screenshot("40-webhook-created");

            // a product is created: the receiver keeps failing, the endpoint is switched off
            catalog.product("4.00", 1);
            String endpoint = ui.page().url().replaceAll(".*#/webhooks/", "");
            reloadUntil(ui, endpoint, "Off: failing");
            assertThat(ui.page().locator("[data-test=deliveries] tbody tr")).hasCount(1);
            assertThat(ui.page().locator("[data-test=deliveries]")).containsText("Failed");
            assertThat(secret).hasCount(0);
            ui.page().locator("[data-test=deliveries] tbody tr a").first().click();
            assertThat(ui.page().locator("[data-test=attempts] tbody tr")).hasCount(4);
            assertThat(ui.page().locator("[data-test=attempts]")).containsText("500");

            // fixed, switched back on, replayed
            receiver.alwaysAnswer(url, 200);
            ui.button("Switch on").click();
            assertThat(ui.status()).containsText("Endpoint switched on");
            ui.button("Replay").click();
            assertThat(ui.status()).containsText("Delivery sent again.");
            reloadUntil(ui, endpoint, "Delivered");
            assertThat(ui.page().locator("[data-test=deliveries] tbody tr").first()).containsText("5");
            assertThat(receiver.to(url)).hasSize(5);
            ui.screenshot("41-webhook-log");

            // a rotation shows the new secret once
            ui.button("Rotate the secret").click();
            assertThat(ui.page().locator("[data-test=secret] code")).containsText("whsec_");
            assertThat(ui.page().locator("[data-test=secret] code").textContent()).isNotEqualTo(first);

            ui.page().onDialog(dialog -> dialog.accept());
            ui.button("Delete the endpoint").click();
            assertThat(ui.heading()).hasText("Webhooks");
            assertThat(ui.page().getByText(url)).hasCount(0);
        }
    }

    @Test
    void staffWhoAreNotAdminsHaveNoWebhooksScreen(AdminUi ui) {
        Account manager = accounts.withRole("order_manager");
        ui.signIn(manager.email(), manager.password());
        assertThat(ui.menu("Webhooks")).hasCount(0);
        ui.go("#/webhooks", "Webhooks");
        assertThat(ui.alert()).containsText("You do not have permission");
    }

    /** The endpoint's screen shown again until it shows {@code text} (the log fills after commit). */
    private static void reloadUntil(AdminUi ui, String endpoint, String text) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            ui.go("#/webhooks", "Webhooks");
            ui.go("#/webhooks/" + endpoint, "Webhook endpoint");
            return ui.page().locator("main").textContent().contains(text);
        });
    }
}
