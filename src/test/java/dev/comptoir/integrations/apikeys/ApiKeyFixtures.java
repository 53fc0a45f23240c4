package dev.comptoir.integrations.apikeys;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API keys made through the admin routes, and requests that carry them. */
final class ApiKeyFixtures {

    record Key(UUID id, String token) {}

    private final String adminToken;

    ApiKeyFixtures(String adminToken) {
        this.adminToken = adminToken;
    }

    RequestSpecification admin() {
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON);
    }

    static RequestSpecification with(Key key) {
        return given().header("X-API-Key", key.token()).contentType(ContentType.JSON);
    }

    Key secret(String... permissions) {
        return create(Map.of("kind", "secret", "name", "erp", "permissions", List.of(permissions)));
    }

    Key publishable(Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(settings);
        body.put("kind", "publishable");
        body.put("name", "storefront");
        return create(body);
    }

    Key create(Map<String, Object> body) {
        JsonPath created = admin().body(body).post("/api/admin/api-keys").then().statusCode(201).extract().jsonPath();
        return new Key(UUID.fromString(created.getString("id")), created.getString("token"));
    }
}
