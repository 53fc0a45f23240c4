package dev.comptoir.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMailServer;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Emails are written in the reader's language — the account's (from Accept-Language at registration,
 * changeable in the profile), a guest's Accept-Language at checkout — as HTML with a plain-text part.
 */
@SystemTest
class EmailLanguageSystemTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestPayments payments;
    @Autowired
    TestTokens tokens;

    @Test
    void anAccountRegisteredInFrenchIsWrittenToInFrenchAsHtmlWithATextPart() throws Exception {
        String email = TestAccounts.uniqueEmail();
        register(email, "fr-CA,fr;q=0.9,en;q=0.8");

        MimeMessage message = TestMailServer.awaitMessage(email, "Confirmez votre adresse email");
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").contains("UTF-8");
        assertThat(TestMailServer.text(message)).contains("Bonjour Ada,").contains("Bienvenue !")
                .contains("https://shop.example.com/account/verify-email?token=");
        assertThat(TestMailServer.html(message)).contains("<html lang=\"fr\"").contains("Confirmer mon adresse")
                .contains("href=\"https://shop.example.com/account/verify-email?token=" + TestMailServer.token(message)
                        + "\"");
        String token = accounts.login(email, TestAccounts.PASSWORD).accessToken();
        Contract.request().auth().oauth2(token).get("/api/users/me").then().body("locale", equalTo("fr"));
    }

    @Test
    void anUnsupportedOrMissingLanguageIsEnglishAndTheProfileChangesIt() {
        String german = TestAccounts.uniqueEmail();
        register(german, "de-DE,de;q=0.9");
        MimeMessage message = TestMailServer.awaitMessage(german, "Confirm your email address");
        assertThat(TestMailServer.html(message)).contains("<html lang=\"en\"");

        Account account = accounts.register();
        Contract.request().auth().oauth2(account.accessToken()).get("/api/users/me").then()
                .body("locale", equalTo("en"));
        Contract.request().auth().oauth2(account.accessToken()).contentType("application/json")
                .body(Map.of("locale", "fr")).patch("/api/users/me").then().statusCode(200)
                .body("locale", equalTo("fr")).body("firstName", equalTo("Test"));
        Contract.invalidRequest().auth().oauth2(account.accessToken()).contentType("application/json")
                .body(Map.of("locale", "de")).patch("/api/users/me").then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors[0].field", equalTo("locale"));

        Contract.request().contentType("application/json").body(Map.of("email", account.email()))
                .post("/api/auth/password-reset").then().statusCode(202);
        assertThat(TestMailServer.text(TestMailServer.awaitMessage(account.email(),
                "Réinitialisez votre mot de passe"))).contains("Bonjour Test,");
    }

    @Test
    void aGuestOrderIsConfirmedInTheLanguageOfItsCheckout() {
        Sku sku = catalog.product("15.00", 10);
        String email = TestAccounts.uniqueEmail();
        String session = Contract.request().get("/api/cart").then().extract().header("X-Session-Id");
        Contract.request().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        var order = Contract.request().header("X-Session-Id", session).header("Accept-Language", "fr")
                .contentType("application/json")
                .body(Map.of("email", email, "shippingAddress", Map.of("firstName", "Ada", "lastName", "Lovelace",
                        "line1", "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().jsonPath();

        payments.pay(order.getString("id"), Contract.request().header("X-Guest-Token", order.getString("guestToken")));

        MimeMessage confirmed = TestMailServer.awaitMessage(email,
                "Votre commande " + order.getString("orderNumber") + " est confirmée");
        // 15.00 + 4.90 shipping + 20% VAT on the goods: 22.90, written the French way
        assertThat(TestMailServer.text(confirmed)).contains("nous avons bien reçu votre paiement de 22,90\u00a0€")
                .contains("1 × Test product " + sku.sku());
        assertThat(TestMailServer.html(confirmed)).contains("<html lang=\"fr\"").contains(sku.sku());
    }

    @Test
    void aConfirmationNamesItsItemsInTheOrdersLanguageWhenTheyAreTranslated() {
        Sku translated = catalog.variantProduct("20.00", null, 10);
        Sku untranslated = catalog.product("5.00", 10);
        Contract.request().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", "Produit à déclinaisons"))
                .put("/api/admin/products/{id}/translations/fr", translated.productId()).then().statusCode(201);
        String email = TestAccounts.uniqueEmail();
        String session = Contract.request().get("/api/cart").then().extract().header("X-Session-Id");
        for (Sku sku : new Sku[] {translated, untranslated}) {
            Map<String, Object> line = new HashMap<>(Map.of("productId", sku.productId(), "quantity", 1));
            if (sku.variantId() != null) {
                line.put("variantId", sku.variantId());
            }
            Contract.request().header("X-Session-Id", session).contentType("application/json").body(line)
                    .post("/api/cart/items").then().statusCode(200);
        }
        var order = Contract.request().header("X-Session-Id", session).header("Accept-Language", "fr")
                .contentType("application/json")
                .body(Map.of("email", email, "shippingAddress", Map.of("firstName", "Ada", "lastName", "Lovelace",
                        "line1", "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().jsonPath();
        payments.pay(order.getString("id"), Contract.request().header("X-Guest-Token", order.getString("guestToken")));

        MimeMessage confirmed = TestMailServer.awaitMessage(email,
                "Votre commande " + order.getString("orderNumber") + " est confirmée");
        assertThat(TestMailServer.text(confirmed)).contains("1 × Produit à déclinaisons — M")
                .contains("1 × Test product " + untranslated.sku());
        assertThat(TestMailServer.html(confirmed)).contains("Produit à déclinaisons — M");
        // the order keeps the names the catalog had at checkout, for staff and reports
        assertThat(order.getList("items.name", String.class)).contains("Variant product "
                + translated.sku().substring(0, translated.sku().length() - 2) + " — M");
    }

    @Test
    void aCustomersOrderEmailsAreInTheLanguageOfTheProfile() {
        Sku sku = catalog.product("15.00", 10);
        Account account = accounts.register();
        Contract.request().auth().oauth2(account.accessToken()).contentType("application/json")
                .body(Map.of("locale", "fr")).patch("/api/users/me").then().statusCode(200);
        Contract.request().auth().oauth2(account.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        // the account's language wins over the request's
        var order = Contract.request().auth().oauth2(account.accessToken()).header("Accept-Language", "en")
                .contentType("application/json")
                .body(Map.of("shippingAddress", Map.of("firstName", "Ada", "lastName", "Lovelace",
                        "line1", "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().jsonPath();

        payments.pay(order.getString("id"), Contract.request().auth().oauth2(account.accessToken()));

        TestMailServer.awaitMessage(account.email(), "Votre commande " + order.getString("orderNumber")
                + " est confirmée");
    }

    private static void register(String email, String acceptLanguage) {
        Contract.request().header("Accept-Language", acceptLanguage).contentType("application/json")
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "firstName", "Ada", "lastName", "Lovelace"))
                .post("/api/auth/register").then().statusCode(202);
    }
}
