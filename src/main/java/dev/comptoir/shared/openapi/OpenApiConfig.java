package dev.comptoir.shared.openapi;

import dev.comptoir.shared.web.HttpProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: its server (from {@code PUBLIC_URL}, never from a request's Host), the
 * bearer scheme, the problem schema and the headers operations share ({@link OperationContract}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    static final String SESSION_ID = "SessionId";
    static final String GUEST_TOKEN = "GuestToken";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final String IF_NONE_MATCH = "IfNoneMatch";
    static final Map<String, String> PARAMETER_NAMES = Map.of(SESSION_ID, "X-Session-Id",
            GUEST_TOKEN, "X-Guest-Token", IDEMPOTENCY_KEY, "Idempotency-Key", IF_NONE_MATCH, "If-None-Match");

    static final String IDEMPOTENT_REPLAYED = "IdempotentReplayed";
    static final String ETAG = "ETag";
    static final String CACHE_CONTROL = "CacheControl";
    static final String REQUEST_ID = "RequestId";
    static final String LOCATION = "Location";
    static final String RETRY_AFTER = "RetryAfter";
    static final String WWW_AUTHENTICATE = "WwwAuthenticate";
    static final String RATE_LIMIT_LIMIT = "RateLimitLimit";
    static final String RATE_LIMIT_REMAINING = "RateLimitRemaining";
    static final String RATE_LIMIT_RESET = "RateLimitReset";

    @Bean
    OpenAPI comptoirOpenApi(HttpProperties http) {
        return new OpenAPI()
                .info(new Info().title("Comptoir API").version("0.1.0")
                        .description("Headless e-commerce REST API. Every error is an RFC 9457 "
                                + "application/problem+json body whose `error` is one of the codes its operation lists.")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url(http.publicUrl()).description("PUBLIC_URL")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("The accessToken of POST /api/auth/login, /register or /refresh (15 minutes)"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                                .description("An API key made by an admin (POST /api/admin/api-keys). A secret key "
                                        + "(ck_live_...) acts server to server with its permissions on the staff routes "
                                        + "that list this scheme; sent with an Origin header it is 401 "
                                        + "api_key_in_browser. A publishable key (pk_live_...) grants nothing beyond the "
                                        + "public routes: it chooses the market of a request that names none and has a "
                                        + "rate-limit budget of its own. An unknown, revoked or expired key is 401 "
                                        + "invalid_api_key on every route."))
                        .addSchemas(PROBLEM, problemSchema())
                        .addSchemas(FIELD_ERROR, fieldErrorSchema())
                        .parameters(parameters())
                        .headers(headers()));
    }

    private static Map<String, Parameter> parameters() {
        Schema<?> sessionId = new StringSchema().pattern("^[A-Za-z0-9_-]{16,128}$");
        return Map.of(
                SESSION_ID, header(SESSION_ID, "The anonymous cart's id, as the server issued it in the X-Session-Id "
                        + "response header; ignored when a bearer token is sent", sessionId),
                GUEST_TOKEN, header(GUEST_TOKEN, "The guestToken of the order placed as a guest; not needed by "
                        + "the customer who placed it", new StringSchema()),
                IDEMPOTENCY_KEY, header(IDEMPOTENCY_KEY, "Any unique string (at most 255 characters): a retry "
                        + "with the same key and body answers the first answer again instead of repeating the write",
                        new StringSchema().maxLength(255)),
                IF_NONE_MATCH, header(IF_NONE_MATCH, "The ETag of an earlier answer: 304 without a body while "
                        + "it is still current", new StringSchema()));
    }

    private static Parameter header(String component, String description, Schema<?> schema) {
        return new Parameter().in("header").name(PARAMETER_NAMES.get(component)).required(false)
                .description(description).schema(schema);
    }

    private static Map<String, Header> headers() {
        Map<String, Header> headers = new TreeMap<>();
        headers.put(SESSION_ID, header("The anonymous cart's id: send it back as X-Session-Id (anonymous callers only)",
                new StringSchema()));
        headers.put(IDEMPOTENT_REPLAYED, header("`true` when this is the stored answer of an earlier request with "
                + "the same Idempotency-Key", new StringSchema()._enum(List.of("true"))));
        headers.put(ETAG, header("Weak ETag of the body, for If-None-Match", new StringSchema()));
        headers.put(LOCATION, header("The path of what was created (201) or started (202)", new StringSchema()));
        headers.put(CACHE_CONTROL, header("`public, max-age=60`: public catalog reads may be cached for a minute",
                new StringSchema()));
        headers.put(REQUEST_ID, header("The request's id (yours when you sent X-Request-Id), also on its log lines",
                new StringSchema()));
        headers.put(RETRY_AFTER, header("Seconds to wait before trying again", new IntegerSchema()));
        headers.put(WWW_AUTHENTICATE, header("`Bearer` when a token was missing or refused", new StringSchema()));
        headers.put(RATE_LIMIT_LIMIT, header("Requests allowed per window in this route group", new IntegerSchema()));
        headers.put(RATE_LIMIT_REMAINING, header("Requests left in the current window", new IntegerSchema()));
        headers.put(RATE_LIMIT_RESET, header("Seconds until the window resets", new IntegerSchema()));
        return headers;
    }

    private static Header header(String description, Schema<?> schema) {
        return new Header().description(description).schema(schema);
    }

    /** The shared problem schema: {@code error} is any code (an operation's responses list theirs). */
    private static Schema<?> problemSchema() {
        return problem(new StringSchema().example("invalid_data"))
                .description("RFC 9457 problem with a stable `error` code. Some problems carry more members, "
                        + "named after what they are (e.g. `available` for insufficient stock, `orderStatus`).");
    }

    /**
     * The problem an operation answers with one status: the shared members, {@code error} one of its
     * codes. Lean (member descriptions are the shared schema's, a field error a reference) since every
     * status of every operation has one.
     */
    static Schema<?> problem(Schema<?> error) {
        return new ObjectSchema()
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("error", error)
                .addProperty("message", new StringSchema())
                .addProperty("requestId", new StringSchema())
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR)))
                .required(List.of("title", "status", "error", "message"))
                .additionalProperties(true);
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("A field at fault, on invalid_data")
                .addProperty("field", new StringSchema().description("the field, parameter or header at fault"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message"));
    }
}
