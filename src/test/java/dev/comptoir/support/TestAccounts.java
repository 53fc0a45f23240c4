package dev.comptoir.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Real accounts through the real routes: registration, login, and the bootstrap admin of the test
 * profile. Inject with {@code @Autowired}; every account gets a unique email.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private final String adminEmail;
    private final String adminPassword;

    TestAccounts(@Value("${comptoir.admin.email}") String adminEmail,
            @Value("${comptoir.admin.password}") String adminPassword) {
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    public record Account(UUID id, String email, String password, String accessToken, String refreshToken) {}

    public record Tokens(String accessToken, String refreshToken) {}

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    }

    /** A new customer with a unique email and {@link #PASSWORD}, signed in. */
    public Account register() {
        return register(uniqueEmail(), PASSWORD);
    }

    /**
     * Registers (202: the answer says nothing of the account, ADR 0006) and logs in, as a storefront
     * does; the account's id is the subject of its access token.
     */
    public Account register(String email, String password) {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "firstName", "Test", "lastName", "Customer"))
                .post("/api/auth/register")
                .then().statusCode(202);
        Tokens tokens = login(email, password);
        return new Account(subject(tokens.accessToken()), email.strip().toLowerCase(Locale.ROOT), password,
                tokens.accessToken(), tokens.refreshToken());
    }

    /** The user id an access token is for (read, not verified: the server made it). */
    public static UUID subject(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return UUID.fromString(JsonPath.from(new String(Base64.getUrlDecoder().decode(payload),
                StandardCharsets.UTF_8)).getString("sub"));
    }

    public Tokens login(String email, String password) {
        JsonPath body = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/auth/login")
                .then().statusCode(200).extract().jsonPath();
        return new Tokens(body.getString("accessToken"), body.getString("refreshToken"));
    }

    /** An access token of the bootstrap admin, obtained by a real login. */
    public String adminToken() {
        return login(adminEmail, adminPassword).accessToken();
    }

    public String adminEmail() {
        return adminEmail;
    }

    /** A new account given {@code role} by the admin, logged in again so its token carries the role. */
    public Account withRole(String role) {
        Account account = register();
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("role", role))
                .put("/api/admin/users/{id}/role", account.id())
                .then().statusCode(200);
        Tokens tokens = login(account.email(), account.password());
        return new Account(account.id(), account.email(), account.password(), tokens.accessToken(),
                tokens.refreshToken());
    }
}
