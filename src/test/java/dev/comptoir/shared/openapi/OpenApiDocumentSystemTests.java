package dev.comptoir.shared.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.SystemTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks the published OpenAPI document so that it cannot regress: every operation has a meaningful
 * id, a summary, a description and a tag, a named schema for each success body, and its problem
 * responses with the error codes it can produce.
 */
@SystemTest
class OpenApiDocumentSystemTests {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern NUMBERED = Pattern.compile(".*_\\d+$");
    private static final Pattern MEANINGFUL_ID = Pattern.compile("[a-z][a-zA-Z0-9]+");

    @Test
    void everyOperationIsDocumentedWellEnoughToGenerateAClient() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        List<String> faults = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String where = method.toUpperCase() + " " + path + ": ";
            String id = (String) operation.get("operationId");
            if (id == null || NUMBERED.matcher(id).matches() || !MEANINGFUL_ID.matcher(id).matches()) {
                faults.add(where + "operationId " + id + " is missing, numbered or not camelCase");
            } else if (!ids.add(id)) {
                faults.add(where + "operationId " + id + " is used twice");
            }
            for (String text : List.of("summary", "description")) {
                if (!(operation.get(text) instanceof String s) || s.isBlank()) {
                    faults.add(where + "no " + text);
                }
            }
            if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                faults.add(where + "no tag");
            }
            faults.addAll(responseFaults(where, responses(operation)));
        }));
        assertThat(faults).isEmpty();
    }

    @Test
    void securityIsDeclaredOnlyWhereATokenIsUsed() {
        JsonPath doc = document();
        assertThat(doc.getList("security")).as("no document-wide security").isNullOrEmpty();
        assertThat(doc.getList("paths.'/api/products'.get.security")).isNullOrEmpty();
        assertThat(doc.getList("paths.'/health'.get.security")).isNullOrEmpty();
        assertThat(doc.getList("paths.'/api/admin/orders'.get.security.bearer")).isNotEmpty();
        // the cart works without a token, and with one it is the customer's cart
        assertThat(doc.getList("paths.'/api/cart'.get.security")).hasSize(2).contains(Map.of());
    }

    @Test
    void theServerIsTheConfiguredPublicUrlWhateverTheRequestsHost() {
        List<String> servers = given().header("Host", "evil.example.com").get("/api/docs/openapi.json")
                .then().statusCode(200).extract().jsonPath().getList("servers.url");
        assertThat(servers).containsExactly("http://localhost:3000");
    }

    private static List<String> responseFaults(String where, Map<String, Map<String, Object>> responses) {
        List<String> faults = new ArrayList<>();
        boolean success = false;
        boolean clientError = false;
        for (var response : responses.entrySet()) {
            String status = response.getKey();
            Map<String, Object> content = (Map<String, Object>) response.getValue().get("content");
            if (status.startsWith("2")) {
                success = true;
                if (content != null) {
                    content.forEach((type, media) -> {
                        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) media).get("schema");
                        if (!named(type, schema)) {
                            faults.add(where + status + " " + type + " has no named schema: " + schema);
                        }
                    });
                }
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                clientError |= status.startsWith("4");
                // a problem lists its codes; /health's 503 answers its own (named) body instead
                boolean problem = content != null && content.containsKey("application/problem+json");
                if (problem ? !content.toString().contains("enum") : content == null || content.toString().contains("type=object}")) {
                    faults.add(where + status + " lists no error codes");
                }
            }
        }
        if (!success) {
            faults.add(where + "no success response");
        }
        if (!clientError) {
            faults.add(where + "no 4xx response");
        }
        return faults;
    }

    /** A named schema: a component, an array of one, or text (CSV). */
    private static boolean named(String type, Map<String, Object> schema) {
        if (schema == null) {
            return false;
        }
        if (type.startsWith("text/")) {
            return true;
        }
        if (schema.get("$ref") != null) {
            return true;
        }
        return "array".equals(schema.get("type")) && schema.get("items") instanceof Map<?, ?> items
                && items.get("$ref") != null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> responses(Map<String, Object> operation) {
        return (Map<String, Map<String, Object>>) operation.getOrDefault("responses", Map.of());
    }

    /** The published document; also written to target/openapi.json for clients generated from it. */
    static JsonPath document() {
        String json = given().get("/api/docs/openapi.json").then().statusCode(200).extract().asString();
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return JsonPath.from(json);
    }
}
