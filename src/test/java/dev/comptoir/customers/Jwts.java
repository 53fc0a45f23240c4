package dev.comptoir.customers;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads a JWT's claims without verifying it: tests look at what the server put in. */
final class Jwts {

    private Jwts() {}

    static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
